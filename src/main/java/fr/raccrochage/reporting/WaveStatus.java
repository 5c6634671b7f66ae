package fr.raccrochage.reporting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * Where one wave stands, for the operator's screen ({@code vague etat}).
 *
 * @param casesByStatus call cases per {@code dossier_appel.statut}, an exclusion named by its reason
 * @param attemptsToday attempts planned on the day of the status, plus those already reported that day
 * @param reached young people for whom someone answered at least once (as the report counts them)
 * @param pendingDuplicates pairs of young people still to settle (this wave; identity.PairReview#pendingDuplicates)
 * @param pendingKnownCases known-case lines that may name a registered young person, to check (all waves)
 * @param nextDailyList the next day from the status day with attempts planned, and how many; null if none
 */
public record WaveStatus(String waveId, LocalDateTime createdAt, LocalDate day, int records, int rejectedRecords,
        int sieiFiles, int youngPeople, int unlinkedRecords, int cases, Map<String, Integer> casesByStatus,
        LocalDate callsFrom, LocalDate callsTo, int attemptsDone, int attemptsPlanned, int attemptsToday, int reached,
        int rejectedResults, int pendingDuplicates, int pendingKnownCases, List<LastImport> lastImports,
        DailyList nextDailyList, LocalDate closedOn, int referrals, int sentToPartners, Phase phase) {

    /** The latest file of one kind. */
    public record LastImport(String kind, String name, LocalDateTime at) {
    }

    public record DailyList(LocalDate day, int attempts) {
    }

    /** Where the wave is in its life, from what its tables hold. */
    public enum Phase {
        A_DEDOUBLONNER("à dédoublonner"),
        A_PLANIFIER("à planifier"),
        EN_APPELS("en appels"),
        APPELS_FINIS("appels finis, à clôturer"),
        CLOTUREE("clôturée"),
        PURGEE("purgée");

        private final String label;

        Phase(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public WaveStatus {
        casesByStatus = Map.copyOf(casesByStatus);
        lastImports = List.copyOf(lastImports);
    }
}
