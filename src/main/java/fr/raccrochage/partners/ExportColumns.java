package fr.raccrochage.partners;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns each kind of partner receives: the contract's common columns, plus what its task
 * needs. Missions locales and PRIJ groups go and meet young people ("aller vers"): the address (when
 * the routing used the young person's own commune) and the legal guardians' names. A CIO
 * advises on schooling: the last school and training, no address, no guardians. No partner ever
 * receives the INE, sex, e-mail addresses, the call centre's comments, the exclusion reasons or
 * another partner's name.
 */
final class ExportColumns {

    static final List<String> COMMON = List.of("id_appel", "motif", "date_limite_rappel", "nom", "prenom", "date_naissance",
            "telephones", "code_insee_residence", "commune_residence");
    static final List<String> OUTREACH = List.of("date_orientation", "adresse", "code_postal", "responsables_legaux");
    static final List<String> GUIDANCE = List.of("date_orientation", "etablissement", "formation");
    /** Last column: why a young person routed before comes to this partner now (a change of the directory). */
    static final String REROUTED = "reorientation";

    private ExportColumns() {
    }

    static String[] header(PartnerType type) {
        List<String> columns = new ArrayList<>(COMMON);
        columns.addAll(type == PartnerType.CIO ? GUIDANCE : OUTREACH);
        columns.add(REROUTED);
        return columns.toArray(String[]::new);
    }
}
