-- Each opposition says what it is: REELLE (the young person, a guardian or a partner objected) or
-- PRECAUTION (set by identity on a young person who may be one who objected, until a person settles
-- the pair). Only a precaution can be lifted by a duplicate decision; a real objection arriving on a
-- person who holds a precaution replaces it (one row per person).
ALTER TABLE opposition ADD COLUMN nature VARCHAR(12) DEFAULT 'REELLE' NOT NULL;

-- Before V101 precautions were told by the marker identity writes in their origin.
UPDATE opposition SET nature = 'PRECAUTION' WHERE origine LIKE '%(rapprochement à vérifier)%';
