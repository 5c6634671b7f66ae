package fr.raccrochage.reporting;

import fr.raccrochage.core.cases.CaseStatus;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The main rates, followed from wave to wave. Each is a part over a whole, both counts, so that a
 * report can show the rate ("12,5 %") and what it is made of.
 */
enum ReportRates {
    CONTACT("Taux de contact (joints / appelés)", "#1565c0", f -> f.reached, f -> f.called),
    EN_SOLUTION("Déjà en solution (/ joints)", "#2e7d32", f -> f.outcomes.get(CaseStatus.EN_SOLUTION), f -> f.reached),
    MISE_EN_RELATION("Mises en relation ML ou CIO (/ joints)", "#6a1b9a", ReportFigures::referred, f -> f.reached),
    INJOIGNABLE("Injoignables ou sans numéro (/ jeunes à appeler)", "#757575", ReportFigures::unreachable, ReportFigures::toCall),
    CONTACT_PARTENAIRES("Contactés par les partenaires (/ orientés)", "#ef6c00",
            f -> f.feedbackOf(ReportFigures.ALL_MOTIFS).contacted, f -> f.feedbackOf(ReportFigures.ALL_MOTIFS).routed);

    private final String label;
    private final String color;
    private final ToLongFunction<ReportFigures> part;
    private final ToLongFunction<ReportFigures> whole;

    ReportRates(String label, String color, ToLongFunction<ReportFigures> part, ToLongFunction<ReportFigures> whole) {
        this.label = label;
        this.color = color;
        this.part = part;
        this.whole = whole;
    }

    String label() {
        return label;
    }

    String color() {
        return color;
    }

    long part(ReportFigures figures) {
        return part.applyAsLong(figures);
    }

    long whole(ReportFigures figures) {
        return whole.applyAsLong(figures);
    }

    String percent(ReportFigures figures) {
        return FrenchNumbers.percent(part(figures), whole(figures));
    }

    String csv(ReportFigures figures) {
        return FrenchNumbers.csvRate(part(figures), whole(figures));
    }

    static List<ReportRates> all() {
        return List.of(values());
    }
}
