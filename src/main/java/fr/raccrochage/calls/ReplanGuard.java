package fr.raccrochage.calls;

import fr.raccrochage.core.text.FrenchFormat;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The check a re-plan after a results import must pass before it is kept: one wrong line (a call
 * dated days ahead, say) re-plans every open case after it, so a re-plan that pushes more than a
 * set share of the wave's planned attempts back by more than {@value #DELAY_DAYS} days, or that
 * leaves the next calling day without any attempt of the wave, is held for an operator instead of
 * being written. Only the cases the file says nothing about are looked at: a callback asked for
 * next week rightly moves its own case. An ordinary day's re-plan moves many attempts by a day or two (the wave's contact
 * rates change, the capacity is shared again) but few by more: at most 12 % in the demo's whole
 * calling period, against nearly all of them for a line dated two weeks ahead.
 *
 * @param maxDelayedShare the share (0 to 1) of the planned attempts that may be pushed back by
 *     more than {@value #DELAY_DAYS} days
 */
record ReplanGuard(double maxDelayedShare) {

    static final int DELAY_DAYS = 4;

    /** An attempt's place before and after the re-plan is known by its case and number. */
    record AttemptKey(String caseId, int attempt) {
    }

    /** What a re-plan did to the attempts planned before it, of the cases the file did not report on. */
    record Change(int plannedBefore, int delayed, int onNextDayBefore, int onNextDayAfter, LocalDate nextDay) {

        double delayedShare() {
            return plannedBefore == 0 ? 0 : (double) delayed / plannedBefore;
        }
    }

    static Change compare(Map<AttemptKey, LocalDate> before, Map<AttemptKey, LocalDate> after, LocalDate nextDay,
            Set<String> reportedCases) {
        int delayed = 0;
        int considered = 0;
        for (Map.Entry<AttemptKey, LocalDate> planned : before.entrySet()) {
            if (reportedCases.contains(planned.getKey().caseId())) {
                continue;
            }
            considered++;
            LocalDate now = after.get(planned.getKey());
            if (now != null && now.isAfter(planned.getValue().plusDays(DELAY_DAYS))) {
                delayed++;
            }
        }
        return new Change(considered, delayed, onDay(before, nextDay, reportedCases), onDay(after, nextDay, reportedCases),
                nextDay);
    }

    /** The French reason to hold the re-plan, or empty when it may be kept. */
    Optional<String> verdict(Change change) {
        if (change.delayedShare() > maxDelayedShare) {
            return Optional.of("la replanification repousserait de plus de " + DELAY_DAYS + " jours "
                    + FrenchFormat.count(change.delayed(), "tentative", "tentatives") + " sur "
                    + FrenchFormat.number(change.plannedBefore()) + " (" + percent(change.delayedShare())
                    + ", au-delà des " + percent(maxDelayedShare) + " admis par raccrochage.appels.part-max-repoussee)");
        }
        if (change.nextDay() != null && change.onNextDayBefore() > 0 && change.onNextDayAfter() == 0) {
            return Optional.of("la replanification viderait le prochain jour d'appels, le " + FrenchFormat.date(change.nextDay())
                    + " (" + FrenchFormat.count(change.onNextDayBefore(), "tentative prévue", "tentatives prévues") + ", 0 après)");
        }
        return Optional.empty();
    }

    private static int onDay(Map<AttemptKey, LocalDate> plan, LocalDate day, Set<String> reportedCases) {
        return day == null ? 0 : (int) plan.entrySet().stream()
                .filter(e -> day.equals(e.getValue()) && !reportedCases.contains(e.getKey().caseId())).count();
    }

    private static String percent(double share) {
        return String.format(java.util.Locale.FRANCE, "%.0f %%", share * 100);
    }
}
