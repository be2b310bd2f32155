-- 0006_search_snapshot.sql - change detection for the in-memory search
-- snapshot (src/search/snapshot.c). Every change of what the search filters
-- on (an offer, its needs, ages, access, languages, places, regions served,
-- its organisation's archived/membership state) sets search_generation.n
-- to a new random value in the same transaction; a search compares it with
-- the generation of its snapshot (one indexed read) and rebuilds the
-- snapshot when it differs. Random rather than n + 1, so that a value
-- seen inside a transaction that is rolled back is never seen again.

-- Two covering indexes, so that building the snapshot reads neither the
-- offers' long descriptions nor sorts 100 000 titles (2 s -> 0.1 s at
-- 100 000 offers).
CREATE INDEX offer_title_nocase ON offer (title COLLATE NOCASE);
CREATE INDEX offer_snapshot ON offer (organisation_id, status, cost,
    valid_from, valid_to);

CREATE TABLE search_generation (
    id  INTEGER PRIMARY KEY CHECK (id = 1),
    n   INTEGER NOT NULL
);
INSERT INTO search_generation (id, n) VALUES (1, random());

CREATE TRIGGER search_gen_offer_ins AFTER INSERT ON offer
BEGIN UPDATE search_generation SET n = random() WHERE id = 1; END;
CREATE TRIGGER search_gen_offer_upd AFTER UPDATE OF organisation_id, title,
    cost, valid_from, valid_to, status ON offer
BEGIN UPDATE search_generation SET n = random() WHERE id = 1; END;
CREATE TRIGGER search_gen_offer_del AFTER DELETE ON offer
BEGIN UPDATE search_generation SET n = random() WHERE id = 1; END;

CREATE TRIGGER search_gen_need_ins AFTER INSERT ON offer_need
BEGIN UPDATE search_generation SET n = random() WHERE id = 1; END;
CREATE TRIGGER search_gen_need_upd AFTER UPDATE ON offer_need
BEGIN UPDATE search_generation SET n = random() WHERE id = 1; END;
CREATE TRIGGER search_gen_need_del AFTER DELETE ON offer_need
BEGIN UPDATE search_generation SET n = random() WHERE id = 1; END;

CREATE TRIGGER search_gen_age_ins AFTER INSERT ON offer_age
BEGIN UPDATE search_generation SET n = random() WHERE id = 1; END;
CREATE TRIGGER search_gen_age_upd AFTER UPDATE ON offer_age
BEGIN UPDATE search_generation SET n = random() WHERE id = 1; END;
CREATE TRIGGER search_gen_age_del AFTER DELETE ON offer_age
BEGIN UPDATE search_generation SET n = random() WHERE id = 1; END;

CREATE TRIGGER search_gen_access_ins AFTER INSERT ON offer_access
BEGIN UPDATE search_generation SET n = random() WHERE id = 1; END;
CREATE TRIGGER search_gen_access_upd AFTER UPDATE ON offer_access
BEGIN UPDATE search_generation SET n = random() WHERE id = 1; END;
CREATE TRIGGER search_gen_access_del AFTER DELETE ON offer_access
BEGIN UPDATE search_generation SET n = random() WHERE id = 1; END;

CREATE TRIGGER search_gen_lang_ins AFTER INSERT ON offer_language
BEGIN UPDATE search_generation SET n = random() WHERE id = 1; END;
CREATE TRIGGER search_gen_lang_upd AFTER UPDATE ON offer_language
BEGIN UPDATE search_generation SET n = random() WHERE id = 1; END;
CREATE TRIGGER search_gen_lang_del AFTER DELETE ON offer_language
BEGIN UPDATE search_generation SET n = random() WHERE id = 1; END;

CREATE TRIGGER search_gen_loc_ins AFTER INSERT ON offer_location
BEGIN UPDATE search_generation SET n = random() WHERE id = 1; END;
CREATE TRIGGER search_gen_loc_upd AFTER UPDATE OF offer_id, region_id, lat,
    lon ON offer_location
BEGIN UPDATE search_generation SET n = random() WHERE id = 1; END;
CREATE TRIGGER search_gen_loc_del AFTER DELETE ON offer_location
BEGIN UPDATE search_generation SET n = random() WHERE id = 1; END;

CREATE TRIGGER search_gen_region_ins AFTER INSERT ON offer_region
BEGIN UPDATE search_generation SET n = random() WHERE id = 1; END;
CREATE TRIGGER search_gen_region_upd AFTER UPDATE ON offer_region
BEGIN UPDATE search_generation SET n = random() WHERE id = 1; END;
CREATE TRIGGER search_gen_region_del AFTER DELETE ON offer_region
BEGIN UPDATE search_generation SET n = random() WHERE id = 1; END;

CREATE TRIGGER search_gen_org_upd AFTER UPDATE OF archived, membership ON
    organisation
BEGIN UPDATE search_generation SET n = random() WHERE id = 1; END;
