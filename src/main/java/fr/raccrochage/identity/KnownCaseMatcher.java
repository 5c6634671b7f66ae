package fr.raccrochage.identity;

import fr.raccrochage.identity.IdentityResolver.Link;
import fr.raccrochage.identity.IdentityResolver.Resolution;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Matches the lines of a known-cases list to the registry with the identity engine, unchanged: same
 * blocking, same scores, same thresholds and vetoes.
 *
 * <p>What that means for a line, which carries only INE, names and birth date: it is linked to a
 * person only when the engine says MEME_PERSONNE, which without phone or guardians takes the same
 * INE (names and birth date alone are what homonyms share). Same names and birth date without the
 * INE, or a score in the review band, give DOUBLON_POSSIBLE: the line gets a person of its own and
 * the candidates are listed for review, never merged. A line that matches nobody creates a person,
 * which later SIEI records can link to. Precision first: a false link would mean a young person
 * never called. The opposition safeguard (a possible match of an OPPOSITION line also stops calls
 * to the candidate until reviewed) is the service's, from these candidates.
 */
final class KnownCaseMatcher {

    /** A registry person the line may be, for review. */
    record ReviewCandidate(long personId, double score, String motif, String detail) {
    }

    /**
     * The decision on one line.
     *
     * @param personId the existing person linked, or the person created for the line
     * @param score the score of the deciding pair, null for a new person matching nobody
     */
    record Match(KnownCaseLine line, Decision decision, boolean newPerson, long personId, Double score, String motif,
            List<ReviewCandidate> candidates) {

        /** The stored decision: the engine's words, NOUVELLE_PERSONNE for a line matching nobody. */
        String decisionName() {
            return decision == Decision.DISTINCT ? PersonLinker.NEW_PERSON : decision.name();
        }
    }

    /** The decisions, and the persons created (in id order). */
    record Outcome(List<Match> matches, List<Long> createdPersons) {
    }

    private final MatchThresholds thresholds;

    KnownCaseMatcher(MatchThresholds thresholds) {
        this.thresholds = thresholds;
    }

    /**
     * @param registry the records already linked to persons (SIEI records and earlier known-case
     *     lines); the lines are appended to it
     * @param lastPersonId the highest person id in use: new persons get the next ones
     */
    Outcome match(RecordTable registry, long fileId, String fileName, List<KnownCaseLine> lines, long lastPersonId) {
        registry.fileName(RecordTable.Source.CONNUS, fileId, fileName);
        int base = registry.size();
        for (KnownCaseLine line : lines) {
            registry.add(RecordTable.Source.CONNUS, fileId, line.line(), null, 0, Profile.of(line.candidate()));
        }
        Resolution resolution = new IdentityResolver(thresholds).resolve(registry.profiles(), registry.persons());
        long[] personOfCluster = new long[registry.size()];
        boolean[] created = new boolean[registry.size()];
        for (int i = 0; i < base; i++) {
            personOfCluster[resolution.cluster()[i]] = registry.person(i);
        }
        long nextId = lastPersonId;
        List<Long> createdPersons = new ArrayList<>();
        for (int i = base; i < registry.size(); i++) {
            int cluster = resolution.cluster()[i];
            if (personOfCluster[cluster] == 0) {
                personOfCluster[cluster] = ++nextId;
                created[cluster] = true;
                createdPersons.add(nextId);
            }
        }
        Map<Integer, List<Link>> possibleOf = possibleByLine(resolution.possible(), base);
        List<Match> matches = new ArrayList<>(lines.size());
        for (int i = base; i < registry.size(); i++) {
            int cluster = resolution.cluster()[i];
            long person = personOfCluster[cluster];
            KnownCaseLine line = lines.get(i - base);
            Link best = resolution.best()[i];
            if (!created[cluster] || best != null) {
                matches.add(new Match(line, Decision.MEME_PERSONNE, created[cluster], person, best.verdict().score(),
                        note(line, best.verdict().motif() + " ; avec " + registry.describe(other(best, i), null)),
                        List.of()));
                continue;
            }
            List<ReviewCandidate> candidates = candidates(registry, resolution, personOfCluster, i,
                    possibleOf.getOrDefault(i, List.of()), person);
            if (candidates.isEmpty()) {
                matches.add(new Match(line, Decision.DISTINCT, true, person, null,
                        note(line, "aucun jeune connu ne concorde"), List.of()));
            } else {
                ReviewCandidate strongest = candidates.get(0);
                matches.add(new Match(line, Decision.DOUBLON_POSSIBLE, true, person, strongest.score(),
                        note(line, strongest.motif()), candidates));
            }
        }
        return new Outcome(matches, createdPersons);
    }

    private static Map<Integer, List<Link>> possibleByLine(List<Link> possible, int base) {
        Map<Integer, List<Link>> byLine = new LinkedHashMap<>();
        for (Link link : possible) {
            if (link.a() >= base) {
                byLine.computeIfAbsent(link.a(), k -> new ArrayList<>()).add(link);
            }
            if (link.b() >= base) {
                byLine.computeIfAbsent(link.b(), k -> new ArrayList<>()).add(link);
            }
        }
        return byLine;
    }

    /** The other persons the line may be, strongest first, one entry per person. */
    private static List<ReviewCandidate> candidates(RecordTable registry, Resolution resolution,
            long[] personOfCluster, int i, List<Link> links, long ownPerson) {
        Map<Long, ReviewCandidate> byPerson = new LinkedHashMap<>();
        for (Link link : links) {
            int other = other(link, i);
            long person = personOfCluster[resolution.cluster()[other]];
            if (person == ownPerson) {
                continue;
            }
            ReviewCandidate candidate = new ReviewCandidate(person, link.verdict().score(),
                    link.verdict().motif() + " ; à vérifier avec " + registry.describe(other, null)
                            + " (jeune n° " + person + ")", link.verdict().detail());
            byPerson.merge(person, candidate, (x, y) -> x.score() >= y.score() ? x : y);
        }
        return byPerson.values().stream().sorted(Comparator.comparingDouble(ReviewCandidate::score).reversed())
                .toList();
    }

    private static int other(Link link, int i) {
        return link.a() == i ? link.b() : link.a();
    }

    private static String note(KnownCaseLine line, String motif) {
        String text = line.note() == null ? motif : motif + " ; " + line.note();
        return text.length() <= 500 ? text : text.substring(0, 497) + "...";
    }
}
