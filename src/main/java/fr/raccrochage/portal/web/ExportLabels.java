package fr.raccrochage.portal.web;

import java.util.Map;

/** French labels of the export's columns, for a young person's page (the column name when unknown). */
final class ExportLabels {

    static final ExportLabels INSTANCE = new ExportLabels();

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("id_appel", "Identifiant du dossier (ID_APPEL)"), Map.entry("motif", "Motif de l'orientation"),
            Map.entry("date_limite_rappel", "Date limite de rappel"), Map.entry("nom", "Nom"),
            Map.entry("prenom", "Prénom"), Map.entry("date_naissance", "Date de naissance"),
            Map.entry("telephones", "Téléphones"), Map.entry("code_insee_residence", "Code INSEE de la commune"),
            Map.entry("commune_residence", "Commune"), Map.entry("date_orientation", "Date de l'orientation"),
            Map.entry("adresse", "Adresse"), Map.entry("code_postal", "Code postal"),
            Map.entry("responsables_legaux", "Responsables légaux"), Map.entry("etablissement", "Dernier établissement"),
            Map.entry("formation", "Dernière formation"));

    private ExportLabels() {
    }

    public String of(String column) {
        return LABELS.getOrDefault(column, column);
    }
}
