package fr.raccrochage.portal;

import fr.raccrochage.core.privacy.OperatorJournal;
import fr.raccrochage.core.privacy.OperatorJournal.Channel;
import fr.raccrochage.core.privacy.OutputGate;
import fr.raccrochage.partners.FeedbackReportService;
import fr.raccrochage.partners.FeedbackRule;
import fr.raccrochage.partners.PartnerArchives;
import fr.raccrochage.partners.PartnerExportService;
import fr.raccrochage.partners.PartnerExportService.SentRow;
import fr.raccrochage.partners.PartnerExportService.SentRows;
import fr.raccrochage.partners.PartnerFigures;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import com.opencsv.CSVWriter;
import com.opencsv.CSVWriterBuilder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What one partner account sees and does: its referrals, one young person's page, feedback, its
 * export and figures. The partner id always comes from the account, every young person shown
 * passes the output gate, and every page showing one and every download is journaled.
 */
@Service
public class PartnerSpace {

    /** A page of the list. */
    public record ReferralPage(List<ReferralLine> lines, int total, int page, int pages) {
    }

    /** A young person's page: the referral, exactly the export's fields, the feedback recorded. */
    public record YoungPersonFile(ReferralLine referral, List<String> columns, List<String> values,
            List<Map<String, Object>> feedback) {
    }

    /** The partner's figures: per wave as in {@code retours bilan}, and the share contacted by the deadline. */
    public record Figures(List<PartnerFigures> waves, int withDeadline, int contactedInTime) {

        public double inTimeShare() {
            return withDeadline == 0 ? 0 : (double) contactedInTime / withDeadline;
        }
    }

    /** The export as a file to download. */
    public record Download(String fileName, byte[] content, int rows) {
    }

    private final JdbcPortalDao dao;
    private final OutputGate gate;
    private final OperatorJournal journal;
    private final PartnerExportService exports;
    private final FeedbackRule feedbackRule;
    private final FeedbackReportService reports;
    private final PartnerArchives archives;

    public PartnerSpace(JdbcPortalDao dao, OutputGate gate, OperatorJournal journal, PartnerExportService exports,
            FeedbackRule feedbackRule, FeedbackReportService reports, PartnerArchives archives) {
        this.archives = archives;
        this.dao = dao;
        this.gate = gate;
        this.journal = journal;
        this.exports = exports;
        this.feedbackRule = feedbackRule;
        this.reports = reports;
    }

    public ReferralPage referrals(Account account, String search, int page) {
        String partner = partnerOf(account);
        String query = search == null || search.isBlank() ? null : search.strip();
        int total = dao.count(partner, query);
        int pages = Math.max(1, (total + JdbcPortalDao.PAGE_SIZE - 1) / JdbcPortalDao.PAGE_SIZE);
        int current = Math.min(Math.max(0, page), pages - 1);
        List<ReferralLine> lines = dao.referrals(partner, query, current);
        Set<Long> barred = gate.barred(lines.stream().map(ReferralLine::personId).toList());
        List<ReferralLine> shown = lines.stream().filter(l -> !barred.contains(l.personId())).toList();
        journal.record(new OperatorJournal.Entry(account.email(), Channel.PORTAIL, "PORTAIL_LISTE", null, partner,
                query == null ? "page " + (current + 1) : "recherche"));
        return new ReferralPage(shown, total - barred.size(), current, pages);
    }

    /** @throws NotInScope for anything but one of this partner's young people that may be shown now */
    public YoungPersonFile youngPerson(Account account, String idAppel) {
        String partner = partnerOf(account);
        ReferralLine referral = visible(partner, idAppel);
        SentRows rows = exports.sentRows(partner, referral.idAppel());
        SentRow row = rows.rows().stream().findFirst().orElseThrow(NotInScope::new);
        journal.record(new OperatorJournal.Entry(account.email(), Channel.PORTAIL, "PORTAIL_PAGE_JEUNE", row.personId(),
                row.idAppel(), null));
        return new YoungPersonFile(referral, rows.header(), row.cells(), dao.feedback(partner, referral.idAppel()));
    }

