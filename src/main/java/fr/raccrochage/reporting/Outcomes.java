package fr.raccrochage.reporting;

import fr.raccrochage.core.cases.CaseStatus;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where call cases ended, as reports show them: the core {@link CaseStatus} in the order reports
 * list them (outcomes first, calls still running last) and the colour of their bars.
 */
final class Outcomes {

    static final List<CaseStatus> ORDER = List.of(CaseStatus.EN_SOLUTION, CaseStatus.ORIENTE_ML, CaseStatus.ORIENTE_CIO,
            CaseStatus.REFUS, CaseStatus.OPPOSITION, CaseStatus.DEMENAGE, CaseStatus.INJOIGNABLE, CaseStatus.SANS_NUMERO,
            CaseStatus.EXCLU, CaseStatus.A_APPELER);

    private static final Map<CaseStatus, String> COLORS = new EnumMap<>(Map.of(
            CaseStatus.EN_SOLUTION, "#2e7d32", CaseStatus.ORIENTE_ML, "#1565c0", CaseStatus.ORIENTE_CIO, "#6a1b9a",
            CaseStatus.REFUS, "#ef6c00", CaseStatus.OPPOSITION, "#c62828", CaseStatus.DEMENAGE, "#6d4c41",
            CaseStatus.INJOIGNABLE, "#757575", CaseStatus.SANS_NUMERO, "#9e9e9e", CaseStatus.EXCLU, "#bdbdbd",
            CaseStatus.A_APPELER, "#90caf9"));

    private Outcomes() {
    }

    static String color(CaseStatus status) {
        return COLORS.get(status);
    }

    /** The status as stored; an unknown one (a later stage's addition) is counted as still open. */
    static CaseStatus of(String stored) {
        return CaseStatus.parse(stored).orElse(CaseStatus.A_APPELER);
    }

    static List<CaseStatus> reached() {
        return ORDER.stream().filter(CaseStatus::isReachedOutcome).toList();
    }
}
