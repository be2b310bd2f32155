-- 0011_figures.sql - the coordination office's figures (issue #7):
-- aggregated § 8a SGB VIII risk assessments, anonymous baby-welcome
-- visits and searches that found nothing. Aggregates only: no row here
-- describes a case, a family or a person.

-- § 8a assessments of one municipality in one year (quarter 1-4, or 0 for
-- the whole year), in the categories of the federal statistics
-- ("Gefährdungseinschätzungen nach § 8a Abs. 1 SGB VIII"). total is the
-- number of assessments; the counts per category are in stat_8a_count.
CREATE TABLE stat_8a (
    region_id    INTEGER NOT NULL REFERENCES region (id) ON DELETE RESTRICT,
    year         INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    quarter      INTEGER NOT NULL DEFAULT 0 CHECK (quarter BETWEEN 0 AND 4),
    total        INTEGER NOT NULL CHECK (total >= 0),
    note         TEXT NOT NULL DEFAULT '',
    recorded_at  TEXT NOT NULL,
    recorded_by  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (region_id, year, quarter)
);

-- category: 'source' (who made the matter known), 'result' (the outcome)
-- or 'kind' (kind of endangerment; several per assessment possible, only
-- for acute or latent endangerment). Codes are fixed in the domain layer.
CREATE TABLE stat_8a_count (
    region_id  INTEGER NOT NULL,
    year       INTEGER NOT NULL,
    quarter    INTEGER NOT NULL,
    category   TEXT NOT NULL CHECK (category IN ('source', 'result', 'kind')),
    code       TEXT NOT NULL,
    count      INTEGER NOT NULL CHECK (count >= 0),
    PRIMARY KEY (region_id, year, quarter, category, code),
    FOREIGN KEY (region_id, year, quarter)
        REFERENCES stat_8a (region_id, year, quarter) ON DELETE CASCADE
);

-- Baby-welcome visits of one municipality in one month ('YYYY-MM'):
-- letters sent, visits made, declined, not reached. Never a name or an
-- address.
CREATE TABLE welcome_month (
    region_id    INTEGER NOT NULL REFERENCES region (id) ON DELETE RESTRICT,
    month        TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    letters      INTEGER NOT NULL DEFAULT 0 CHECK (letters >= 0),
    visits       INTEGER NOT NULL DEFAULT 0 CHECK (visits >= 0),
    declined     INTEGER NOT NULL DEFAULT 0 CHECK (declined >= 0),
    not_reached  INTEGER NOT NULL DEFAULT 0 CHECK (not_reached >= 0),
    recorded_at  TEXT NOT NULL,
    recorded_by  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (region_id, month)
);

-- Help taken up or referred to during the visits of that month, per kind
-- of help (beratung, gesundheit, erziehung, finanziell, betreuung).
CREATE TABLE welcome_help (
    region_id  INTEGER NOT NULL,
    month      TEXT NOT NULL,
    help       TEXT NOT NULL,
    taken_up   INTEGER NOT NULL DEFAULT 0 CHECK (taken_up >= 0),
    referred   INTEGER NOT NULL DEFAULT 0 CHECK (referred >= 0),
    PRIMARY KEY (region_id, month, help),
    FOREIGN KEY (region_id, month)
        REFERENCES welcome_month (region_id, month) ON DELETE CASCADE
);

-- Searches that found nothing, counted per ISO week: the analysed words
-- (folded, digits removed, at most 60 characters) and the filter codes
-- (need, age group, municipality), never a postcode, an address or
-- anything else that could identify a person. Terms are shown only once
-- they were searched a few times.
CREATE TABLE search_miss (
    week     TEXT NOT NULL,            -- 'YYYY-Www'
    terms    TEXT NOT NULL DEFAULT '',
    filters  TEXT NOT NULL DEFAULT '', -- 'bedarf=...&alter=...&gemeinde=slug'
    count    INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (week, terms, filters)
);
