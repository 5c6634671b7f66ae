package fr.raccrochage.calls;

import fr.raccrochage.core.cases.CaseStatus;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;

/**
 * Who is called in a wave (the identity issue's policy). In order, the first rule that applies wins:
 * <ol>
 *   <li>an opposition (table {@code opposition}, or a partner's known case OPPOSITION): never called,
 *       in any wave;
 *   <li>followed by a partner (known case SUIVI): not called, the partner is named so that it can be
 *       told the young person was on the list;
 *   <li>known in a solution within {@code enSolutionMois} before the start of the calls (a partner's
 *       known case, or an earlier wave's case closed EN_SOLUTION): not called;
 *   <li>reached in an earlier wave with another final outcome (ORIENTE_ML, ORIENTE_CIO, REFUS,
 *       DEMENAGE) within {@code issueAnterieureMois}: not called again so soon (a refusal is respected,
 *       a referral is the partner's to follow, a move out of the region is still likely true);
 *   <li>age outside the configured range (flag HORS_AGE of the record used for the person): not called
 *       unless the policy says APPELER, as the scheme targets 16–25 year olds;
 * </ol>
 * Young people unreachable in an earlier wave (INJOIGNABLE, SANS_NUMERO) are called again: a new list
 * often brings new numbers.
 */
final class CallPolicy {

    static final Set<CaseStatus> EARLIER_FINAL = Set.of(CaseStatus.ORIENTE_ML, CaseStatus.ORIENTE_CIO, CaseStatus.REFUS,
            CaseStatus.DEMENAGE);
    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final CallsProperties.Policy policy;

    CallPolicy(CallsProperties.Policy policy) {
        this.policy = policy;
    }

    Optional<Exclusion> exclusion(WavePerson person, PersonHistory history, LocalDate start) {
        if (history.opposition().isPresent()) {
            PersonHistory.Opposition o = history.opposition().get();
            return Optional.of(new Exclusion(Exclusion.OPPOSITION, null,
                    "opposition depuis le " + FRENCH.format(o.since()) + " (" + o.origin() + ")"));
        }
        Optional<PersonHistory.KnownCase> known = latest(history, "OPPOSITION");
        if (known.isPresent()) {
            return Optional.of(new Exclusion(Exclusion.OPPOSITION, null, "opposition signalée le "
                    + FRENCH.format(known.get().date()) + " (" + source(known.get()) + ")"));
        }
        known = latest(history, "SUIVI");
        if (known.isPresent()) {
            return Optional.of(new Exclusion(Exclusion.SUIVI_PARTENAIRE, known.get().partnerId(), "suivi par "
                    + known.get().partnerId() + " depuis le " + FRENCH.format(known.get().date()) + " ("
                    + source(known.get()) + ")"));
        }
        LocalDate solutionSince = start.minusMonths(policy.enSolutionMois());
        known = latest(history, "EN_SOLUTION").filter(k -> within(k.date(), solutionSince, start));
        if (known.isPresent()) {
            return Optional.of(new Exclusion(Exclusion.EN_SOLUTION_RECENT, null, "en solution le "
                    + FRENCH.format(known.get().date()) + " (" + source(known.get()) + ")"));
        }
        Optional<PersonHistory.EarlierCase> earlier = history.earlierCases().stream()
                .filter(c -> c.status() == CaseStatus.EN_SOLUTION && within(c.date(), solutionSince, start))
                .max(Comparator.comparing(PersonHistory.EarlierCase::date));
        if (earlier.isPresent()) {
            return Optional.of(new Exclusion(Exclusion.EN_SOLUTION_RECENT, null, describe(earlier.get())));
        }
        LocalDate outcomeSince = start.minusMonths(policy.issueAnterieureMois());
        earlier = history.earlierCases().stream()
                .filter(c -> EARLIER_FINAL.contains(c.status()) && within(c.date(), outcomeSince, start))
                .max(Comparator.comparing(PersonHistory.EarlierCase::date));
        if (earlier.isPresent()) {
            return Optional.of(new Exclusion(Exclusion.ISSUE_ANTERIEURE, null, describe(earlier.get())));
        }
        if (person.outOfAge() && policy.horsAge() == CallsProperties.OutOfAgeRule.EXCLURE) {
            return Optional.of(new Exclusion(Exclusion.HORS_AGE, null,
                    "né(e) le " + FRENCH.format(person.identity().birthDate()) + ", hors de la tranche d'âge du dispositif"));
        }
        return Optional.empty();
    }

    private static Optional<PersonHistory.KnownCase> latest(PersonHistory history, String status) {
        return history.knownCases().stream().filter(k -> k.status().equals(status))
                .max(Comparator.comparing(PersonHistory.KnownCase::date));
    }

    /** In [since, start], both days included; a date after the start of the calls is not "before". */
    private static boolean within(LocalDate date, LocalDate since, LocalDate start) {
        return date != null && !date.isBefore(since) && !date.isAfter(start);
    }

    private static String source(PersonHistory.KnownCase k) {
        return "liste des cas connus " + k.file() + " ligne " + k.line();
    }

    private static String describe(PersonHistory.EarlierCase c) {
        return c.status() + " le " + FRENCH.format(c.date()) + " (vague " + c.waveId() + ")";
    }
}
