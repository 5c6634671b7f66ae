package fr.raccrochage.scheduling;

import fr.raccrochage.core.inbound.FileRefusedException;
import static fr.raccrochage.core.text.FrenchFormat.count;

import fr.raccrochage.partners.ClosingSummary;
import fr.raccrochage.partners.ExportRun;
import fr.raccrochage.partners.FeedbackReportService;
import fr.raccrochage.partners.OverdueReferral;
import fr.raccrochage.partners.PartnerExportService;
import fr.raccrochage.partners.WaveClosingService;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/** The night's part of the partners: waves past their calls closed and routed, delta exports, late referrals. */
@Service
class NightPartners {

    private final WaveClosingService closing;
    private final PartnerExportService exports;
    private final FeedbackReportService feedback;
    private final JdbcNightDao dao;

    NightPartners(WaveClosingService closing, PartnerExportService exports, FeedbackReportService feedback,
            JdbcNightDao dao) {
        this.closing = closing;
        this.exports = exports;
        this.feedback = feedback;
        this.dao = dao;
    }

    NightNote closeFinishedWaves(LocalDate night) {
        List<String> lines = new ArrayList<>();
        for (String wave : dao.wavesCalledAndNotClosed(night)) {
            ClosingSummary s;
            try {
                s = closing.close(wave, night);
            } catch (FileRefusedException refused) {
                return new NightNote("Clôture et orientation", List.of(refused.getMessage()), true);
            }
            lines.add("vague %s : %s, %s fermés en INJOIGNABLE, %s".formatted(wave,
                    count(s.cases(), "dossier", "dossiers"), count(s.closedOpen(), "dossier ouvert", "dossiers ouverts"),
                    count(s.partners(), "partenaire destinataire", "partenaires destinataires")));
        }
        if (lines.isEmpty()) {
            lines.add("aucune vague dont les appels sont finis");
        }
        return new NightNote("Clôture et orientation", lines, false);
    }

    NightNote exportAndWatch(LocalDate night) {
        ExportRun run = exports.export(null, List.of(), LocalDateTime.now(), "nuit",
                fr.raccrochage.core.privacy.OperatorJournal.Channel.NUIT);
        List<String> lines = new ArrayList<>();
        lines.add(run.files().isEmpty() && run.withdrawals().isEmpty() ? "rien de nouveau à envoyer"
                : "%s, %s : %s".formatted(count(run.files().size(), "fichier", "fichiers"),
                        count(run.rows(), "jeune envoyé", "jeunes envoyés"), run.directory()));
        if (run.rerouted() > 0) {
            lines.add(count(run.rerouted(), "jeune réorienté (annuaire modifié) envoyé à son nouveau partenaire",
                    "jeunes réorientés (annuaire modifié) envoyés à leur nouveau partenaire"));
        }
        if (!run.withdrawals().isEmpty()) {
            lines.add("%s (jeunes qu'un ancien partenaire ne suit plus, annuaire modifié) : %s".formatted(
                    count(run.withdrawn(), "retrait envoyé", "retraits envoyés"),
                    String.join(", ", run.withdrawals().stream().map(w -> w.file().getFileName().toString()).toList())));
        }
        if (run.withheld() > 0) {
            lines.add(count(run.withheld(), "envoi retenu", "envois retenus")
                    + " : le partenaire ne couvre plus la commune et l'annuaire n'en donne pas d'autre, à traiter");
        }
        List<OverdueReferral> overdue = feedback.overdue(null, night);
        if (!overdue.isEmpty()) {
            lines.add("%s sans contact après le délai de rappel : %s".formatted(
                    count(overdue.size(), "orientation", "orientations"), feedback.writeOverdue(null, overdue)));
        }
        return new NightNote("Exports aux partenaires", lines, run.withheld() > 0 || !overdue.isEmpty());
    }
}
