package fr.raccrochage.reporting;

import fr.raccrochage.calls.CallOutcome;
import fr.raccrochage.calls.TimeSlot;
import fr.raccrochage.core.cases.CaseStatus;
import fr.raccrochage.core.inbound.ReceivedFiles;
import fr.raccrochage.reporting.ReportFigures.Feedback;
import fr.raccrochage.reporting.ReportFigures.PartnerRouting;
import fr.raccrochage.reporting.ReportFigures.Referrals;
import fr.raccrochage.reporting.ReportFigures.SlotKey;
import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import fr.raccrochage.core.RaccrochageProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads the figures of a wave from the tables of the earlier stages. Joins that would need an
 * index the import leaves out on purpose (SIEI record by file and line) are done in memory, one
 * scan per table and wave: a wave is some thousands of young people.
 */
@Repository
class JdbcReportDao {

    /** Partner feedback statuses meaning the young person was reached by the partner. */
    static final String NO_DEPARTEMENT = "inconnu";
    /** Sorts after the region's départements, before the unknown commune. */
    static final String OUT_OF_REGION = "hors-region";
    static final SlotKey OUTSIDE_SLOTS = new SlotKey(TimeSlot.values().length, "HORS_CRENEAU");

    private static final Set<CallOutcome> CONTACT_OUTCOMES = EnumSet.noneOf(CallOutcome.class);

    static {
        for (CallOutcome outcome : CallOutcome.values()) {
            if (outcome.isContact()) {
                CONTACT_OUTCOMES.add(outcome);
            }
        }
    }

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final String region;

    JdbcReportDao(JdbcTemplate jdbc, NamedParameterJdbcTemplate named, RaccrochageProperties properties) {
        this.jdbc = jdbc;
        this.named = named;
        this.region = properties.region();
    }

    /** Every wave with its dates, oldest first (ties by id). */
    List<WaveDates> waves() {
        return jdbc.query("""
                SELECT v.id, v.cree_le, MIN(d.debut) AS debut
                FROM vague v LEFT JOIN dossier_appel d ON d.vague_id = v.id
                GROUP BY v.id, v.cree_le
                """, (rs, n) -> {
                    Date start = rs.getDate("debut");
                    return start != null ? new WaveDates(rs.getString("id"), start.toLocalDate(), true)
                            : new WaveDates(rs.getString("id"), rs.getTimestamp("cree_le").toLocalDateTime().toLocalDate(), false);
                }).stream()
                .sorted(Comparator.comparing(WaveDates::start).thenComparing(WaveDates::waveId))
                .toList();
    }

    Optional<WaveDates> wave(String waveId) {
        return waves().stream().filter(w -> w.waveId().equals(waveId)).findFirst();
    }

    /** Distinct young people listed in these waves (one person listed in two waves counts once). */
    long distinctPersons(Collection<String> waveIds) {
        return named.queryForObject("SELECT COUNT(DISTINCT personne_id) FROM siei_lien_personne WHERE vague_id IN (:waves)",
                Map.of("waves", waveIds), Long.class);
    }

    /** The figures of one wave; {@code asOf} decides which referral deadlines have passed. */
    ReportFigures figures(String waveId, LocalDate asOf) {
        ReportFigures figures = new ReportFigures();
        figures.records = jdbc.queryForObject(ReceivedFiles.WAVE_RECORD_COUNT, Long.class, waveId);
        figures.persons = distinctPersons(List.of(waveId));
        readCases(waveId, figures);
        readAttempts(waveId, figures);
        readRouting(waveId, asOf, figures);
        return figures;
    }

    private void readCases(String waveId, ReportFigures figures) {
        Map<Long, String> departementByPerson = departementByPerson(waveId);
        jdbc.query("SELECT personne_id, statut FROM dossier_appel WHERE vague_id = ?", rs -> {
            CaseStatus outcome = Outcomes.of(rs.getString("statut"));
            figures.outcomes.add(outcome, 1);
            String departement = departementByPerson.getOrDefault(rs.getLong("personne_id"), NO_DEPARTEMENT);
            figures.outcomesByDepartement.computeIfAbsent(departement, d -> new Counts<>()).add(outcome, 1);
        }, waveId);
    }

    /**
     * The département of each person's residence in this wave: from the first of its records
     * (file, line order) with a resolved residence.
     */
    private Map<Long, String> departementByPerson(String waveId) {
        // Young people living outside the region are a handful spread over many départements: one row.
        java.util.Set<String> regionDepartements = new java.util.HashSet<>(jdbc.queryForList(
                "SELECT DISTINCT departement FROM commune WHERE region = ?", String.class, region));
        Map<String, String> residenceByRecord = new HashMap<>();
        jdbc.query("SELECT fichier_id, ligne, code_insee_residence FROM siei_enregistrement "
                + "WHERE vague_id = ? AND code_insee_residence IS NOT NULL", rs -> {
                    residenceByRecord.put(rs.getLong(1) + ":" + rs.getInt(2), rs.getString(3));
                }, waveId);
        Map<Long, String> departements = new HashMap<>();
        jdbc.query("SELECT personne_id, fichier_id, ligne FROM siei_lien_personne WHERE vague_id = ? "
                + "ORDER BY fichier_id, ligne", rs -> {
                    String code = residenceByRecord.get(rs.getLong(2) + ":" + rs.getInt(3));
                    if (code != null) {
                        String departement = departementOf(code);
                        departements.putIfAbsent(rs.getLong(1), regionDepartements.contains(departement)
                                || NO_DEPARTEMENT.equals(departement) ? departement : OUT_OF_REGION);
                    }
                }, waveId);
        return departements;
    }

