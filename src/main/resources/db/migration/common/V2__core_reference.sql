-- Shared core: reference data and waves. Version ranges: V1 batch, V2-V9 core, V10-V19 ingestion,
-- V20-V29 identity, V30-V39 calls, V40-V49 routing and partners, V50-V59 reporting, V60-V69 nightly.

CREATE TABLE commune (
    code_insee        VARCHAR(5)   NOT NULL,
    type              VARCHAR(16)  NOT NULL,
    nom               VARCHAR(100) NOT NULL,
    code_rattachement VARCHAR(5),
    departement       VARCHAR(3)   NOT NULL,
    region            VARCHAR(3)   NOT NULL,
    codes_postaux     VARCHAR(200),
    population        INTEGER,
    epci_code         VARCHAR(9),
    epci_nom          VARCHAR(200),
    ept_code          VARCHAR(9),
    ept_nom           VARCHAR(200),
    PRIMARY KEY (code_insee, type)
);

CREATE TABLE partenaire_commune (
    partenaire_id VARCHAR(40)  NOT NULL,
    type          VARCHAR(20)  NOT NULL,
    nom           VARCHAR(200) NOT NULL,
    departement   VARCHAR(3)   NOT NULL,
    code_insee    VARCHAR(5)   NOT NULL,
    PRIMARY KEY (partenaire_id, code_insee)
);

CREATE TABLE vague (
    id      VARCHAR(40) PRIMARY KEY,
    cree_le TIMESTAMP   NOT NULL
);
