-- H2 only. On H2 the foreign key siei_lien_personne.personne_id -> personne already built its own
-- index on personne_id when V20 created the table, so V20's explicit index on the same column was a
-- second copy: one more B-tree to update, and to settle at commit, for every link the identity job
-- writes (a million at a time). The constraint's index serves the lookups by person. PostgreSQL
-- builds no index for a foreign key and keeps V20's.
DROP INDEX IF EXISTS siei_lien_personne_personne;
