-- 0004_network.sql - the network's own work (issue #6): bodies and their
-- members, meetings with agendas, registrations and attendance, minutes,
-- motions and votes, documents with versions and acceptances, projects,
-- requests to join, news, and the e-mail outbox.
--
-- Times of meetings are local wall-clock times of the district
-- ('YYYY-MM-DDTHH:MM', Europe/Berlin); dates are 'YYYY-MM-DD'; created_at
-- and the like are UTC ('YYYY-MM-DDTHH:MM:SSZ', db_now()).

-- A body (Gremium): the plenum, the steering group, a local alliance of
-- one municipality, a working group. Its rules for decisions: the
-- majority a motion needs by default and the quorum, the share (percent)
-- of voting member organisations that must be present (0: quorate
-- whenever properly invited).
CREATE TABLE body (
    id               INTEGER PRIMARY KEY,
    name             TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    kind             TEXT NOT NULL
                     CHECK (kind IN ('plenum', 'steuerung', 'lokal', 'ag')),
    region_id        INTEGER REFERENCES region (id) ON DELETE RESTRICT,
    description      TEXT NOT NULL DEFAULT '',
    chair_contact_id INTEGER REFERENCES contact (id) ON DELETE SET NULL,
    majority         TEXT NOT NULL DEFAULT 'einfach'
                     CHECK (majority IN ('einfach', 'zweidrittel', 'einstimmig')),
    quorum_percent   INTEGER NOT NULL DEFAULT 50
                     CHECK (quorum_percent BETWEEN 0 AND 100),
    named_votes      INTEGER NOT NULL DEFAULT 0,   -- votes recorded per organisation
    archived         INTEGER NOT NULL DEFAULT 0,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    CHECK (kind <> 'lokal' OR region_id IS NOT NULL)
);

-- Member organisations of a body and the persons they delegate (contacts
-- of that organisation). Only voting members count for the quorum.
CREATE TABLE body_member (
    body_id             INTEGER NOT NULL REFERENCES body (id) ON DELETE CASCADE,
    organisation_id     INTEGER NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    delegate_contact_id INTEGER REFERENCES contact (id) ON DELETE SET NULL,
    deputy_contact_id   INTEGER REFERENCES contact (id) ON DELETE SET NULL,
    voting              INTEGER NOT NULL DEFAULT 1,
    since               TEXT,
    PRIMARY KEY (body_id, organisation_id)
);
CREATE INDEX body_member_organisation ON body_member (organisation_id);

-- A meeting of a body. uid and sequence are those of its iCalendar event:
-- the uid never changes, the sequence rises with every change that is
-- sent out (and with the cancellation).
CREATE TABLE meeting (
    id           INTEGER PRIMARY KEY,
    body_id      INTEGER NOT NULL REFERENCES body (id) ON DELETE RESTRICT,
    title        TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    description  TEXT NOT NULL DEFAULT '',
    starts_at    TEXT NOT NULL,
    ends_at      TEXT NOT NULL,
    place        TEXT NOT NULL DEFAULT '',
    online_url   TEXT NOT NULL DEFAULT '',
    public       INTEGER NOT NULL DEFAULT 0,
    capacity     INTEGER CHECK (capacity IS NULL OR capacity > 0),
    status       TEXT NOT NULL DEFAULT 'planned'
                 CHECK (status IN ('planned', 'cancelled')),
    uid          TEXT NOT NULL UNIQUE,
    sequence     INTEGER NOT NULL DEFAULT 0,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    CHECK (ends_at > starts_at)
);
CREATE INDEX meeting_body ON meeting (body_id, starts_at);
CREATE INDEX meeting_start ON meeting (starts_at);

-- Agenda items, ordered; minutes_md is the item's part of the minutes
-- (Markdown, rendered without raw HTML).
CREATE TABLE agenda_item (
    id          INTEGER PRIMARY KEY,
    meeting_id  INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    title       TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    presenter   TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    minutes_md  TEXT NOT NULL DEFAULT '',
    UNIQUE (meeting_id, position)
);

-- The minutes of a meeting as a whole: status and the parts outside the
-- agenda items (opening remarks, next steps).
CREATE TABLE minutes (
    meeting_id   INTEGER PRIMARY KEY REFERENCES meeting (id) ON DELETE CASCADE,
    status       TEXT NOT NULL DEFAULT 'draft'
                 CHECK (status IN ('draft', 'approved')),
    intro_md     TEXT NOT NULL DEFAULT '',
    outro_md     TEXT NOT NULL DEFAULT '',
    author       TEXT NOT NULL DEFAULT '',
    approved_at  TEXT,
    approved_by  TEXT,
    updated_at   TEXT NOT NULL,
    CHECK (status = 'draft' OR approved_at IS NOT NULL)
);

