package fr.raccrochage.review;

import fr.raccrochage.calls.CaseMergeService;
import fr.raccrochage.core.FrenchCsvFile;
import fr.raccrochage.core.SpreadsheetCells;
import fr.raccrochage.core.privacy.OperatorJournal;
import fr.raccrochage.core.privacy.OperatorJournal.Channel;
import fr.raccrochage.core.privacy.OperatorJournal.Entry;
import fr.raccrochage.core.privacy.OppositionSource;
import fr.raccrochage.core.privacy.Oppositions;
import fr.raccrochage.core.privacy.Oppositions.Kind;
import fr.raccrochage.core.text.TextKeys;
import fr.raccrochage.identity.Comparison;
import fr.raccrochage.identity.Contributions;
import fr.raccrochage.identity.IdentityProperties;
import fr.raccrochage.identity.PairKey;
import fr.raccrochage.identity.PairReview;
import fr.raccrochage.identity.PairReview.Applied;
import fr.raccrochage.identity.PairReview.PairState;
import fr.raccrochage.identity.PairReview.Verdict;
import fr.raccrochage.identity.PendingPair;
import fr.raccrochage.identity.ReviewSide;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code doublons a-verifier} and {@code doublons decider}: the review list of a wave, and the
 * operators' decisions applied across the stages, each decision in its own transaction (a re-run
 * of the same file changes nothing: a pair already decided the same way is left as it is).
 */
@Service
public class DuplicateReviewService {

    static final List<String> SIDE = List.of("jeune", "source", "fichier", "ligne", "vague", "nom", "prenom",
            "date_naissance", "adresse", "code_postal", "commune", "responsables", "ine", "telephones");

    /** The list written. */
    public record ListSummary(String waveId, int pairs, int recordPairs, int knownCaseLines, int likelySame,
            Path file) {
    }

    /** A line of the decision file that was not applied. */
    public record Rejected(int line, String reason) {
    }

    /** What {@code decider} did. */
    public record DecisionSummary(int lines, int same, int different, int pending, int unchanged, int undone,
            int precautionsLifted, int precautionsConfirmed, List<Rejected> rejected, List<String> notes) {
    }

    private final PairReview review;
    private final CaseMergeService cases;
    private final Oppositions oppositions;
    private final OperatorJournal journal;
    private final IdentityProperties identity;
    private final TransactionTemplate tx;

    public DuplicateReviewService(PairReview review, CaseMergeService cases, Oppositions oppositions,
            OperatorJournal journal, IdentityProperties identity, TransactionTemplate tx) {
        this.review = review;
        this.cases = cases;
        this.oppositions = oppositions;
        this.journal = journal;
        this.identity = identity;
        this.tx = tx;
    }

    public int pendingCount(String waveId) {
        return review.pendingCount(waveId);
    }

    /** Where the night writes a wave's review list. */
    public static Path listFile(fr.raccrochage.core.RaccrochageProperties properties, String waveId) {
        return properties.waveOutputDirectory(waveId).resolve("doublons-a-verifier.csv");
    }

    static String[] header() {
        List<String> header = new ArrayList<>(List.of("paire", "decision", "suggestion", "score"));
        for (String side : List.of("a", "b")) {
            SIDE.forEach(column -> header.add(column + "_" + side));
        }
        for (Comparison c : Comparison.values()) {
            header.add("points_" + c.name().toLowerCase(Locale.ROOT));
        }
        header.add("explication");
        return header.toArray(String[]::new);
    }

    /** Every pending pair of the wave, the most likely first, in a spreadsheet-friendly file. */
    public ListSummary writeList(String waveId, Path target) {
        List<PendingPair> pairs = new ArrayList<>(review.pending(waveId));
        // likely the same young person first, each group by score
        pairs.sort(java.util.Comparator.comparing((PendingPair p) -> !likelySame(p)));
        int[] likely = {0};
        FrenchCsvFile.write(target, header(), csv -> {
            for (PendingPair pair : pairs) {
                boolean same = likelySame(pair);
                if (same) {
                    likely[0]++;
                }
                csv.writeNext(row(pair, same), false);
            }
            return pairs.size();
        });
        int records = (int) pairs.stream().filter(p -> p.key().kind() == PairKey.Kind.D).count();
        return new ListSummary(waveId, pairs.size(), records, pairs.size() - records, likely[0], target);
    }

