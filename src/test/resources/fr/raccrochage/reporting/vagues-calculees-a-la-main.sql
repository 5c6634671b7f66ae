-- Small waves whose figures are computed by hand in ReportTests (synthetic data only).
-- Main wave R-2026-1: 10 SIEI records, 9 young people (P1 listed twice), 9 call cases.
-- R-2025-3 (calls from 15/09/2025: year 2025), R-2025-4 (created in 2025, calls from 05/01/2026: year 2026),
-- R-2026-2 (no calls yet: year of creation, 2026).

INSERT INTO vague (id, cree_le) VALUES ('R-2025-3', TIMESTAMP '2025-09-01 08:00:00');
INSERT INTO vague (id, cree_le) VALUES ('R-2025-4', TIMESTAMP '2025-12-15 08:00:00');
INSERT INTO vague (id, cree_le) VALUES ('R-2026-1', TIMESTAMP '2026-01-10 08:00:00');
INSERT INTO vague (id, cree_le) VALUES ('R-2026-2', TIMESTAMP '2026-03-20 08:00:00');

INSERT INTO fichier_recu (id, type, vague_id, portee, nom, empreinte, taille, encodage, separateur, statut, debut)
VALUES (9001, 'SIEI', 'R-2026-1', 'R-2026-1', 'liste.csv', 'e1', 1, 'UTF-8', ';', 'TERMINE', TIMESTAMP '2026-01-10 08:00:00');
INSERT INTO fichier_recu (id, type, vague_id, portee, nom, empreinte, taille, encodage, separateur, statut, debut)
VALUES (9002, 'SIEI', 'R-2025-3', 'R-2025-3', 'liste.csv', 'e2', 1, 'UTF-8', ';', 'TERMINE', TIMESTAMP '2025-09-01 08:00:00');
INSERT INTO fichier_recu (id, type, vague_id, portee, nom, empreinte, taille, encodage, separateur, statut, debut)
VALUES (9003, 'SIEI', 'R-2025-4', 'R-2025-4', 'liste.csv', 'e3', 1, 'UTF-8', ';', 'TERMINE', TIMESTAMP '2025-12-15 08:00:00');
INSERT INTO fichier_recu (id, type, vague_id, portee, nom, empreinte, taille, encodage, separateur, statut, debut)
VALUES (9004, 'SIEI', 'R-2026-2', 'R-2026-2', 'liste.csv', 'e4', 1, 'UTF-8', ';', 'TERMINE', TIMESTAMP '2026-03-20 08:00:00');

INSERT INTO siei_enregistrement (fichier_id, ligne, vague_id, nom, prenom, date_naissance, code_insee_residence, source_residence, drapeaux) VALUES
(9001, 2, 'R-2026-1', 'A', 'Un', DATE '2008-01-01', '93066', 'JEUNE', ''),
(9001, 3, 'R-2026-1', 'A', 'Un', DATE '2008-01-01', '93066', 'JEUNE', ''),
(9001, 4, 'R-2026-1', 'B', 'Deux', DATE '2008-01-02', '75111', 'JEUNE', ''),
(9001, 5, 'R-2026-1', 'C', 'Trois', DATE '2008-01-03', '95127', 'JEUNE', ''),
(9001, 6, 'R-2026-1', 'D', 'Quatre', DATE '2008-01-04', NULL, 'NONE', 'COMMUNE_INCONNUE'),
(9001, 7, 'R-2026-1', 'E', 'Cinq', DATE '2008-01-05', '93008', 'RESP1', ''),
(9001, 8, 'R-2026-1', 'F', 'Six', DATE '2008-01-06', '75056', 'JEUNE', ''),
(9001, 9, 'R-2026-1', 'G', 'Sept', DATE '2008-01-07', '93048', 'JEUNE', ''),
(9001, 10, 'R-2026-1', 'H', 'Huit', DATE '2008-01-08', '77288', 'JEUNE', ''),
(9001, 11, 'R-2026-1', 'I', 'Neuf', DATE '2008-01-09', '94028', 'JEUNE', ''),
(9002, 2, 'R-2025-3', 'J', 'Dix', DATE '2008-01-10', '91228', 'JEUNE', ''),
(9003, 2, 'R-2025-4', 'A', 'Un', DATE '2008-01-01', '93066', 'JEUNE', ''),
(9003, 3, 'R-2025-4', 'K', 'Onze', DATE '2008-01-11', '92012', 'JEUNE', ''),
(9004, 2, 'R-2026-2', 'L', 'Douze', DATE '2008-01-12', '78646', 'JEUNE', '');

