-- The portal's list and young person's page (and the exports) read a young person's record by
-- wave, file and line, the key of siei_lien_personne. Records had an index on vague_id alone, so
-- each such read walked the wave's records (or the file's, by the foreign key's index in H2).
-- The wave index becomes (vague_id, fichier_id, ligne): it still serves every read by wave, and
-- the import keeps maintaining as many indexes on the records as before (one more in neither
-- database; a slightly longer key, written in order).
CREATE INDEX siei_enregistrement_vague_ligne ON siei_enregistrement (vague_id, fichier_id, ligne);
DROP INDEX siei_enregistrement_vague;