    /** The département of a commune code: three characters overseas (97x), else two (2A, 2B included). */
    static String departementOf(String codeInsee) {
        String code = codeInsee.strip();
        if (code.length() < 2) {
            return NO_DEPARTEMENT;
        }
        return code.startsWith("97") && code.length() >= 3 ? code.substring(0, 3) : code.substring(0, 2);
    }

    private void readAttempts(String waveId, ReportFigures figures) {
        Set<String> called = new HashSet<>();
        Set<String> reached = new HashSet<>();
        jdbc.query("""
                SELECT r.id_appel, r.tentative, r.date_appel, r.resultat
                FROM resultat_appel r JOIN dossier_appel d ON d.id_appel = r.id_appel
                WHERE d.vague_id = ?
                """, rs -> {
                    String caseId = rs.getString(1);
                    LocalDateTime when = rs.getTimestamp(3).toLocalDateTime();
                    boolean contact = CallOutcome.parse(rs.getString(4)).map(CONTACT_OUTCOMES::contains).orElse(false);
                    called.add(caseId);
                    if (contact) {
                        reached.add(caseId);
                    }
                    figures.byAttempt.computeIfAbsent(rs.getInt(2), k -> new Tally()).count(contact);
                    figures.byDay.computeIfAbsent(when.getDayOfWeek(), k -> new Tally()).count(contact);
                    SlotKey slot = TimeSlot.of(when).map(s -> new SlotKey(s.ordinal(), s.name())).orElse(OUTSIDE_SLOTS);
                    figures.bySlot.computeIfAbsent(slot, k -> new Tally()).count(contact);
                }, waveId);
        figures.called = called.size();
        figures.reached = reached.size();
    }

    private record Routing(String caseId, String partnerId, String motif, LocalDate deadline, String codeInsee) {
    }

    private record PartnerFeedback(String status, LocalDate date) {
    }

    private void readRouting(String waveId, LocalDate asOf, ReportFigures figures) {
        Map<String, String[]> directory = partnerDirectory();
        List<Routing> routings = jdbc.query("""
                SELECT o.id_appel, o.partenaire_id, o.motif, o.date_limite_rappel, o.code_insee
                FROM orientation o JOIN dossier_appel d ON d.id_appel = o.id_appel
                WHERE d.vague_id = ?
                """, (rs, n) -> {
                    Date deadline = rs.getDate(4);
                    return new Routing(rs.getString(1), rs.getString(2), rs.getString(3),
                            deadline == null ? null : deadline.toLocalDate(), rs.getString(5));
                }, waveId);
        // (case, partner) -> that partner's feedback on the case
        Map<String, List<PartnerFeedback>> feedback = new HashMap<>();
        jdbc.query("""
                SELECT f.id_appel, f.partenaire_id, f.statut, f.date_statut
                FROM retour_partenaire f JOIN dossier_appel d ON d.id_appel = f.id_appel
                WHERE d.vague_id = ?
                """, rs -> {
                    feedback.computeIfAbsent(rs.getString(1) + "|" + rs.getString(2), k -> new ArrayList<>())
                            .add(new PartnerFeedback(rs.getString(3), rs.getDate(4).toLocalDate()));
                }, waveId);

        for (Routing routing : routings) {
            // A partner gone from the directory since: its département is the one of the commune it was given.
            String[] partner = directory.getOrDefault(routing.partnerId(),
                    new String[] {"", routing.partnerId(),
                            routing.codeInsee() == null ? NO_DEPARTEMENT : departementOf(routing.codeInsee())});
            PartnerRouting row = figures.partners.computeIfAbsent(routing.partnerId(),
                    id -> new PartnerRouting(id, partner[0], partner[1], partner[2]));
            row.byMotif.add(routing.motif(), 1);
            List<PartnerFeedback> answers = feedback.getOrDefault(routing.caseId() + "|" + routing.partnerId(), List.of());
            if (routing.deadline() != null) {
                countReferral(routing.deadline(), answers, asOf, row.referrals);
                countReferral(routing.deadline(), answers, asOf, figures.referrals);
            }
        }
    }

    private static void countReferral(LocalDate deadline, List<PartnerFeedback> answers, LocalDate asOf, Referrals referrals) {
        referrals.total++;
        Optional<LocalDate> first = answers.stream().map(PartnerFeedback::date).min(Comparator.naturalOrder());
        if (first.isPresent()) {
            if (first.get().isAfter(deadline)) {
                referrals.late++;
            } else {
                referrals.inTime++;
            }
        } else if (asOf.isAfter(deadline)) {
            referrals.overdue++;
        } else {
            referrals.pending++;
        }
    }

    /**
     * Partner id -> {type, name, département}, from the directory loaded with the communes it
     * covers; a partner covering communes of several départements belongs to the one where it
     * covers the most (the lower code on a tie).
     */
    private Map<String, String[]> partnerDirectory() {
        Map<String, String[]> directory = new HashMap<>();
        Map<String, Integer> communes = new HashMap<>();
        jdbc.query("""
                SELECT partenaire_id, type, nom, departement, COUNT(*) FROM partenaire_commune
                GROUP BY partenaire_id, type, nom, departement ORDER BY partenaire_id, departement""",
                rs -> {
                    String id = rs.getString(1);
                    int covered = rs.getInt(5);
                    if (!directory.containsKey(id) || covered > communes.get(id)) {
                        directory.put(id, new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
                        communes.put(id, covered);
                    }
                });
        return directory;
    }
}
