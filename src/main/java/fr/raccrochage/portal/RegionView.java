package fr.raccrochage.portal;

import fr.raccrochage.core.privacy.OperatorJournal;
import fr.raccrochage.core.privacy.OperatorJournal.Channel;
import fr.raccrochage.core.privacy.OutputGate;
import fr.raccrochage.partners.FeedbackReportService;
import fr.raccrochage.partners.OverdueReferral;
import fr.raccrochage.partners.PartnerFigures;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/** The Region's read-only view: each partner's progress (as {@code retours bilan}) and the overdue referrals. */
@Service
public class RegionView {

    /** One partner's line: its figures over all waves and its overdue referrals now. */
    public record PartnerProgress(PartnerFigures figures, long overdue) {
    }

    private final FeedbackReportService reports;
    private final JdbcPortalDao dao;
    private final OutputGate gate;
    private final OperatorJournal journal;

    public RegionView(FeedbackReportService reports, JdbcPortalDao dao, OutputGate gate, OperatorJournal journal) {
        this.reports = reports;
        this.dao = dao;
        this.gate = gate;
        this.journal = journal;
    }

    /** Per wave and partner (the wave's total line last), with the partner's overdue count. */
    public List<PartnerProgress> progress(LocalDate today) {
        List<OverdueReferral> overdue = overdue(today);
        Map<String, Long> late = new TreeMap<>();
        overdue.forEach(o -> late.merge(o.waveId() + '\u0000' + o.partnerId(), 1L, Long::sum));
        return reports.figures(null).stream().map(f -> new PartnerProgress(f, f.partnerId() == null
                ? overdue.stream().filter(o -> o.waveId().equals(f.waveId())).count()
                : late.getOrDefault(f.waveId() + '\u0000' + f.partnerId(), 0L))).toList();
    }

    /** Overdue referrals (identifiers only, no personal data), without objected or erased young people. */
    public List<OverdueReferral> overdue(LocalDate today) {
        List<OverdueReferral> all = reports.overdue(null, today);
        Map<String, Long> persons = dao.persons(all.stream().map(OverdueReferral::idAppel).distinct().toList());
        Set<Long> barred = gate.barred(persons.values());
        return all.stream().filter(o -> !barred.contains(persons.get(o.idAppel()))).toList();
    }

    public List<OverdueReferral> overdueShown(Account account, LocalDate today) {
        List<OverdueReferral> overdue = overdue(today);
        journal.record(new OperatorJournal.Entry(account.email(), Channel.PORTAIL, "PORTAIL_RETARDS", null, "region",
                overdue.size() + " orientations"));
        return overdue;
    }
}