INSERT INTO personne (id, vague_creation, creee) VALUES
(901, 'R-2025-4', TIMESTAMP '2025-12-15 09:00:00'), (902, 'R-2026-1', TIMESTAMP '2026-01-10 09:00:00'),
(903, 'R-2026-1', TIMESTAMP '2026-01-10 09:00:00'), (904, 'R-2026-1', TIMESTAMP '2026-01-10 09:00:00'),
(905, 'R-2026-1', TIMESTAMP '2026-01-10 09:00:00'), (906, 'R-2026-1', TIMESTAMP '2026-01-10 09:00:00'),
(907, 'R-2026-1', TIMESTAMP '2026-01-10 09:00:00'), (908, 'R-2026-1', TIMESTAMP '2026-01-10 09:00:00'),
(909, 'R-2026-1', TIMESTAMP '2026-01-10 09:00:00'), (910, 'R-2025-3', TIMESTAMP '2025-09-01 09:00:00'),
(911, 'R-2025-4', TIMESTAMP '2025-12-15 09:00:00'), (912, 'R-2026-2', TIMESTAMP '2026-03-20 09:00:00');

INSERT INTO siei_lien_personne (fichier_id, ligne, vague_id, personne_id, decision, motif) VALUES
(9001, 2, 'R-2026-1', 901, 'MEME_PERSONNE', 'INE'), (9001, 3, 'R-2026-1', 901, 'MEME_PERSONNE', 'INE'),
(9001, 4, 'R-2026-1', 902, 'NOUVELLE_PERSONNE', '-'), (9001, 5, 'R-2026-1', 903, 'NOUVELLE_PERSONNE', '-'),
(9001, 6, 'R-2026-1', 904, 'NOUVELLE_PERSONNE', '-'), (9001, 7, 'R-2026-1', 905, 'NOUVELLE_PERSONNE', '-'),
(9001, 8, 'R-2026-1', 906, 'NOUVELLE_PERSONNE', '-'), (9001, 9, 'R-2026-1', 907, 'NOUVELLE_PERSONNE', '-'),
(9001, 10, 'R-2026-1', 908, 'NOUVELLE_PERSONNE', '-'), (9001, 11, 'R-2026-1', 909, 'NOUVELLE_PERSONNE', '-'),
(9002, 2, 'R-2025-3', 910, 'NOUVELLE_PERSONNE', '-'),
(9003, 2, 'R-2025-4', 901, 'NOUVELLE_PERSONNE', '-'), (9003, 3, 'R-2025-4', 911, 'NOUVELLE_PERSONNE', '-'),
(9004, 2, 'R-2026-2', 912, 'NOUVELLE_PERSONNE', '-');

INSERT INTO dossier_appel (id_appel, vague_id, personne_id, statut, solution, exclusion, debut, fin, cree_le) VALUES
('VR-2026-1-000001', 'R-2026-1', 901, 'EN_SOLUTION', 'FORMATION', NULL, DATE '2026-02-02', DATE '2026-03-13', TIMESTAMP '2026-01-30 10:00:00'),
('VR-2026-1-000002', 'R-2026-1', 902, 'ORIENTE_ML', NULL, NULL, DATE '2026-02-02', DATE '2026-03-13', TIMESTAMP '2026-01-30 10:00:00'),
('VR-2026-1-000003', 'R-2026-1', 903, 'INJOIGNABLE', NULL, NULL, DATE '2026-02-02', DATE '2026-03-13', TIMESTAMP '2026-01-30 10:00:00'),
('VR-2026-1-000004', 'R-2026-1', 904, 'SANS_NUMERO', NULL, NULL, DATE '2026-02-02', DATE '2026-03-13', TIMESTAMP '2026-01-30 10:00:00'),
('VR-2026-1-000005', 'R-2026-1', 905, 'REFUS', NULL, NULL, DATE '2026-02-02', DATE '2026-03-13', TIMESTAMP '2026-01-30 10:00:00'),
('VR-2026-1-000006', 'R-2026-1', 906, 'EXCLU', NULL, 'SUIVI_PARTENAIRE', DATE '2026-02-02', DATE '2026-03-13', TIMESTAMP '2026-01-30 10:00:00'),
('VR-2026-1-000007', 'R-2026-1', 907, 'ORIENTE_CIO', NULL, NULL, DATE '2026-02-02', DATE '2026-03-13', TIMESTAMP '2026-01-30 10:00:00'),
('VR-2026-1-000008', 'R-2026-1', 908, 'ORIENTE_ML', NULL, NULL, DATE '2026-02-02', DATE '2026-03-13', TIMESTAMP '2026-01-30 10:00:00'),
('VR-2026-1-000009', 'R-2026-1', 909, 'ORIENTE_ML', NULL, NULL, DATE '2026-02-02', DATE '2026-03-13', TIMESTAMP '2026-01-30 10:00:00'),
('VR-2025-3-000001', 'R-2025-3', 910, 'INJOIGNABLE', NULL, NULL, DATE '2025-09-15', DATE '2025-10-17', TIMESTAMP '2025-09-10 10:00:00'),
('VR-2025-4-000001', 'R-2025-4', 901, 'EN_SOLUTION', 'EMPLOI', NULL, DATE '2026-01-05', DATE '2026-01-30', TIMESTAMP '2025-12-20 10:00:00'),
('VR-2025-4-000002', 'R-2025-4', 911, 'INJOIGNABLE', NULL, NULL, DATE '2026-01-05', DATE '2026-01-30', TIMESTAMP '2025-12-20 10:00:00');

