-- The example partner directory was loaded by V3 into every database, production included, so a wave
-- closed before `partenaires importer` was routed to fictitious partners. Databases where no directory
-- was ever imported lose it here; `vague cloturer` refuses to route until a real one is imported.
DELETE FROM partenaire_commune WHERE NOT EXISTS (SELECT 1 FROM import_annuaire);
