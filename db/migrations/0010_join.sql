-- 0010_join.sql - what joining the network needs besides join_request
-- (0004): one-time links with which a new partner sets the password of
-- the account created when the request was accepted, the sign-up
-- attempts of the public form /mitmachen per address (rate limit), and
-- server secrets (the key that signs the form's time token).

-- One-time links to set up an account. Only the hash of the token is
-- stored; used_at is set when the link has been used (it then no longer
-- works); expires_at is UTC ('YYYY-MM-DDTHH:MM:SSZ').
CREATE TABLE account_token (
    token_hash  TEXT PRIMARY KEY,
    user_id     INTEGER NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    purpose     TEXT NOT NULL DEFAULT 'setup' CHECK (purpose IN ('setup')),
    expires_at  TEXT NOT NULL,
    used_at     TEXT,
    created_at  TEXT NOT NULL
);
CREATE INDEX account_token_user ON account_token (user_id);

-- Submissions of the public join form per remote address (unix seconds),
-- for the rate limit; rows older than a day are removed on the way.
CREATE TABLE join_attempt (
    id           INTEGER PRIMARY KEY,
    remote_addr  TEXT NOT NULL,
    at           INTEGER NOT NULL
);
CREATE INDEX join_attempt_addr ON join_attempt (remote_addr, at);

-- Random keys the server makes itself on first use (never shown on any
-- page, never part of the settings): 'join_form' signs the time token of
-- /mitmachen.
CREATE TABLE server_secret (
    name        TEXT PRIMARY KEY,
    value       TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
