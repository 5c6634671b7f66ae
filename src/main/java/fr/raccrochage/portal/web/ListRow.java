package fr.raccrochage.portal.web;

import fr.raccrochage.core.person.IdentityFields;
import fr.raccrochage.portal.ReferralLine;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * One line of a partner's list as the page prints it, formatted once in Java: the list page is the
 * portal's most frequent answer, and each expression the template evaluates per line costs more
 * than this record (docs/benchmarks.md, the portal under load).
 *
 * @param delay the call-back delay in words ("3 jour(s) restant(s)", "en retard de 2 jour(s)", "contacté(e)", "—")
 * @param delayClass the CSS class of the delay, or null
 */
public record ListRow(String idAppel, String name, String born, String motif, String date, String deadline, String delay,
        String delayClass, String last) {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    static ListRow of(ReferralLine line, LocalDate today) {
        Long days = line.daysLeft(today);
        String delay;
        String delayClass = null;
        if (line.contacted()) {
            delay = "contacté(e)";
            delayClass = "portail-a-temps";
        } else if (days == null) {
            delay = "—";
        } else if (days >= 0) {
            delay = days + " jour(s) restant(s)";
        } else {
            delay = "en retard de " + -days + " jour(s)";
            delayClass = "portail-en-retard";
        }
        String last = line.lastStatus() == null ? "aucun" : line.lastStatus() + " (" + date(line.lastStatusDate()) + ")";
        IdentityFields who = line.identity();
        return new ListRow(line.idAppel(), text(who.lastName()) + " " + text(who.firstNames()), date(who.birthDate()),
                line.motif(), date(line.date()), line.deadline() == null ? "—" : date(line.deadline()), delay, delayClass, last);
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.format(FRENCH_DATE);
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }
}