-- Who was invited (one row per address and meeting); the message itself
-- is in the outbox.
CREATE TABLE invitation (
    meeting_id       INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    email            TEXT NOT NULL,
    name             TEXT NOT NULL DEFAULT '',
    organisation_id  INTEGER REFERENCES organisation (id) ON DELETE SET NULL,
    invited_at       TEXT NOT NULL,
    sequence         INTEGER NOT NULL DEFAULT 0,   -- of the event sent last
    PRIMARY KEY (meeting_id, email)
);

-- Registrations for a meeting. status 'waiting' is the waiting list (in
-- order of created_at); attended is ticked on the day (NULL: not yet
-- recorded). A person who comes without registering is added on the day
-- with status 'registered' and attended 1.
CREATE TABLE registration (
    id               INTEGER PRIMARY KEY,
    meeting_id       INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    organisation_id  INTEGER REFERENCES organisation (id) ON DELETE SET NULL,
    user_id          INTEGER REFERENCES app_user (id) ON DELETE SET NULL,
    name             TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    email            TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL DEFAULT 'registered'
                     CHECK (status IN ('registered', 'waiting', 'cancelled')),
    attended         INTEGER,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
CREATE INDEX registration_meeting ON registration (meeting_id, status, created_at);
CREATE INDEX registration_organisation ON registration (organisation_id);

-- A motion on an agenda item and its vote. majority and quorum_percent are
-- copied from the body when the motion is made (the rules that applied);
-- present_voting is the number of voting member organisations present at
-- the meeting (from the attendance) when the vote is recorded; result is
-- computed from the counts, never typed. number is the register number
-- ('2026/03').
CREATE TABLE motion (
    id              INTEGER PRIMARY KEY,
    agenda_item_id  INTEGER NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
    title           TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    text_md         TEXT NOT NULL DEFAULT '',
    majority        TEXT NOT NULL
                    CHECK (majority IN ('einfach', 'zweidrittel', 'einstimmig')),
    quorum_percent  INTEGER NOT NULL,
    voting_members  INTEGER,
    present_voting  INTEGER,
    yes             INTEGER CHECK (yes IS NULL OR yes >= 0),
    no              INTEGER CHECK (no IS NULL OR no >= 0),
    abstain         INTEGER CHECK (abstain IS NULL OR abstain >= 0),
    result          TEXT CHECK (result IS NULL OR
                                result IN ('adopted', 'rejected', 'not_quorate')),
    number          TEXT UNIQUE,
    decided_at      TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX motion_agenda_item ON motion (agenda_item_id);

-- Named votes, for bodies that record them.
CREATE TABLE vote (
    motion_id        INTEGER NOT NULL REFERENCES motion (id) ON DELETE CASCADE,
    organisation_id  INTEGER NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    choice           TEXT NOT NULL CHECK (choice IN ('yes', 'no', 'abstain')),
    PRIMARY KEY (motion_id, organisation_id)
);

-- The network's documents (rules of procedure, cooperation agreement,
-- child-protection procedure, ...) and their versions: Markdown text or an
-- uploaded PDF, each version linked to the motion that adopted it.
CREATE TABLE document (
    id                   INTEGER PRIMARY KEY,
    title                TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    kind                 TEXT NOT NULL
                         CHECK (kind IN ('geschaeftsordnung', 'kooperationsvereinbarung',
                                         'verfahren', 'sonstiges')),
    description          TEXT NOT NULL DEFAULT '',
    requires_acceptance  INTEGER NOT NULL DEFAULT 1,
    public               INTEGER NOT NULL DEFAULT 0,
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL
);

CREATE TABLE document_version (
    id           INTEGER PRIMARY KEY,
    document_id  INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    version      INTEGER NOT NULL CHECK (version > 0),
    format       TEXT NOT NULL CHECK (format IN ('markdown', 'pdf')),
    text_md      TEXT NOT NULL DEFAULT '',
    pdf          BLOB,
    filename     TEXT NOT NULL DEFAULT '',
    size         INTEGER NOT NULL DEFAULT 0,
    sha256       TEXT NOT NULL DEFAULT '',
    note         TEXT NOT NULL DEFAULT '',     -- what changed
    motion_id    INTEGER REFERENCES motion (id) ON DELETE SET NULL,
    valid_from   TEXT,                         -- date it took effect
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL DEFAULT '',
    UNIQUE (document_id, version),
    CHECK (format = 'markdown' OR pdf IS NOT NULL)
);

-- An organisation accepted (or signed) a version of a document.
CREATE TABLE acceptance (
    organisation_id      INTEGER NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    document_version_id  INTEGER NOT NULL REFERENCES document_version (id) ON DELETE CASCADE,
    kind                 TEXT NOT NULL DEFAULT 'accepted'
                         CHECK (kind IN ('accepted', 'signed')),
    accepted_on          TEXT NOT NULL,        -- date
    accepted_by          TEXT NOT NULL,        -- name of the person
    recorded_at          TEXT NOT NULL,
    recorded_by          TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (organisation_id, document_version_id)
);
CREATE INDEX acceptance_version ON acceptance (document_version_id);

-- Documents attached to agenda items.
CREATE TABLE agenda_document (
    agenda_item_id       INTEGER NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
    document_version_id  INTEGER NOT NULL REFERENCES document_version (id) ON DELETE CASCADE,
    PRIMARY KEY (agenda_item_id, document_version_id)
);

-- Projects of the partners.
CREATE TABLE project (
    id               INTEGER PRIMARY KEY,
    title            TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    lead_org_id      INTEGER NOT NULL REFERENCES organisation (id) ON DELETE RESTRICT,
    description      TEXT NOT NULL DEFAULT '',
    results          TEXT NOT NULL DEFAULT '',
    funding          TEXT NOT NULL DEFAULT '',   -- funding source, free text
    status           TEXT NOT NULL DEFAULT 'laufend'
                     CHECK (status IN ('geplant', 'laufend', 'abgeschlossen')),
    starts_on        TEXT,
    ends_on          TEXT,
    public           INTEGER NOT NULL DEFAULT 1,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX project_lead ON project (lead_org_id);

CREATE TABLE project_partner (
    project_id       INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    organisation_id  INTEGER NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    PRIMARY KEY (project_id, organisation_id)
);
CREATE INDEX project_partner_organisation ON project_partner (organisation_id);

CREATE TABLE project_need (
    project_id  INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    need        TEXT NOT NULL,
    PRIMARY KEY (project_id, need)
);

CREATE TABLE project_age (
    project_id  INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    age         TEXT NOT NULL,
    PRIMARY KEY (project_id, age)
);

CREATE TABLE project_region (
    project_id  INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    region_id   INTEGER NOT NULL REFERENCES region (id) ON DELETE CASCADE,
    PRIMARY KEY (project_id, region_id)
);

-- Requests to join the network from the public form /mitmachen.
CREATE TABLE join_request (
    id                INTEGER PRIMARY KEY,
    org_name          TEXT NOT NULL CHECK (length(org_name) BETWEEN 1 AND 200),
    sector            TEXT NOT NULL,
    street            TEXT NOT NULL DEFAULT '',
    postcode          TEXT NOT NULL DEFAULT '',
    city              TEXT NOT NULL DEFAULT '',
    web               TEXT NOT NULL DEFAULT '',
    contact_name      TEXT NOT NULL CHECK (length(contact_name) BETWEEN 1 AND 120),
    contact_email     TEXT NOT NULL,
    contact_phone     TEXT NOT NULL DEFAULT '',
    message           TEXT NOT NULL DEFAULT '',
    consent_at        TEXT NOT NULL,
    status            TEXT NOT NULL DEFAULT 'new'
                      CHECK (status IN ('new', 'accepted', 'declined')),
    decided_at        TEXT,
    decided_by        TEXT,
    decision_message  TEXT NOT NULL DEFAULT '',
    organisation_id   INTEGER REFERENCES organisation (id) ON DELETE SET NULL,
    created_at        TEXT NOT NULL
);
CREATE INDEX join_request_status ON join_request (status, created_at);

-- Announcements of the coordination office to all partners or a
-- selection (news_recipient rows; none means all).
CREATE TABLE news (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    body_md     TEXT NOT NULL,
    all_partners INTEGER NOT NULL DEFAULT 1,
    created_by  TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    emailed_at  TEXT
);

CREATE TABLE news_recipient (
    news_id          INTEGER NOT NULL REFERENCES news (id) ON DELETE CASCADE,
    organisation_id  INTEGER NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    PRIMARY KEY (news_id, organisation_id)
);

-- Outgoing e-mail. Every message is queued here in the transaction of the
-- change that causes it and sent by the outbox worker through SMTP (when
-- configured), with retries; without SMTP it stays here, visible and
-- downloadable as .eml. ics is an iCalendar attachment (method in
-- ics_method: REQUEST, CANCEL, PUBLISH) or NULL.
CREATE TABLE outbox (
    id               INTEGER PRIMARY KEY,
    kind             TEXT NOT NULL,   -- invitation, cancellation, waitlist, minutes, news, join, reminder
    ref_id           INTEGER,         -- meeting, news, join request, document version
    recipient        TEXT NOT NULL,
    recipient_name   TEXT NOT NULL DEFAULT '',
    subject          TEXT NOT NULL,
    body_text        TEXT NOT NULL,
    ics              TEXT,
    ics_method       TEXT,
    status           TEXT NOT NULL DEFAULT 'pending'
                     CHECK (status IN ('pending', 'sent', 'failed')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  TEXT NOT NULL,
    last_error       TEXT NOT NULL DEFAULT '',
    message_id       TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    sent_at          TEXT
);
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
CREATE INDEX outbox_kind ON outbox (kind, ref_id);
