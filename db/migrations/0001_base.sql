-- 0001_base.sql - settings and the regions of the district.
-- Portable SQL (SQLite and PostgreSQL): timestamps are ISO 8601 text set by
-- the application, booleans are 0/1 integers.

CREATE TABLE setting (
    key         TEXT PRIMARY KEY,
    value       TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

-- district -> municipality -> social area (Sozialraum)
CREATE TABLE region (
    id          INTEGER PRIMARY KEY,
    parent_id   INTEGER REFERENCES region (id) ON DELETE RESTRICT,
    kind        TEXT NOT NULL
                CHECK (kind IN ('district', 'municipality', 'social_area')),
    name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    slug        TEXT NOT NULL UNIQUE,
    ags         TEXT CHECK (ags IS NULL OR length(ags) = 8),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    CHECK ((kind = 'district') = (parent_id IS NULL))
);
CREATE UNIQUE INDEX region_ags ON region (ags) WHERE ags IS NOT NULL;
CREATE INDEX region_parent ON region (parent_id);

CREATE TABLE region_postcode (
    region_id   INTEGER NOT NULL REFERENCES region (id) ON DELETE CASCADE,
    postcode    TEXT NOT NULL CHECK (length(postcode) = 5),
    PRIMARY KEY (region_id, postcode)
);
CREATE INDEX region_postcode_code ON region_postcode (postcode);
