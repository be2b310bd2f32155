// checks.mjs - assertions shared by the HTTP tests.
import assert from 'node:assert/strict';

/** The headers every response of Lotse must carry. */
export function assertSecurityHeaders(headers, what = '') {
  const get = (name) =>
    typeof headers.get === 'function' ? headers.get(name) : headers[name.toLowerCase()];
  const csp = get('content-security-policy');
  assert.ok(csp, `${what}: Content-Security-Policy missing`);
  assert.match(csp, /frame-ancestors 'none'/, `${what}: CSP without frame-ancestors 'none'`);
  assert.match(csp, /default-src 'self'/, `${what}: CSP without default-src 'self'`);
  assert.equal(get('x-content-type-options'), 'nosniff', `${what}: X-Content-Type-Options`);
  assert.equal(get('referrer-policy'), 'same-origin', `${what}: Referrer-Policy`);
  assert.ok(get('permissions-policy'), `${what}: Permissions-Policy missing`);
}

/** A German HTML page of the site frame. */
export function assertGermanPage(body, what = '') {
  assert.match(body, /^<!DOCTYPE html>/, `${what}: no doctype`);
  assert.match(body, /<html lang="de">/, `${what}: not lang="de"`);
  assert.match(body, /<main id="inhalt"/, `${what}: no main landmark`);
  assert.match(body, /<\/html>\s*$/, `${what}: page not complete`);
}

/** Text that an injected value must never produce on a page. */
export function assertNoInjection(body, what = '') {
  assert.ok(!/<script/i.test(body), `${what}: unescaped <script> in body`);
  assert.ok(!body.includes('"><img'), `${what}: attribute break-out in body`);
}

export const HTML = 'text/html; charset=utf-8';
