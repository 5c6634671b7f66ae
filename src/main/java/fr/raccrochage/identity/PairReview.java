package fr.raccrochage.identity;

import fr.raccrochage.identity.JdbcReviewDao.Decided;
import fr.raccrochage.identity.JdbcReviewDao.Fusion;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Identity's part of the review: the pairs still to settle, and what a decision does to the
 * registry (links, known-case lines, decisions, precautionary oppositions). What a merge does to the
 * later stages (call cases) is their business: the review service downstream orchestrates both, in
 * one transaction.
 *
 * <p>Rules: {@code MEME} keeps the older person (the lower id) and moves the other's records onto
 * it; {@code DIFFERENT} keeps them apart for good (a pending pair of two persons decided different is
 * never listed again, in any wave) and undoes an earlier {@code MEME} on the same pair. Deciding again
 * replaces the decision.
 */
@Service
public class PairReview {

    public enum Verdict { MEME, DIFFERENT }

    /**
     * Where a pair stands now.
     *
     * @param personA the first side's person now (after a merge both sides are the kept person)
     * @param decided the decision recorded on it, or null
     */
    public record PairState(PairKey key, long personA, long personB, Verdict decided) {

        public boolean merged() {
            return personA == personB;
        }
    }

    /** What a decision changed in the registry. */
    public record Applied(Verdict verdict, long kept, long absorbed, boolean undone, List<String> notes) {
    }

    private final JdbcReviewDao dao;

    PairReview(JdbcReviewDao dao) {
        this.dao = dao;
    }

    public List<PendingPair> pending(String waveId) {
        return dao.pending(waveId);
    }

    public int pendingCount(String waveId) {
        return dao.pendingCount(waveId);
    }

    /**
     * The wave's possible duplicates, the one definition every count uses: pairs of two different
     * young people, linked to SIEI records of the wave, that no one has decided yet; several record
     * pairs of the same two young people count once. Exactly the {@code D-} rows of
     * {@code doublons a-verifier}.
     */
    public int pendingDuplicates(String waveId) {
        return dao.pendingDuplicateCount(waveId);
    }

    /** The pair's persons and decision, or empty when the engine never listed it. */
    public Optional<PairState> state(PairKey key) {
        return dao.persons(key).map(p -> {
            Optional<Decided> decided = p[0] == p[1] ? dao.decisionOfPair(key.toString()) : dao.decision(p[0], p[1]);
            long a = p[0];
            long b = p[1];
            if (p[0] == p[1] && decided.isPresent()) {
                a = decided.get().personA();
                b = decided.get().personB();
            }
            return new PairState(key, a, b, decided.map(d -> Verdict.valueOf(d.decision())).orElse(null));
        });
    }

    /** Same young person: the younger record's person is merged into the older one. */
    public Applied same(PairState pair, String operator) {
        long kept = Math.min(pair.personA(), pair.personB());
        long absorbed = Math.max(pair.personA(), pair.personB());
        List<String> notes = new java.util.ArrayList<>();
        if (!pair.merged()) {
            dao.merge(kept, absorbed, pair.key().toString());
        }
        dao.recordDecision(kept, absorbed, Verdict.MEME.name(), pair.key().toString(), operator);
        return new Applied(Verdict.MEME, kept, absorbed, false, notes);
    }

    /** Two young people: apart for good; an earlier merge of the pair is undone. */
    public Applied different(PairState pair, String operator) {
        boolean undone = false;
        Optional<Fusion> fusion = dao.openFusion(pair.personA(), pair.personB());
        if (fusion.isPresent()) {
            dao.undo(fusion.get());
            undone = true;
        }
        dao.recordDecision(pair.personA(), pair.personB(), Verdict.DIFFERENT.name(), pair.key().toString(), operator);
        long kept = Math.min(pair.personA(), pair.personB());
        long other = Math.max(pair.personA(), pair.personB());
        return new Applied(Verdict.DIFFERENT, kept, other, undone, List.of());
    }

    /** The person's opposition's origin, if any. */
    public Optional<String> opposition(long person) {
        return dao.opposition(person);
    }

    /**
     * Whether an undecided pair still joins the person to a young person who really objected: a
     * precaution on them stays until that pair is reviewed too.
     */
    public boolean mayStillBeOpposed(long person) {
        return dao.stillMayBeOpposed(person);
    }
}
