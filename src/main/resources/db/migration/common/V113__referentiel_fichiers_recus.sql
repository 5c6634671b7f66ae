-- The files of each commune-directory version (referentiel_fichier, V112) go to the one journal of
-- received files too, so that every incoming file is journaled in one place: the files already
-- imported are journaled here (a file imported into several versions once, as received the first
-- time), and each version's file points at its journal entry. Nothing is deleted.

ALTER TABLE referentiel_fichier ADD COLUMN fichier_id BIGINT;
ALTER TABLE referentiel_fichier ADD CONSTRAINT referentiel_fichier_recu_fk FOREIGN KEY (fichier_id)
    REFERENCES fichier_recu (id);

INSERT INTO fichier_recu (type, vague_id, portee, nom, chemin, empreinte, encodage, statut, lues, enregistrees,
                          rejetees, debut, fin)
SELECT CASE f.role WHEN 'COMMUNES' THEN 'COG_COMMUNES' WHEN 'MOUVEMENTS' THEN 'COG_MOUVEMENTS' ELSE 'CODES_POSTAUX' END,
       NULL, '-', f.nom, v.origine || '/' || f.nom, f.empreinte, f.encodage, 'TERMINE', f.lignes, f.lignes, 0,
       COALESCE(v.importe_le, CURRENT_TIMESTAMP), COALESCE(v.importe_le, CURRENT_TIMESTAMP)
FROM referentiel_fichier f JOIN referentiel_version v ON v.id = f.version_id
WHERE f.version_id = (SELECT MIN(g.version_id) FROM referentiel_fichier g WHERE g.role = f.role AND g.empreinte = f.empreinte)
ORDER BY f.version_id, f.role;

UPDATE referentiel_fichier SET fichier_id = (
    SELECT r.id FROM fichier_recu r
    WHERE r.portee = '-' AND r.empreinte = referentiel_fichier.empreinte
      AND r.type = CASE referentiel_fichier.role WHEN 'COMMUNES' THEN 'COG_COMMUNES' WHEN 'MOUVEMENTS' THEN 'COG_MOUVEMENTS'
                   ELSE 'CODES_POSTAUX' END);

ALTER TABLE referentiel_fichier ALTER COLUMN fichier_id SET NOT NULL;
