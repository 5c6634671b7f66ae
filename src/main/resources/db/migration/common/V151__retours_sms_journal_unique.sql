-- The SMS provider's returns files join the one journal of received files (fichier_recu, kind
-- SMS_RETOURS, no wave) and their rejected lines the one reject table (ligne_rejetee), history kept;
-- then their own journal (fichier_sms_retours) and reject table (sms_retour_rejet) go.
--
-- Each file gets a new id in fichier_recu, in the order of its old id; the old and the new id are
-- matched by the file's SHA-256 (unique in the old journal, and within the kind in the new one).
-- sms_retour is copied into a table of the same shape whose file id points at fichier_recu, then
-- takes its name back: no constraint is looked up by name, so H2 and PostgreSQL share this file.

INSERT INTO fichier_recu (type, vague_id, portee, nom, empreinte, statut, lues, enregistrees, rejetees, debut, fin)
SELECT 'SMS_RETOURS', NULL, '-', nom, empreinte, CASE WHEN lues IS NULL THEN 'EN_COURS' ELSE 'TERMINE' END, lues,
       enregistrees, rejetees, importe_le, CASE WHEN lues IS NULL THEN NULL ELSE importe_le END
FROM fichier_sms_retours ORDER BY id;

INSERT INTO ligne_rejetee (fichier_id, ligne, motif, contenu)
SELECT n.id, r.ligne, r.motif, r.contenu
FROM sms_retour_rejet r
JOIN fichier_sms_retours f ON f.id = r.fichier_id
JOIN fichier_recu n ON n.type = 'SMS_RETOURS' AND n.portee = '-' AND n.empreinte = f.empreinte;

CREATE TABLE sms_retour_journal (
    fichier_id  BIGINT      NOT NULL,
    ligne       INTEGER     NOT NULL,
    reference   VARCHAR(40) NOT NULL,
    -- ACCUSE (delivery report) or REPONSE (a reply)
    genre       VARCHAR(8)  NOT NULL,
    -- DELIVRE, ECHEC, NUMERO_INCONNU for an ACCUSE; STOP or AUTRE for a REPONSE
    statut      VARCHAR(14) NOT NULL,
    date_retour TIMESTAMP   NOT NULL,
    CONSTRAINT sms_retour_pk PRIMARY KEY (fichier_id, ligne),
    CONSTRAINT sms_retour_fichier_recu_fk FOREIGN KEY (fichier_id) REFERENCES fichier_recu (id),
    CONSTRAINT sms_retour_message_fk FOREIGN KEY (reference) REFERENCES sms_message (reference)
);

INSERT INTO sms_retour_journal (fichier_id, ligne, reference, genre, statut, date_retour)
SELECT n.id, r.ligne, r.reference, r.genre, r.statut, r.date_retour
FROM sms_retour r
JOIN fichier_sms_retours f ON f.id = r.fichier_id
JOIN fichier_recu n ON n.type = 'SMS_RETOURS' AND n.portee = '-' AND n.empreinte = f.empreinte;

DROP TABLE sms_retour;
DROP TABLE sms_retour_rejet;
DROP TABLE fichier_sms_retours;

ALTER TABLE sms_retour_journal RENAME TO sms_retour;
CREATE INDEX sms_retour_reference ON sms_retour (reference);
