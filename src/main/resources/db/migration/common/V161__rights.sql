-- Young people's rights (V160-V169): erasures, the keyed-hash suppression list that recognises an
-- erased young person in a later list, the numbers withdrawn or added by a rectification, and the
-- secret key of the hashes (in the database, never in the code).

-- One row per young person whose personal data was erased on request; no personal data in it.
CREATE TABLE effacement (
    personne_id BIGINT       NOT NULL PRIMARY KEY REFERENCES personne (id),
    efface_le   TIMESTAMP    NOT NULL,
    operateur   VARCHAR(200) NOT NULL,
    motif       VARCHAR(500) NOT NULL
);

-- HMAC-SHA256 (key in cle_secrete) of an erased young person's INE, and of their normalised
-- names + birth date: a later list bringing them is recognised without keeping them in clear.
CREATE TABLE suppression (
    empreinte   VARCHAR(64) NOT NULL PRIMARY KEY,
    -- INE or IDENTITE
    type        VARCHAR(10) NOT NULL,
    personne_id BIGINT      NOT NULL,
    cree_le     TIMESTAMP   NOT NULL
);

-- Numbers withdrawn from a young person by a rectification, as HMACs: no output prints them for
-- that young person again, even if a later list brings them back.
CREATE TABLE telephone_retire (
    personne_id BIGINT       NOT NULL REFERENCES personne (id),
    empreinte   VARCHAR(64)  NOT NULL,
    retire_le   TIMESTAMP    NOT NULL,
    motif       VARCHAR(500),
    PRIMARY KEY (personne_id, empreinte)
);

-- Numbers added by a rectification (JEUNE, RESP1, RESP2), given to the young person's cases.
CREATE TABLE telephone_ajoute (
    personne_id BIGINT      NOT NULL REFERENCES personne (id),
    numero      VARCHAR(20) NOT NULL,
    titulaire   VARCHAR(5)  NOT NULL,
    type        VARCHAR(6)  NOT NULL,
    ajoute_le   TIMESTAMP   NOT NULL,
    PRIMARY KEY (personne_id, numero)
);

CREATE TABLE cle_secrete (
    nom    VARCHAR(40)  NOT NULL PRIMARY KEY,
    valeur VARCHAR(200) NOT NULL
);

-- Who expressed the objection (OppositionSource: JEUNE, RESPONSABLE, PARTENAIRE, AUTRE); null before V161.
ALTER TABLE opposition ADD COLUMN source VARCHAR(12);
