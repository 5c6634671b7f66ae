-- The old journal and reject names that V110 kept as views over fichier_recu / ligne_rejetee, with
-- their INSTEAD OF triggers (LegacyJournalViews.H2Trigger): nothing reads or writes them any more.
-- Only views go: every row stays in fichier_recu and ligne_rejetee.
DROP TRIGGER IF EXISTS fichier_siei_insert;
DROP TRIGGER IF EXISTS fichier_siei_delete;
DROP TRIGGER IF EXISTS fichier_resultats_insert;
DROP TRIGGER IF EXISTS fichier_resultats_delete;
DROP TRIGGER IF EXISTS fichier_connus_insert;
DROP TRIGGER IF EXISTS fichier_connus_delete;
DROP TRIGGER IF EXISTS fichier_retours_insert;
DROP TRIGGER IF EXISTS fichier_retours_delete;
DROP TRIGGER IF EXISTS siei_rejet_delete;
DROP TRIGGER IF EXISTS resultat_rejet_delete;
DROP TRIGGER IF EXISTS connus_rejet_delete;
DROP TRIGGER IF EXISTS retour_rejet_delete;

DROP VIEW IF EXISTS fichier_siei;
DROP VIEW IF EXISTS fichier_resultats;
DROP VIEW IF EXISTS fichier_connus;
DROP VIEW IF EXISTS fichier_retours;
DROP VIEW IF EXISTS siei_rejet;
DROP VIEW IF EXISTS resultat_rejet;
DROP VIEW IF EXISTS connus_rejet;
DROP VIEW IF EXISTS retour_rejet;
