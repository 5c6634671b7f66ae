-- Encrypted partner files: per partner, whether its files also go out as an AES-256 zip archive
-- (on unless the directory says "non"), and the passphrase, sent to the partner by another channel.
CREATE TABLE partenaire_archive (
    partenaire_id VARCHAR(40)  NOT NULL PRIMARY KEY,
    chiffree      BOOLEAN      NOT NULL,
    secret        VARCHAR(100) NOT NULL,
    secret_cree_le TIMESTAMP   NOT NULL
);
-- The archive sent (its name and SHA-256) beside the CSV it holds.
ALTER TABLE export_partenaire ADD COLUMN archive VARCHAR(500);
ALTER TABLE export_partenaire ADD COLUMN empreinte_archive VARCHAR(64);