INSERT INTO fichier_recu (id, type, vague_id, portee, nom, empreinte, statut, debut, fin) VALUES
(9101, 'RESULTATS_APPELS', 'R-2026-1', 'R-2026-1', 'resultats.csv', 'r1', 'TERMINE', TIMESTAMP '2026-03-01 08:00:00', TIMESTAMP '2026-03-01 08:00:00'),
(9102, 'RESULTATS_APPELS', 'R-2025-3', 'R-2025-3', 'resultats.csv', 'r2', 'TERMINE', TIMESTAMP '2025-10-01 08:00:00', TIMESTAMP '2025-10-01 08:00:00'),
(9103, 'RESULTATS_APPELS', 'R-2025-4', 'R-2025-4', 'resultats.csv', 'r3', 'TERMINE', TIMESTAMP '2026-02-01 08:00:00', TIMESTAMP '2026-02-01 08:00:00');

INSERT INTO resultat_appel (id_appel, tentative, date_appel, numero, resultat, fichier_id, ligne) VALUES
('VR-2026-1-000001', 1, TIMESTAMP '2026-02-02 10:00:00', '+33600000001', 'NRP', 9101, 2),
('VR-2026-1-000001', 2, TIMESTAMP '2026-02-03 18:30:00', '+33600000001', 'EN_SOLUTION', 9101, 3),
('VR-2026-1-000002', 1, TIMESTAMP '2026-02-02 10:30:00', '+33600000002', 'ORIENTE_ML', 9101, 4),
('VR-2026-1-000003', 1, TIMESTAMP '2026-02-02 12:30:00', '+33600000003', 'NRP', 9101, 5),
('VR-2026-1-000003', 2, TIMESTAMP '2026-02-07 11:00:00', '+33600000003', 'MESSAGERIE', 9101, 6),
('VR-2026-1-000003', 3, TIMESTAMP '2026-02-03 21:00:00', '+33600000003', 'OCCUPE', 9101, 7),
('VR-2026-1-000005', 1, TIMESTAMP '2026-02-04 15:00:00', '+33600000005', 'RAPPEL', 9101, 8),
('VR-2026-1-000005', 2, TIMESTAMP '2026-02-04 18:00:00', '+33600000005', 'REFUS', 9101, 9),
('VR-2026-1-000007', 1, TIMESTAMP '2026-02-05 09:15:00', '+33600000007', 'ORIENTE_CIO', 9101, 10),
('VR-2026-1-000008', 1, TIMESTAMP '2026-02-06 14:30:00', '+33600000008', 'ORIENTE_ML', 9101, 11),
('VR-2026-1-000009', 1, TIMESTAMP '2026-02-27 10:00:00', '+33600000009', 'ORIENTE_ML', 9101, 12),
('VR-2025-3-000001', 1, TIMESTAMP '2025-09-16 10:00:00', '+33600000010', 'NRP', 9102, 2),
('VR-2025-4-000001', 1, TIMESTAMP '2026-01-05 10:00:00', '+33600000001', 'EN_SOLUTION', 9103, 2),
('VR-2025-4-000002', 1, TIMESTAMP '2026-01-06 12:15:00', '+33600000011', 'NRP', 9103, 3);

INSERT INTO partenaire_commune (partenaire_id, type, nom, departement, code_insee) VALUES
('T-ML-PARIS', 'MISSION_LOCALE', 'Mission locale de Paris', '75', '75111'),
('T-CIO-93', 'CIO', 'CIO de Saint-Denis', '93', '93066'),
('T-ML-77', 'MISSION_LOCALE', 'Mission locale de Melun', '77', '77288'),
('T-ML-94', 'MISSION_LOCALE', 'Mission locale de Créteil', '94', '94028'),
('T-ML-CERGY', 'MISSION_LOCALE', 'Mission locale de Cergy', '95', '95127'),
('T-PRIJ-95', 'PRIJ', 'Groupe PRIJ du Val-d''Oise', '95', '95127');

