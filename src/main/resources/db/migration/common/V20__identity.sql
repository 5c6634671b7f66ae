-- Identity: the registry of young people across waves, each SIEI record's link to its person
-- with the decision that made it, and the possible duplicates left for a person to review.

CREATE TABLE personne (
    id              BIGINT      NOT NULL PRIMARY KEY,
    vague_creation  VARCHAR(40) NOT NULL,
    creee           TIMESTAMP   NOT NULL
);

CREATE TABLE siei_lien_personne (
    fichier_id   BIGINT       NOT NULL REFERENCES fichier_siei (id),
    ligne        INTEGER      NOT NULL,
    vague_id     VARCHAR(40)  NOT NULL,
    personne_id  BIGINT       NOT NULL REFERENCES personne (id),
    decision     VARCHAR(20)  NOT NULL,
    score        DECIMAL(6, 1),
    motif        VARCHAR(500) NOT NULL,
    PRIMARY KEY (fichier_id, ligne)
);
CREATE INDEX siei_lien_personne_vague ON siei_lien_personne (vague_id);
CREATE INDEX siei_lien_personne_personne ON siei_lien_personne (personne_id);

CREATE TABLE doublon_possible (
    vague_id      VARCHAR(40)  NOT NULL,
    fichier_id_a  BIGINT       NOT NULL,
    ligne_a       INTEGER      NOT NULL,
    fichier_id_b  BIGINT       NOT NULL,
    ligne_b       INTEGER      NOT NULL,
    score         DECIMAL(6, 1) NOT NULL,
    motif         VARCHAR(500) NOT NULL,
    PRIMARY KEY (fichier_id_a, ligne_a, fichier_id_b, ligne_b)
);
CREATE INDEX doublon_possible_vague ON doublon_possible (vague_id);

-- The identity job reads a wave's records.
CREATE INDEX siei_enregistrement_vague ON siei_enregistrement (vague_id);
