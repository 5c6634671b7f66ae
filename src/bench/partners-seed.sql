-- Bench only: call cases for every young person of wave BANC, with the public record's outcome mix
-- (about 31% unreachable, 4% without a number, 7% referred, 5% still open at closing, 2% followed by
-- a partner, the rest in a solution, refusing, objecting or moved), as the calls stage would leave them.
INSERT INTO dossier_appel (id_appel, vague_id, personne_id, statut, date_statut, date_rappel, exclusion,
    exclusion_partenaire_id, debut, fin, cree_le)
SELECT 'VBANC-' || LPAD(CAST(p.id AS VARCHAR), 6, '0'), 'BANC', p.id,
  CASE WHEN MOD(p.id, 100) < 31 THEN 'INJOIGNABLE' WHEN MOD(p.id, 100) < 35 THEN 'SANS_NUMERO'
       WHEN MOD(p.id, 100) < 39 THEN 'ORIENTE_ML' WHEN MOD(p.id, 100) < 42 THEN 'ORIENTE_CIO'
       WHEN MOD(p.id, 100) < 47 THEN 'A_APPELER' WHEN MOD(p.id, 100) < 49 THEN 'EXCLU'
       WHEN MOD(p.id, 100) < 51 THEN 'REFUS' WHEN MOD(p.id, 100) < 53 THEN 'OPPOSITION'
       WHEN MOD(p.id, 100) < 54 THEN 'DEMENAGE' ELSE 'EN_SOLUTION' END,
  CASE WHEN MOD(p.id, 100) BETWEEN 42 AND 46 THEN NULL ELSE TIMESTAMP '2026-10-20 10:00:00' END,
  CASE WHEN MOD(p.id, 100) BETWEEN 42 AND 44 THEN TIMESTAMP '2026-11-02 18:00:00' ELSE NULL END,
  CASE WHEN MOD(p.id, 100) IN (47, 48) THEN 'SUIVI_PARTENAIRE' ELSE NULL END,
  CASE WHEN MOD(p.id, 100) = 47 THEN 'ML-PARIS' WHEN MOD(p.id, 100) = 48 THEN 'ML-200057867' ELSE NULL END,
  DATE '2026-10-01', DATE '2026-10-31', TIMESTAMP '2026-09-30 08:00:00'
FROM personne p WHERE p.vague_creation = 'BANC';
