package fr.raccrochage.reporting;

import fr.raccrochage.core.cases.CaseStatus;
import java.time.DayOfWeek;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of one wave, or of several waves added together (a year). Every figure is a count
 * that adds up across waves (a call case belongs to one wave), so the year's figures are the
 * sum of its waves' ones; only the number of distinct young people is counted again over the
 * whole scope, since one young person can be listed in several waves.
 */
final class ReportFigures {

    /** Routing of one partner: cases sent per motif and how its referrals with a deadline were handled. */
    static final class PartnerRouting {
        final String partnerId;
        String type;
        String name;
        /** The département of the communes it covers (the most of them), the report's grouping. */
        String departement;
        final Counts<String> byMotif = new Counts<>();
        final Referrals referrals = new Referrals();

        PartnerRouting(String partnerId, String type, String name, String departement) {
            this.partnerId = partnerId;
            this.type = type;
            this.name = name;
            this.departement = departement;
        }

        void addAll(PartnerRouting other) {
            byMotif.addAll(other.byMotif);
            referrals.addAll(other.referrals);
        }
    }

    /**
     * Referrals with a callback deadline (date_limite_rappel, referral + 15 days): handled when the
     * partner sent any feedback on the young person, in time when its first feedback is dated on or
     * before the deadline.
     */
    static final class Referrals {
        long total;
        long inTime;
        long late;
        long overdue;
        long pending;

        void addAll(Referrals other) {
            total += other.total;
            inTime += other.inTime;
            late += other.late;
            overdue += other.overdue;
            pending += other.pending;
        }
    }

    /** Young people routed for one motif and what partners reported about them. */
    static final class Feedback {
        long routed;
        long contacted;
        long supported;
        long positiveExit;

        void addAll(Feedback other) {
            routed += other.routed;
            contacted += other.contacted;
            supported += other.supported;
            positiveExit += other.positiveExit;
        }
    }

    long records;
    long persons;
    long called;
    long reached;
    final Counts<CaseStatus> outcomes = new Counts<>();
    /** Département of residence -> outcomes. */
    final Map<String, Counts<CaseStatus>> outcomesByDepartement = new TreeMap<>();
    final Map<Integer, Tally> byAttempt = new TreeMap<>();
    final Map<DayOfWeek, Tally> byDay = new TreeMap<>();
    /** By TimeSlot, or {@link JdbcReportDao#OUTSIDE_SLOTS}. */
    final Map<SlotKey, Tally> bySlot = new TreeMap<>();
    final Map<String, PartnerRouting> partners = new TreeMap<>();
    final Referrals referrals = new Referrals();
    /** Orientation motif -> feedback, plus {@link #ALL_MOTIFS}. */
    final Map<String, Feedback> feedback = new TreeMap<>();

    static final String ALL_MOTIFS = "ENSEMBLE";

    /** A TimeSlot, or none for an attempt outside the calling slots; sorts in the slots' order. */
    record SlotKey(int order, String name) implements Comparable<SlotKey> {
        @Override
        public int compareTo(SlotKey other) {
            return Integer.compare(order, other.order);
        }
    }

    long cases() {
        return outcomes.total();
    }

    long reachedOutcomes() {
        return Outcomes.reached().stream().mapToLong(outcomes::get).sum();
    }

    long unreachable() {
        return outcomes.get(CaseStatus.INJOIGNABLE) + outcomes.get(CaseStatus.SANS_NUMERO);
    }

    /** The young people the call centre had to call: every case but those excluded before calling. */
    long toCall() {
        return cases() - outcomes.get(CaseStatus.EXCLU);
    }

    long referred() {
        return outcomes.get(CaseStatus.ORIENTE_ML) + outcomes.get(CaseStatus.ORIENTE_CIO);
    }

    Feedback feedbackOf(String motif) {
        return feedback.computeIfAbsent(motif, m -> new Feedback());
    }

    /** Adds another wave's figures (the distinct persons excepted, see the class comment). */
    void addAll(ReportFigures other) {
        records += other.records;
        called += other.called;
        reached += other.reached;
        outcomes.addAll(other.outcomes);
        other.outcomesByDepartement.forEach((d, c) -> outcomesByDepartement.computeIfAbsent(d, k -> new Counts<>()).addAll(c));
        other.byAttempt.forEach((k, t) -> byAttempt.computeIfAbsent(k, x -> new Tally()).addAll(t));
        other.byDay.forEach((k, t) -> byDay.computeIfAbsent(k, x -> new Tally()).addAll(t));
        other.bySlot.forEach((k, t) -> bySlot.computeIfAbsent(k, x -> new Tally()).addAll(t));
        other.partners.forEach((id, p) -> partners.computeIfAbsent(id, x -> new PartnerRouting(id, p.type, p.name, p.departement))
                .addAll(p));
        referrals.addAll(other.referrals);
        other.feedback.forEach((m, f) -> feedbackOf(m).addAll(f));
    }
}
