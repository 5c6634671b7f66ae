-- Benchmark wave for the report (docs/benchmarks.md): 9,500 records, 9,000 cases, 40,500 attempts,
-- 4,500 routings to 70 partners, 2,700 feedback lines. Synthetic; run with org.h2.tools.RunScript.
INSERT INTO vague (id, cree_le) VALUES ('BENCH', TIMESTAMP '2026-01-05 08:00:00');
INSERT INTO fichier_recu (id, type, vague_id, portee, nom, empreinte, taille, encodage, separateur, statut, debut) VALUES (1, 'SIEI', 'BENCH', 'BENCH', 'l.csv', 'x', 1, 'UTF-8', ';', 'TERMINE', TIMESTAMP '2026-01-05 08:00:00');
INSERT INTO siei_enregistrement (fichier_id, ligne, vague_id, nom, prenom, date_naissance, code_insee_residence, source_residence, drapeaux)
SELECT 1, X + 1, 'BENCH', 'N', 'P', DATE '2008-01-01', CASE MOD(X, 8) WHEN 0 THEN '75111' WHEN 1 THEN '77288' WHEN 2 THEN '78646' WHEN 3 THEN '91228' WHEN 4 THEN '92012' WHEN 5 THEN '93066' WHEN 6 THEN '94028' ELSE '95127' END, 'JEUNE', '' FROM SYSTEM_RANGE(1, 9500);
INSERT INTO personne (id, vague_creation, creee) SELECT X, 'BENCH', TIMESTAMP '2026-01-05 09:00:00' FROM SYSTEM_RANGE(1, 9000);
INSERT INTO siei_lien_personne (fichier_id, ligne, vague_id, personne_id, decision, motif) SELECT 1, X + 1, 'BENCH', CASE WHEN X > 9000 THEN X - 9000 ELSE X END, 'NOUVELLE_PERSONNE', '-' FROM SYSTEM_RANGE(1, 9500);
INSERT INTO dossier_appel (id_appel, vague_id, personne_id, statut, debut, fin, cree_le)
SELECT 'VB-' || X, 'BENCH', X, CASE MOD(X, 10) WHEN 0 THEN 'ORIENTE_ML' WHEN 1 THEN 'INJOIGNABLE' WHEN 2 THEN 'INJOIGNABLE' WHEN 3 THEN 'INJOIGNABLE' WHEN 4 THEN 'REFUS' WHEN 5 THEN 'SANS_NUMERO' ELSE 'EN_SOLUTION' END, DATE '2026-01-12', DATE '2026-02-27', TIMESTAMP '2026-01-10 10:00:00' FROM SYSTEM_RANGE(1, 9000);
INSERT INTO fichier_recu (id, type, vague_id, portee, nom, empreinte, statut, debut, fin) VALUES (2, 'RESULTATS_APPELS', 'BENCH', 'BENCH', 'r.csv', 'r', 'TERMINE', TIMESTAMP '2026-03-01 08:00:00', TIMESTAMP '2026-03-01 08:00:00');
INSERT INTO resultat_appel (id_appel, tentative, date_appel, numero, resultat, fichier_id, ligne)
SELECT 'VB-' || C.X, T.X, DATEADD('MINUTE', MOD(C.X * 37 + T.X * 101, 600), DATEADD('DAY', MOD(C.X + T.X * 3, 40), TIMESTAMP '2026-01-12 09:00:00')), '+336', CASE WHEN T.X = 5 THEN 'EN_SOLUTION' ELSE 'NRP' END, 2, C.X * 10 + T.X
FROM SYSTEM_RANGE(1, 9000) C, SYSTEM_RANGE(1, 5) T WHERE MOD(C.X, 10) <> 5;
INSERT INTO partenaire_commune (partenaire_id, type, nom, departement, code_insee) SELECT 'ML-' || X, 'MISSION_LOCALE', 'Mission locale ' || X, '93', '9' || X FROM SYSTEM_RANGE(1000, 1069);
INSERT INTO orientation (id_appel, partenaire_id, motif, date_orientation, date_limite_rappel, code_insee)
SELECT 'VB-' || X, 'ML-' || (1000 + MOD(X, 70)), CASE MOD(X, 10) WHEN 0 THEN 'ORIENTE_ML' ELSE 'INJOIGNABLE' END, DATE '2026-02-01', CASE MOD(X, 10) WHEN 0 THEN DATE '2026-02-16' END, '93066' FROM SYSTEM_RANGE(1, 9000) WHERE MOD(X, 10) IN (0, 1, 2, 3, 5);
INSERT INTO fichier_recu (id, type, vague_id, portee, nom, empreinte, statut, debut, fin) VALUES (3, 'RETOURS_PARTENAIRES', NULL, '-', 'f.csv', 'f', 'TERMINE', TIMESTAMP '2026-03-01 08:00:00', TIMESTAMP '2026-03-01 08:00:00');
INSERT INTO retour_partenaire (id_appel, partenaire_id, statut, date_statut, fichier_id, ligne)
SELECT 'VB-' || X, 'ML-' || (1000 + MOD(X, 70)), CASE MOD(X, 3) WHEN 0 THEN 'CONTACTE' WHEN 1 THEN 'ACCOMPAGNE' ELSE 'SORTIE_POSITIVE' END, DATEADD('DAY', MOD(X, 25), DATE '2026-02-02'), 3, X FROM SYSTEM_RANGE(1, 9000) WHERE MOD(X, 10) IN (0, 1, 2);

-- The SIEI files' figures, as the import keeps them (a wave's record count is read from them).
UPDATE fichier_recu SET enregistrees = (SELECT COUNT(*) FROM siei_enregistrement e WHERE e.fichier_id = fichier_recu.id)
    WHERE type = 'SIEI';
