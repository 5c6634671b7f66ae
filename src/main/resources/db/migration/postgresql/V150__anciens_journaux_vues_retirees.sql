-- The old journal and reject names that V110 kept as views over fichier_recu / ligne_rejetee, with
-- their INSTEAD OF triggers and trigger functions: nothing reads or writes them any more.
-- Only views go: every row stays in fichier_recu and ligne_rejetee.
DROP TRIGGER IF EXISTS fichier_siei_vue ON fichier_siei;
DROP TRIGGER IF EXISTS fichier_resultats_vue ON fichier_resultats;
DROP TRIGGER IF EXISTS fichier_connus_vue ON fichier_connus;
DROP TRIGGER IF EXISTS fichier_retours_vue ON fichier_retours;
DROP TRIGGER IF EXISTS siei_rejet_vue ON siei_rejet;
DROP TRIGGER IF EXISTS resultat_rejet_vue ON resultat_rejet;
DROP TRIGGER IF EXISTS connus_rejet_vue ON connus_rejet;
DROP TRIGGER IF EXISTS retour_rejet_vue ON retour_rejet;

DROP VIEW IF EXISTS fichier_siei;
DROP VIEW IF EXISTS fichier_resultats;
DROP VIEW IF EXISTS fichier_connus;
DROP VIEW IF EXISTS fichier_retours;
DROP VIEW IF EXISTS siei_rejet;
DROP VIEW IF EXISTS resultat_rejet;
DROP VIEW IF EXISTS connus_rejet;
DROP VIEW IF EXISTS retour_rejet;

DROP FUNCTION IF EXISTS fichier_siei_vue();
DROP FUNCTION IF EXISTS fichier_resultats_vue();
DROP FUNCTION IF EXISTS fichier_connus_vue();
DROP FUNCTION IF EXISTS fichier_retours_vue();
DROP FUNCTION IF EXISTS siei_rejet_vue();
DROP FUNCTION IF EXISTS resultat_rejet_vue();
DROP FUNCTION IF EXISTS connus_rejet_vue();
DROP FUNCTION IF EXISTS retour_rejet_vue();
