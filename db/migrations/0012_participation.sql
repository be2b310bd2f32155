-- 0012_participation.sql - when an organisation left the network, so that
-- the participation figures (issue #7) can count members over time:
-- set by a trigger whenever the membership becomes 'left', cleared when
-- the organisation comes back.

ALTER TABLE organisation ADD COLUMN left_on TEXT;   -- 'YYYY-MM-DD'

CREATE TRIGGER organisation_left AFTER UPDATE OF membership ON organisation
WHEN NEW.membership = 'left' AND OLD.membership <> 'left'
BEGIN
    UPDATE organisation SET left_on = date('now') WHERE id = NEW.id;
END;

CREATE TRIGGER organisation_back AFTER UPDATE OF membership ON organisation
WHEN NEW.membership <> 'left' AND OLD.membership = 'left'
BEGIN
    UPDATE organisation SET left_on = NULL WHERE id = NEW.id;
END;

CREATE TRIGGER organisation_left_new AFTER INSERT ON organisation
WHEN NEW.membership = 'left' AND NEW.left_on IS NULL
BEGIN
    UPDATE organisation SET left_on = date('now') WHERE id = NEW.id;
END;
