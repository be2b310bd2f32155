-- 0002_accounts.sql - partner organisations (core), users, sessions,
-- sign-in attempts, recovery codes, API keys and the append-only audit log.

-- The partner organisation. Issue #4 adds the rest of the directory
-- (regions served, contacts, offers); these are the columns accounts need.
CREATE TABLE organisation (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    sector        TEXT NOT NULL,
    street        TEXT NOT NULL DEFAULT '',
    postcode      TEXT NOT NULL DEFAULT '',
    city          TEXT NOT NULL DEFAULT '',
    phone         TEXT NOT NULL DEFAULT '',
    email         TEXT NOT NULL DEFAULT '',
    web           TEXT NOT NULL DEFAULT '',
    membership    TEXT NOT NULL DEFAULT 'member'
                  CHECK (membership IN ('interested', 'member', 'left')),
    member_since  TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX organisation_name ON organisation (name);

CREATE TABLE app_user (
    id                    INTEGER PRIMARY KEY,
    email                 TEXT NOT NULL UNIQUE,   -- stored lower-case
    display_name          TEXT NOT NULL CHECK (length(display_name) BETWEEN 1 AND 120),
    role                  TEXT NOT NULL
                          CHECK (role IN ('partner', 'visits', 'coordination', 'admin')),
    organisation_id       INTEGER REFERENCES organisation (id) ON DELETE RESTRICT,
    password_hash         TEXT NOT NULL,          -- argon2id, libsodium format
    must_change_password  INTEGER NOT NULL DEFAULT 0,
    totp_secret           TEXT,                   -- hex; set when 2FA is on
    totp_pending          TEXT,                   -- hex; during enrolment
    totp_last_step        INTEGER NOT NULL DEFAULT 0, -- replay guard
    active                INTEGER NOT NULL DEFAULT 1,
    created_at            TEXT NOT NULL,
    last_login_at         TEXT,
    password_changed_at   TEXT NOT NULL,
    CHECK (role NOT IN ('partner', 'visits') OR organisation_id IS NOT NULL)
);
CREATE INDEX app_user_organisation ON app_user (organisation_id);

-- One-time recovery codes for the second factor (hashes only).
CREATE TABLE recovery_code (
    user_id    INTEGER NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    code_hash  TEXT NOT NULL,
    used_at    TEXT,
    PRIMARY KEY (user_id, code_hash)
);

-- Sessions: only the hash of the random id is stored.
CREATE TABLE session (
    id_hash      TEXT PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    csrf         TEXT NOT NULL,
    mfa_pending  INTEGER NOT NULL DEFAULT 0,  -- password ok, code missing
    created_at   INTEGER NOT NULL,            -- unix seconds
    last_seen    INTEGER NOT NULL,
    remote_addr  TEXT NOT NULL DEFAULT '',
    user_agent   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX session_user ON session (user_id);

-- Failed and successful sign-ins, for throttling (kept 24 hours).
CREATE TABLE login_attempt (
    id           INTEGER PRIMARY KEY,
    email        TEXT NOT NULL,
    remote_addr  TEXT NOT NULL,
    at           INTEGER NOT NULL,
    success      INTEGER NOT NULL
);
CREATE INDEX login_attempt_email ON login_attempt (email, at);
CREATE INDEX login_attempt_addr ON login_attempt (remote_addr, at);

-- API keys for integrations: shown once, stored hashed, scoped to a role.
CREATE TABLE api_key (
    id               INTEGER PRIMARY KEY,
    name             TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    prefix           TEXT NOT NULL,               -- first characters, to recognise it
    key_hash         TEXT NOT NULL UNIQUE,
    role             TEXT NOT NULL
                     CHECK (role IN ('partner', 'visits', 'coordination', 'admin')),
    organisation_id  INTEGER REFERENCES organisation (id) ON DELETE RESTRICT,
    created_by       INTEGER REFERENCES app_user (id) ON DELETE SET NULL,
    created_at       TEXT NOT NULL,
    last_used_at     TEXT,
    revoked_at       TEXT,
    CHECK (role NOT IN ('partner', 'visits') OR organisation_id IS NOT NULL)
);

-- Every change: who, when, what, from where. Append-only.
CREATE TABLE audit_log (
    id           INTEGER PRIMARY KEY,
    at           TEXT NOT NULL,
    user_id      INTEGER,          -- no foreign key: entries outlive users
    actor        TEXT NOT NULL,    -- e-mail, "cli" or "system"
    action       TEXT NOT NULL,    -- create, update, delete, login, ...
    entity       TEXT NOT NULL,    -- user, organisation, session, ...
    entity_id    INTEGER,
    summary      TEXT NOT NULL,
    remote_addr  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
CREATE INDEX audit_log_user ON audit_log (user_id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
