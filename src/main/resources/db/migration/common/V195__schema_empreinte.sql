-- What the database recorded after its last migration: the fingerprint of the migrations applied
-- and of the migration history then (fr.raccrochage.core.schema). While both still match, start-up
-- does not run Flyway. One row (id = 1), rewritten after each migration.
CREATE TABLE schema_empreinte (
    id          INT         NOT NULL PRIMARY KEY,
    migrations  VARCHAR(64) NOT NULL,
    historique  VARCHAR(64) NOT NULL,
    ecrite_le   TIMESTAMP   NOT NULL
);