INSERT INTO orientation (id_appel, partenaire_id, motif, date_orientation, date_limite_rappel, code_insee) VALUES
('VR-2026-1-000002', 'T-ML-PARIS', 'ORIENTE_ML', DATE '2026-02-02', DATE '2026-02-17', '75111'),
('VR-2026-1-000007', 'T-CIO-93', 'ORIENTE_CIO', DATE '2026-02-05', DATE '2026-02-20', '93048'),
('VR-2026-1-000008', 'T-ML-77', 'ORIENTE_ML', DATE '2026-02-06', DATE '2026-02-21', '77288'),
('VR-2026-1-000009', 'T-ML-94', 'ORIENTE_ML', DATE '2026-02-27', DATE '2026-03-14', '94028'),
('VR-2026-1-000003', 'T-ML-CERGY', 'INJOIGNABLE', DATE '2026-02-20', NULL, '95127'),
('VR-2026-1-000003', 'T-PRIJ-95', 'INJOIGNABLE', DATE '2026-02-20', NULL, '95127');

-- every referral was sent (the feedback figures count the young people sent)
INSERT INTO export_partenaire (id, partenaire_id, vague_id, fichier, lignes, empreinte, renvoi, exporte_le) VALUES
(9301, 'T-ML-PARIS', 'R-2026-1', 'ml-paris.csv', 1, 'e1', FALSE, TIMESTAMP '2026-02-21 02:30:00'),
(9302, 'T-CIO-93', 'R-2026-1', 'cio-93.csv', 1, 'e2', FALSE, TIMESTAMP '2026-02-21 02:30:00'),
(9303, 'T-ML-77', 'R-2026-1', 'ml-77.csv', 1, 'e3', FALSE, TIMESTAMP '2026-02-21 02:30:00'),
(9304, 'T-ML-94', 'R-2026-1', 'ml-94.csv', 1, 'e4', FALSE, TIMESTAMP '2026-02-28 02:30:00'),
(9305, 'T-ML-CERGY', 'R-2026-1', 'ml-cergy.csv', 1, 'e5', FALSE, TIMESTAMP '2026-02-21 02:30:00'),
(9306, 'T-PRIJ-95', 'R-2026-1', 'prij-95.csv', 1, 'e6', FALSE, TIMESTAMP '2026-02-21 02:30:00');

INSERT INTO export_ligne (export_id, id_appel, partenaire_id) VALUES
(9301, 'VR-2026-1-000002', 'T-ML-PARIS'),
(9302, 'VR-2026-1-000007', 'T-CIO-93'),
(9303, 'VR-2026-1-000008', 'T-ML-77'),
(9304, 'VR-2026-1-000009', 'T-ML-94'),
(9305, 'VR-2026-1-000003', 'T-ML-CERGY'),
(9306, 'VR-2026-1-000003', 'T-PRIJ-95');

INSERT INTO fichier_recu (id, type, vague_id, portee, nom, empreinte, statut, debut, fin)
VALUES (9201, 'RETOURS_PARTENAIRES', NULL, '-', 'retours.csv', 'f1', 'TERMINE', TIMESTAMP '2026-03-01 08:00:00', TIMESTAMP '2026-03-01 08:00:00');

INSERT INTO retour_partenaire (id_appel, partenaire_id, statut, date_statut, fichier_id, ligne) VALUES
('VR-2026-1-000002', 'T-ML-PARIS', 'CONTACTE', DATE '2026-02-10', 9201, 2),
('VR-2026-1-000002', 'T-ML-PARIS', 'ACCOMPAGNE', DATE '2026-02-25', 9201, 3),
('VR-2026-1-000007', 'T-CIO-93', 'CONTACTE', DATE '2026-02-24', 9201, 4),
('VR-2026-1-000003', 'T-ML-CERGY', 'SORTIE_POSITIVE', DATE '2026-02-28', 9201, 5),
('VR-2026-1-000003', 'T-PRIJ-95', 'INJOIGNABLE', DATE '2026-02-26', 9201, 6);

-- The SIEI files' figures, as the import keeps them (a wave's record count is read from them).
UPDATE fichier_recu SET enregistrees = (SELECT COUNT(*) FROM siei_enregistrement e WHERE e.fichier_id = fichier_recu.id)
    WHERE type = 'SIEI';
