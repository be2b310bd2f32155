-- 0008_search_doc.sql - the offer index again (see 0005_search.sql), now
-- with the offer's languages other than German, its ways of access and its
-- cost in the needs column ("Babykurs türkisch", "Hausbesuch",
-- "kostenlos"), and without the prefix index of 0005: prefixes are looked
-- up only for an unfinished last word, and the prefix index made indexing
-- a quarter slower. The same SELECT as textindex.c's DOC_SELECT.

DROP TABLE offer_fts_vocab;
DROP TABLE offer_fts;

CREATE VIRTUAL TABLE offer_fts USING fts5 (
    title, description, organisation, needs, places,
    tokenize = 'lotse'
);
CREATE VIRTUAL TABLE offer_fts_vocab USING fts5vocab (offer_fts, 'row');

INSERT INTO offer_fts (rowid, title, description, organisation, needs, places)
SELECT o.id, o.title, o.description, g.name,
    coalesce((SELECT group_concat(lotse_label('need', n.need), '. ')
              FROM offer_need n WHERE n.offer_id = o.id), '') || '. ' ||
    coalesce((SELECT group_concat(lotse_label('age', x.age), ', ')
              FROM offer_age x WHERE x.offer_id = o.id), '') || '. ' ||
    coalesce((SELECT group_concat(lotse_label('language', y.language), ', ')
              FROM offer_language y
              WHERE y.offer_id = o.id AND y.language <> 'de'), '') || '. ' ||
    coalesce((SELECT group_concat(lotse_label('access', z.access), ', ')
              FROM offer_access z WHERE z.offer_id = o.id), '') || '. ' ||
    lotse_label('cost', o.cost),
    coalesce((SELECT group_concat(l.name || ' ' || l.city || ' ' ||
                                  coalesce(r.name, ''), ', ')
              FROM offer_location l LEFT JOIN region r ON r.id = l.region_id
              WHERE l.offer_id = o.id), '') || ', ' ||
    coalesce((SELECT group_concat(r.name, ', ')
              FROM offer_region s JOIN region r ON r.id = s.region_id
              WHERE s.offer_id = o.id), '')
FROM offer o JOIN organisation g ON g.id = o.organisation_id;
