-- Known-case lines the engine could not settle: the persons of the registry each one may be
-- (score in the review band, or same names and birth date with nothing else to confirm). A person
-- reviews them; they are never merged automatically. The line itself got a person of its own in
-- cas_connu.
CREATE TABLE cas_connu_a_verifier (
    fichier_id  BIGINT       NOT NULL,
    ligne       INTEGER      NOT NULL,
    personne_id BIGINT       NOT NULL REFERENCES personne (id),
    score       DECIMAL(6, 1) NOT NULL,
    motif       VARCHAR(500) NOT NULL,
    PRIMARY KEY (fichier_id, ligne, personne_id),
    FOREIGN KEY (fichier_id, ligne) REFERENCES cas_connu (fichier_id, ligne)
);