    /**
     * The engine's lean: a score in the merge band that was held back only because nothing confirmed
     * it, with no home or phone telling the two apart (homonyms living elsewhere lean DIFFERENT).
     */
    private boolean likelySame(PendingPair pair) {
        double[] points = Contributions.parse(pair.detail());
        return pair.score() >= identity.seuilMemePersonne() && points[Comparison.ADRESSE.ordinal()] >= 0
                && points[Comparison.TELEPHONE.ordinal()] >= 0;
    }

    private static String[] row(PendingPair pair, boolean likelySame) {
        List<String> row = new ArrayList<>(List.of(pair.key().toString(), "",
                likelySame ? "MEME probable" : "DIFFERENT probable", decimal(pair.score())));
        side(row, pair.a());
        side(row, pair.b());
        double[] points = Contributions.parse(pair.detail());
        for (double p : points) {
            row.add(p == 0 ? "" : decimal(p));
        }
        String waterfall = Contributions.waterfall(pair.detail());
        row.add(SpreadsheetCells.safe(waterfall.isEmpty() ? pair.motif() : waterfall + " — " + pair.motif()));
        return row.toArray(String[]::new);
    }

    private static void side(List<String> row, ReviewSide s) {
        for (String value : List.of(Long.toString(s.personId()), s.source(), s.file(), Integer.toString(s.line()),
                s.waveId(), s.lastName(), s.firstNames(), s.birthDate(), s.address(), s.postcode(), s.commune(),
                s.guardians(), s.ine(), s.phones())) {
            row.add(SpreadsheetCells.safe(value == null ? "" : value));
        }
    }

    private static String decimal(double value) {
        return String.format(Locale.FRANCE, "%.1f", value);
    }

    /** Applies every MEME / DIFFERENT of the file; blank decisions stay pending; bad lines are rejected. */
    public DecisionSummary decide(Path file, String operator, Channel channel) {
        List<DecisionFile.Line> lines = DecisionFile.read(file);
        Tally tally = new Tally();
        Map<String, Integer> seen = new HashMap<>();
        for (DecisionFile.Line line : lines) {
            String decision = TextKeys.key(line.decision());
            if (decision.isEmpty()) {
                tally.pending++;
                continue;
            }
            Optional<Verdict> verdict = verdict(decision);
            Optional<PairKey> key = PairKey.parse(line.pair());
            if (verdict.isEmpty()) {
                tally.reject(line, "décision « " + line.decision() + " » inconnue : MEME, DIFFERENT ou vide attendu");
            } else if (key.isEmpty()) {
                tally.reject(line, "paire « " + line.pair() + " » illisible");
            } else if (seen.containsKey(key.get().toString())) {
                tally.reject(line, "paire " + key.get() + " déjà décidée ligne " + seen.get(key.get().toString())
                        + " de ce fichier");
            } else {
                seen.put(key.get().toString(), line.number());
                tx.executeWithoutResult(status -> apply(line, key.get(), verdict.get(), operator, channel, tally));
            }
        }
        return new DecisionSummary(lines.size(), tally.same, tally.different, tally.pending, tally.unchanged,
                tally.undone, tally.lifted, tally.confirmed, List.copyOf(tally.rejected), List.copyOf(tally.notes));
    }

    private static Optional<Verdict> verdict(String key) {
        return switch (key) {
            case "MEME", "MEME PERSONNE", "M" -> Optional.of(Verdict.MEME);
            case "DIFFERENT", "DIFFERENTS", "DIFFERENTE", "D" -> Optional.of(Verdict.DIFFERENT);
            default -> Optional.empty();
        };
    }

