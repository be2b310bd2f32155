-- 0005_search.sql - the full-text index of offers (issue #5).
--
-- offer_fts: one row per offer (rowid = offer id, every status), tokenized
-- by "lotse" (German analysis: folding, stemming, compounds; src/search/).
-- Kept in step by text_index_offer() in the transactions of the domain;
-- `lotse reindex` rebuilds it. The tokenizer and lotse_label() exist only
-- inside lotse (registered on every connection), so this table cannot be
-- read with the sqlite3 shell.
--
-- The same SELECT as textindex.c's sql_doc_*: an existing database gets its
-- index filled right here.

CREATE VIRTUAL TABLE offer_fts USING fts5 (
    title, description, organisation, needs, places,
    tokenize = 'lotse', prefix = '3'
);

-- Its terms, for the typo tolerance ("Meinten Sie ...").
CREATE VIRTUAL TABLE offer_fts_vocab USING fts5vocab (offer_fts, 'row');

-- Synonym groups the coordination office adds to the built-in list
-- (data/synonyms-de.txt): one group a line, entries separated by commas.
CREATE TABLE search_synonym (
    position  INTEGER PRIMARY KEY,
    line      TEXT NOT NULL CHECK (length(line) BETWEEN 1 AND 300)
);

INSERT INTO offer_fts (rowid, title, description, organisation, needs, places)
SELECT o.id, o.title, o.description, g.name,
    coalesce((SELECT group_concat(lotse_label('need', n.need), '. ')
              FROM offer_need n WHERE n.offer_id = o.id), '') || '. ' ||
    coalesce((SELECT group_concat(lotse_label('age', x.age), ', ')
              FROM offer_age x WHERE x.offer_id = o.id), ''),
    coalesce((SELECT group_concat(l.name || ' ' || l.city || ' ' ||
                                  coalesce(r.name, ''), ', ')
              FROM offer_location l LEFT JOIN region r ON r.id = l.region_id
              WHERE l.offer_id = o.id), '') || ', ' ||
    coalesce((SELECT group_concat(r.name, ', ')
              FROM offer_region s JOIN region r ON r.id = s.region_id
              WHERE s.offer_id = o.id), '')
FROM offer o JOIN organisation g ON g.id = o.organisation_id;
