-- A migration shipped only to MigrateWhenChangedTests: a new migration set must run Flyway.
CREATE TABLE essai_empreinte (id INT NOT NULL PRIMARY KEY);