    private void apply(DecisionFile.Line line, PairKey key, Verdict verdict, String operator, Channel channel,
            Tally tally) {
        Optional<PairState> found = review.state(key);
        if (found.isEmpty()) {
            tally.reject(line, "paire " + key + " inconnue : elle n'existe pas ou plus (fichier d'une autre base ?)");
            return;
        }
        PairState pair = found.get();
        if (pair.decided() == verdict) {
            tally.unchanged++;
            return;
        }
        if (verdict == Verdict.MEME) {
            Applied applied = review.same(pair, operator);
            tally.notes.addAll(cases.mergePersons(applied.kept(), applied.absorbed()));
            carryOppositions(applied.kept(), applied.absorbed(), key, operator, channel, tally);
            journal.record(new Entry(operator, channel, "DOUBLON_MEME", applied.kept(), key.toString(),
                    "jeune n° " + applied.absorbed() + " fusionné dans le jeune n° " + applied.kept()));
            tally.same++;
            return;
        }
        Applied applied = review.different(pair, operator);
        if (applied.undone()) {
            tally.undone++;
            tally.notes.addAll(cases.reopenAfterSplit(applied.absorbed()));
            tally.notes.add("paire %s : fusion des jeunes n° %d et %d annulée".formatted(key, applied.kept(),
                    applied.absorbed()));
        }
        journal.record(new Entry(operator, channel, "DOUBLON_DIFFERENT", applied.kept(), key.toString(),
                "jeunes n° " + applied.kept() + " et " + applied.absorbed() + " différents"));
        for (long person : new long[] {applied.kept(), applied.absorbed()}) {
            if (liftPrecautionIfSettled(person)) {
                tally.lifted++;
                journal.record(new Entry(operator, channel, "OPPOSITION_PRECAUTION_LEVEE", person, key.toString(),
                        "la paire n'est pas le même jeune"));
                tally.notes.add("opposition par précaution du jeune n° %d levée".formatted(person));
            }
        }
        tally.different++;
    }

    /**
     * Lifts the person's precautionary opposition once no undecided pair joins them to a young person
     * who objected; a real objection is never lifted ({@link Oppositions#liftPrecaution}).
     */
    private boolean liftPrecautionIfSettled(long person) {
        return oppositions.kind(person).orElse(null) == Kind.PRECAUTION && !review.mayStillBeOpposed(person)
                && oppositions.liftPrecaution(person);
    }

    /**
     * The absorbed young person's opposition holds for the kept one (a real one replaces a precaution
     * the kept one held); a precaution taken because the pair might be an opposed young person becomes
     * that young person's own opposition.
     */
    private void carryOppositions(long kept, long absorbed, PairKey key, String operator, Channel channel,
            Tally tally) {
        Optional<Kind> gone = oppositions.kind(absorbed);
        Optional<Kind> held = oppositions.kind(kept);
        boolean goneReal = gone.orElse(null) == Kind.REELLE;
        boolean heldReal = held.orElse(null) == Kind.REELLE;
        if (gone.isPresent() && !heldReal && (goneReal || held.isEmpty())) {
            oppositions.oppose(kept, OppositionSource.AUTRE, "reportée du jeune n° " + absorbed + " ("
                    + review.opposition(absorbed).orElse("") + ")", LocalDate.now(), gone.get());
        }
        boolean confirmed = goneReal && held.isPresent() && !heldReal || heldReal && gone.isPresent() && !goneReal;
        if (gone.isPresent() && !goneReal) {
            oppositions.liftPrecaution(absorbed);
        }
        if (confirmed) {
            tally.confirmed++;
            journal.record(new Entry(operator, channel, "OPPOSITION_PRECAUTION_CONFIRMEE", kept, key.toString(),
                    "même jeune que celui qui s'est opposé"));
            tally.notes.add("opposition par précaution confirmée : le jeune n° %d s'est opposé".formatted(kept));
        }
    }

    private static final class Tally {
        int same;
        int different;
        int pending;
        int unchanged;
        int undone;
        int lifted;
        int confirmed;
        final List<Rejected> rejected = new ArrayList<>();
        final List<String> notes = new ArrayList<>();

        void reject(DecisionFile.Line line, String reason) {
            rejected.add(new Rejected(line.number(), reason));
        }
    }
}