    /**
     * Feedback typed on a young person's page, under the rule of {@code retours importer}; the feedback and its
     * journal entry are stored together (one transaction, one commit).
     *
     * @throws NotInScope as for the page
     * @throws PortalRefusal with the French reason when the rule refuses it; nothing is stored
     */
    @Transactional
    public FeedbackRule.Recorded recordFeedback(Account account, String idAppel, String status, String date, LocalDate today,
            LocalDateTime now) {
        String partner = partnerOf(account);
        long person = visiblePerson(partner, idAppel);
        if (date == null || date.isBlank()) {
            throw new PortalRefusal("Indiquez la date du retour.");
        }
        try {
            FeedbackRule.Recorded recorded = feedbackRule.record(idAppel, partner, status, date, today, account.id(), now);
            journal.record(new OperatorJournal.Entry(account.email(), Channel.PORTAIL, "PORTAIL_RETOUR", person, idAppel,
                    status));
            return recorded;
        } catch (IllegalArgumentException e) {
            throw new PortalRefusal(e.getMessage());
        }
    }

    /** The partner's export as it stands now (same columns and rule as the files), without barred young people. */
    public Download export(Account account, LocalDate today) {
        String partner = partnerOf(account);
        Download csv = csvNow(partner, today);
        journal.record(new OperatorJournal.Entry(account.email(), Channel.PORTAIL, "PORTAIL_TELECHARGEMENT", null,
                csv.fileName(), csv.rows() + " lignes"));
        return csv;
    }

    /**
     * The same export as an AES-256 zip archive under the partner's passphrase (the one of its
     * exported files, given by the Region by another channel: {@code partenaires secret}).
     */
    public Download exportArchive(Account account, LocalDate today) {
        String partner = partnerOf(account);
        Download csv = csvNow(partner, today);
        String fileName = csv.fileName() + ".zip";
        byte[] archive = archives.archive(partner, csv.fileName(), csv.content());
        journal.record(new OperatorJournal.Entry(account.email(), Channel.PORTAIL, "PORTAIL_TELECHARGEMENT", null, fileName,
                csv.rows() + " lignes"));
        return new Download(fileName, archive, csv.rows());
    }

    private Download csvNow(String partner, LocalDate today) {
        SentRows rows = exports.sentRows(partner, null);
        Set<Long> barred = gate.barred(rows.rows().stream().map(SentRow::personId).toList());
        List<String[]> lines = new ArrayList<>();
        for (SentRow row : rows.rows()) {
            if (!barred.contains(row.personId())) {
                lines.add(row.cells().toArray(String[]::new));
            }
        }
        String fileName = partner.replaceAll("[^A-Za-z0-9._-]", "_") + "_portail_" + today + ".csv";
        return new Download(fileName, csv(rows.header(), lines), lines.size());
    }

    public Figures figures(Account account) {
        String partner = partnerOf(account);
        List<PartnerFigures> waves = reports.figures(null).stream().filter(f -> partner.equals(f.partnerId())).toList();
        int[] inTime = dao.handledInTime(partner);
        return new Figures(waves, inTime[0], inTime[1]);
    }

    /** The person of one of this partner's referrals that may be shown now (no name read: the feedback needs none). */
    private long visiblePerson(String partner, String idAppel) {
        if (idAppel == null || idAppel.length() > 40) {
            throw new NotInScope();
        }
        long person = dao.personInScope(partner, idAppel).orElseThrow(NotInScope::new);
        if (gate.isBarred(person)) {
            throw new NotInScope();
        }
        return person;
    }

    private ReferralLine visible(String partner, String idAppel) {
        if (idAppel == null || idAppel.length() > 40) {
            throw new NotInScope();
        }
        ReferralLine referral = dao.referral(partner, idAppel).stream().findFirst().orElseThrow(NotInScope::new);
        if (gate.isBarred(referral.personId())) {
            throw new NotInScope();
        }
        return referral;
    }

    private static String partnerOf(Account account) {
        if (account.role() != Role.PARTENAIRE || account.partnerId() == null) {
            throw new NotInScope();
        }
        return account.partnerId();
    }

    /** The same French CSV as the export files (UTF-8 with BOM, semicolons). */
    private static byte[] csv(List<String> header, List<String[]> lines) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStreamWriter out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVWriter csv = (CSVWriter) new CSVWriterBuilder(out).withSeparator(';').build()) {
            out.write('\uFEFF');
            csv.writeNext(header.toArray(String[]::new), false);
            for (String[] line : lines) {
                csv.writeNext(line, false);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
