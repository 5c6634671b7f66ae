package fr.raccrochage.calls;

import fr.raccrochage.calls.JdbcCaseMergeDao.StoredCase;
import fr.raccrochage.core.cases.CaseStatus;
import fr.raccrochage.core.privacy.Oppositions;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * What the calls stage does when an operator says two young people are one ({@code doublons
 * decider}, MEME), in the caller's transaction: in each wave where both have a case, the absorbed
 * case's attempts done move to the kept case (they count towards its ten), its numbers are added,
 * its planned attempts are given back to the daily capacity, an exclusion (opposition, partner
 * follow-up…) is carried over, and the absorbed case is closed as {@value #DOUBLON}; the wave's open
 * cases are then re-planned together. Where only the absorbed person has a case, the case simply
 * changes person. Exports already sent for the absorbed case are reported, not recalled.
 */
@Service
public class CaseMergeService {

    /** The exclusion of a case closed because its young person was merged into another. */
    public static final String DOUBLON = "DOUBLON";

    private final JdbcCaseMergeDao merges;
    private final JdbcCallsDao dao;
    private final CallCaseChanges changes;
    private final CallResultImportService results;
    private final Oppositions oppositions;

    CaseMergeService(JdbcCaseMergeDao merges, JdbcCallsDao dao, CallCaseChanges changes,
            CallResultImportService results, Oppositions oppositions) {
        this.merges = merges;
        this.dao = dao;
        this.changes = changes;
        this.results = results;
        this.oppositions = oppositions;
    }

    /** @return what changed, in French, one sentence a case */
    public List<String> mergePersons(long kept, long absorbed) {
        List<String> notes = new ArrayList<>();
        for (StoredCase gone : merges.cases(absorbed)) {
            List<StoredCase> keptCases = merges.cases(kept, gone.wave());
            notes.addAll(merges.exportsSent(gone.id()));
            if (keptCases.isEmpty()) {
                merges.movePerson(gone.id(), kept);
                notes.add("vague %s : le dossier %s passe au jeune n° %d".formatted(gone.wave(), gone.id(), kept));
                continue;
            }
            StoredCase keep = keptCases.get(0);
            int moved = merges.moveResults(gone.id(), keep.id());
            merges.addNumbers(gone.id(), keep.id());
            releasePlanned(gone);
            if (gone.status() == CaseStatus.EXCLU && keep.status() != CaseStatus.EXCLU && !DOUBLON.equals(gone.exclusion())) {
                releasePlanned(keep);
                merges.exclude(keep.id(), gone.exclusion(), gone.partner(), "reportée du dossier " + gone.id()
                        + (gone.details() == null ? "" : " : " + gone.details()));
                notes.add("vague %s : exclusion %s du dossier %s reportée sur %s".formatted(gone.wave(),
                        gone.exclusion(), gone.id(), keep.id()));
            } else if (keep.status() == CaseStatus.SANS_NUMERO && merges.hasNumbers(keep.id())) {
                merges.reopenWithNumbers(keep.id());
            }
            merges.closeAsDuplicate(gone.id(), "même jeune que le dossier " + keep.id());
            restoreStatus(keep);
            int replanned = results.replanOpenCases(gone.wave(), LocalDateTime.now());
            notes.add("vague %s : dossier %s fusionné dans %s (%d tentative(s) faite(s) reprise(s)), %d dossier(s) "
                    .formatted(gone.wave(), gone.id(), keep.id(), moved, replanned) + "ouvert(s) replanifié(s)");
        }
        return notes;
    }

    /**
     * After an undone merge: the absorbed young person's cases closed as {@value #DOUBLON} open again
     * (the attempts moved to the kept case stay there) and their waves are re-planned.
     */
    public List<String> reopenAfterSplit(long absorbed) {
        List<String> notes = new ArrayList<>();
        for (StoredCase c : merges.cases(absorbed)) {
            if (!DOUBLON.equals(c.exclusion())) {
                continue;
            }
            merges.reopen(c.id(), merges.hasNumbers(c.id()) ? CaseStatus.A_APPELER : CaseStatus.SANS_NUMERO);
            results.replanOpenCases(c.wave(), LocalDateTime.now());
            notes.add("vague %s : dossier %s rouvert".formatted(c.wave(), c.id()));
        }
        return notes;
    }

    /** The case's planned attempts removed, their capacity given back through the capacity ledger. */
    private void releasePlanned(StoredCase c) {
        dao.period(c.wave()).ifPresent(period -> changes.givePlansBack(c.id(), period));
    }

    /** The kept case's status from all its results now (a final outcome of the absorbed case closes it). */
    private void restoreStatus(StoredCase keep) {
        dao.callableCases(keep.wave()).stream().filter(c -> c.id().value().equals(keep.id())).findFirst()
                .map(WaveCase::rebuild).ifPresent(c -> c.store(dao, oppositions));
    }
}
