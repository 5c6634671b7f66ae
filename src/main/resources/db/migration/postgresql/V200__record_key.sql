-- A SIEI record gets its key: cle, its file and line as one number (file id times 2^32 plus the
-- line), generated from the two columns, as on H2 (V200 there, which says why). PostgreSQL keeps the
-- foreign key to the file and the (vague_id, fichier_id, ligne) index.
ALTER TABLE siei_enregistrement ADD COLUMN cle BIGINT GENERATED ALWAYS AS (fichier_id * 4294967296 + ligne) STORED;
ALTER TABLE siei_enregistrement ADD CONSTRAINT siei_enregistrement_cle PRIMARY KEY (cle);
