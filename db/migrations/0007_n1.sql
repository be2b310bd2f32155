-- 0007_n1.sql - personal calendar feeds (issue #6, N1): a secret token
-- per user, so that a calendar application that cannot sign in can
-- subscribe to the meetings of the user's bodies at /kalender/{token}.ics.
-- Only the hash of the token is stored; a new token replaces the old one.
CREATE TABLE calendar_token (
    user_id     INTEGER PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
    token_hash  TEXT NOT NULL UNIQUE,
    created_at  TEXT NOT NULL
);
