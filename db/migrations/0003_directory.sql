-- 0003_directory.sql - the network directory: what partners offer, where,
-- for whom, and whom to ask. Codes (needs, age groups, cost, access,
-- prevention, languages, contact roles) are fixed in src/domain/codes.c
-- and validated there; the tables store them as text.

ALTER TABLE organisation ADD COLUMN description TEXT NOT NULL DEFAULT '';
ALTER TABLE organisation ADD COLUMN archived INTEGER NOT NULL DEFAULT 0;

-- Municipalities (or the whole district) an organisation works for.
CREATE TABLE organisation_region (
    organisation_id  INTEGER NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    region_id        INTEGER NOT NULL REFERENCES region (id) ON DELETE CASCADE,
    PRIMARY KEY (organisation_id, region_id)
);

CREATE TABLE contact (
    id               INTEGER PRIMARY KEY,
    organisation_id  INTEGER NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    name             TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    role             TEXT NOT NULL,      -- codes.c: contact_roles
    job_title        TEXT NOT NULL DEFAULT '',
    phone            TEXT NOT NULL DEFAULT '',
    email            TEXT NOT NULL DEFAULT '',
    public           INTEGER NOT NULL DEFAULT 0,   -- agreed to be shown publicly
    consent_at       TEXT,                          -- when that agreement was recorded
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    CHECK (public = 0 OR consent_at IS NOT NULL)
);
CREATE INDEX contact_organisation ON contact (organisation_id);

CREATE TABLE offer (
    id                     INTEGER PRIMARY KEY,
    external_id            TEXT UNIQUE,
    organisation_id        INTEGER NOT NULL REFERENCES organisation (id) ON DELETE RESTRICT,
    title                  TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    description            TEXT NOT NULL,
    prevention             TEXT NOT NULL DEFAULT '',   -- '' or universell/selektiv/indiziert
    cost                   TEXT NOT NULL DEFAULT 'kostenlos',
    cost_note              TEXT NOT NULL DEFAULT '',
    accessible             INTEGER,                    -- NULL: not known
    accessibility_note     TEXT NOT NULL DEFAULT '',
    eligibility            TEXT NOT NULL DEFAULT '',
    registration_required  INTEGER NOT NULL DEFAULT 0,
    registration_note      TEXT NOT NULL DEFAULT '',
    waiting_list           INTEGER NOT NULL DEFAULT 0,
    phone                  TEXT NOT NULL DEFAULT '',
    email                  TEXT NOT NULL DEFAULT '',
    web                    TEXT NOT NULL DEFAULT '',
    contact_id             INTEGER REFERENCES contact (id) ON DELETE SET NULL,
    valid_from             TEXT,                       -- YYYY-MM-DD
    valid_to               TEXT,
    status                 TEXT NOT NULL DEFAULT 'draft'
                           CHECK (status IN ('draft', 'published', 'archived')),
    verified_at            TEXT NOT NULL,              -- last confirmed as correct
    copied_from            INTEGER,
    created_at             TEXT NOT NULL,
    updated_at             TEXT NOT NULL
);
CREATE INDEX offer_organisation ON offer (organisation_id);
CREATE INDEX offer_status ON offer (status);
CREATE INDEX offer_verified ON offer (verified_at);

CREATE TABLE offer_need (
    offer_id  INTEGER NOT NULL REFERENCES offer (id) ON DELETE CASCADE,
    need      TEXT NOT NULL,
    PRIMARY KEY (offer_id, need)
);
CREATE INDEX offer_need_need ON offer_need (need);

CREATE TABLE offer_age (
    offer_id  INTEGER NOT NULL REFERENCES offer (id) ON DELETE CASCADE,
    age       TEXT NOT NULL,
    PRIMARY KEY (offer_id, age)
);
CREATE INDEX offer_age_age ON offer_age (age);

CREATE TABLE offer_access (
    offer_id  INTEGER NOT NULL REFERENCES offer (id) ON DELETE CASCADE,
    access    TEXT NOT NULL,
    PRIMARY KEY (offer_id, access)
);

CREATE TABLE offer_language (
    offer_id  INTEGER NOT NULL REFERENCES offer (id) ON DELETE CASCADE,
    language  TEXT NOT NULL,             -- ISO 639-1
    PRIMARY KEY (offer_id, language)
);
CREATE INDEX offer_language_language ON offer_language (language);

-- Where the offer takes place, with opening times. Coordinates come from
-- the postcode unless better ones are given.
CREATE TABLE offer_location (
    id         INTEGER PRIMARY KEY,
    offer_id   INTEGER NOT NULL REFERENCES offer (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL DEFAULT 0,
    name       TEXT NOT NULL DEFAULT '',
    street     TEXT NOT NULL DEFAULT '',
    postcode   TEXT NOT NULL DEFAULT '',
    city       TEXT NOT NULL DEFAULT '',
    region_id  INTEGER REFERENCES region (id) ON DELETE SET NULL,  -- municipality
    lat        REAL,
    lon        REAL,
    schedule   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX offer_location_offer ON offer_location (offer_id);
CREATE INDEX offer_location_region ON offer_location (region_id);

-- Municipalities an offer serves beyond its locations (home visits, phone).
CREATE TABLE offer_region (
    offer_id   INTEGER NOT NULL REFERENCES offer (id) ON DELETE CASCADE,
    region_id  INTEGER NOT NULL REFERENCES region (id) ON DELETE CASCADE,
    PRIMARY KEY (offer_id, region_id)
);
CREATE INDEX offer_region_region ON offer_region (region_id);
