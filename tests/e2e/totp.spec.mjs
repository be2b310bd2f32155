// totp.spec.mjs - a professional signs in, turns on the second factor with
// an authenticator app (the test computes the codes as an app would,
// RFC 6238), signs out, and signs in again with password and code. Every
// page on the way is checked with axe.
import crypto from 'node:crypto';

import { test, expect, expectNoAxeViolations } from './fixtures.mjs';

const EMAIL = 'partner2@ahrwald.example';
const PASSWORD = 'Ahrwald-Demo-Hebamme-2026';

function base32Decode(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const ch of text.replace(/[\s=]/g, '').toUpperCase())
    bits += alphabet.indexOf(ch).toString(2).padStart(5, '0');
  const bytes = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

/** The 6-digit TOTP code of secret for the time step of t (seconds). */
function totp(secret, t = Date.now() / 1000) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(t / 30)));
  const h = crypto.createHmac('sha1', base32Decode(secret)).update(counter).digest();
  const o = h[h.length - 1] & 15;
  return String((h.readUInt32BE(o) & 0x7fffffff) % 1000000).padStart(6, '0');
}

async function signIn(page) {
  await page.goto('/anmelden');
  await page.getByLabel('E-Mail-Adresse').fill(EMAIL);
  await page.getByLabel('Passwort').fill(PASSWORD);
  await page.getByRole('button', { name: 'Anmelden' }).click();
}

test('sign in, turn on TOTP, sign in again with a code', async ({ page }) => {
  // Six axe runs and a dozen page loads: more than the default 30 s on a
  // busy two-core machine.
  test.setTimeout(120000);
  await signIn(page);
  await expect(page).toHaveURL(/\/intern$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Guten Tag');
  await expectNoAxeViolations(page, 'internal start page');

  await page.goto('/intern/konto');
  await expectNoAxeViolations(page, 'account page');
  await page.getByRole('link', { name: 'Jetzt einrichten' }).click();
  await expect(page).toHaveURL(/\/intern\/konto\/2fa$/);
  await expect(page.getByRole('img', { name: /QR-Code/ })).toBeVisible();
  await expectNoAxeViolations(page, '2FA set-up page');
  const secret = (await page.locator('.lotse-secret').textContent()).replace(/\s/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);

  // a wrong code is refused next to the field
  await page.getByLabel('Code aus der App').fill('000000');
  await page.getByRole('button', { name: 'Einschalten' }).click();
  await expect(page.locator('#code-error')).toContainText('stimmt nicht');
  await expectNoAxeViolations(page, '2FA set-up page with an error');

  await page.getByLabel('Code aus der App').fill(totp(secret));
  await page.getByRole('button', { name: 'Einschalten' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zwei-Faktor-Anmeldung eingeschaltet');
  const codes = await page.locator('.lotse-codes code').allTextContents();
  expect(codes).toHaveLength(10);
  await expectNoAxeViolations(page, 'recovery codes');
  await page.screenshot({ path: test.info().outputPath('recovery-codes.png'), fullPage: true });

  await page.getByRole('button', { name: 'Abmelden' }).click();
  await expect(page).toHaveURL(/\/anmelden\?abgemeldet=1$/);
  await expect(page.getByText('Sie sind abgemeldet.')).toBeVisible();

  // password alone is no longer enough
  await signIn(page);
  await expect(page).toHaveURL(/\/anmelden\/code$/);
  await expectNoAxeViolations(page, 'code page');
  await page.goto('/intern');
  await expect(page).toHaveURL(/\/anmelden/);

  await signIn(page);
  // the code of the next step: the one used at set-up is spent
  await page.getByLabel('Code').fill(totp(secret, Date.now() / 1000 + 30));
  await page.getByRole('button', { name: 'Bestätigen' }).click();
  await expect(page).toHaveURL(/\/intern$/);
  await expect(page.getByText(/Angemeldet: /)).toBeVisible();

  // a recovery code works once
  await page.getByRole('button', { name: 'Abmelden' }).click();
  await signIn(page);
  await page.getByLabel('Code').fill(codes[0]);
  await page.getByRole('button', { name: 'Bestätigen' }).click();
  await expect(page).toHaveURL(/\/intern$/);
  await page.getByRole('button', { name: 'Abmelden' }).click();
  await signIn(page);
  await page.getByLabel('Code').fill(codes[0]);
  await page.getByRole('button', { name: 'Bestätigen' }).click();
  await expect(page.locator('#code-error')).toContainText('stimmt nicht');
});

test('the sign-in page has no accessibility violations', async ({ page }) => {
  await page.goto('/anmelden');
  await expectNoAxeViolations(page, 'sign-in page');
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page.getByRole('alert')).toContainText('stimmen nicht');
  await expectNoAxeViolations(page, 'sign-in page with an error');
});
