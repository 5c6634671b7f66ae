package fr.raccrochage.partners;

import static org.assertj.core.api.Assertions.assertThat;

import fr.raccrochage.core.cases.CaseStatus;
import fr.raccrochage.core.commune.Commune;
import fr.raccrochage.core.commune.CommuneType;
import fr.raccrochage.partners.Routing.Decision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Property-based, with a seeded generator (jqwik is not used, see the report): over many random
 * directories (communes listed whole, by arrondissement or by former commune, partners of every
 * type) and random cases (communes of the young person and guardians, out of the region, unknown,
 * Paris as a whole, former communes), no referral ever goes to a partner outside its communes,
 * and every case gets exactly one decision. "Outside" is checked here independently of
 * {@link PartnerDirectory}: the commune, its parent or all of its parts must be listed for that partner.
 */
class RoutingStaysWithinPartnerCommunesTest {

    private static final LocalDate CLOSING = LocalDate.of(2026, 6, 30);
    private static final List<String> STATUSES = List.of("INJOIGNABLE", "SANS_NUMERO", "ORIENTE_ML", "ORIENTE_CIO",
            "A_APPELER", "EN_SOLUTION", "REFUS", "EXCLU");
    private static final List<Commune> IDF = Directories.COMMUNES.all().stream()
            .filter(c -> c.isIn("11")).toList();
    private static final Map<String, List<String>> PARTS = IDF.stream()
            .filter(c -> c.type() != CommuneType.COMMUNE && !c.codeInsee().equals(c.codeRattachement()))
            .collect(Collectors.groupingBy(Commune::codeRattachement, Collectors.mapping(Commune::codeInsee, Collectors.toList())));

    @TestFactory
    Stream<DynamicTest> shouldNeverSendAYoungPersonToAPartnerOutsideItsCommunes() {
        return IntStream.range(0, 300).mapToObj(seed -> DynamicTest.dynamicTest("graine " + seed, () -> check(seed)));
    }

    private static void check(long seed) {
        Random random = new Random(seed);
        List<String> pool = communePool(random);
        List<DirectoryEntry> entries = directory(random, pool);
        PartnerDirectory directory = new PartnerDirectory(entries, Directories.COMMUNES);
        CallbackPolicy policy = CallbackPolicy.values()[random.nextInt(CallbackPolicy.values().length)];
        RoutingRules rules = new RoutingRules(directory, Directories.COMMUNES, "11", policy, 15);
        List<String> partnerIds = entries.stream().map(e -> e.partner().id()).distinct().toList();
        for (int i = 1; i <= 200; i++) {
            CaseFacts facts = randomCase(random, i, pool, partnerIds);
            Routing routing = rules.route(facts, CLOSING);
            List<String> residences = facts.residences().stream().map(Residence::codeInsee).toList();
            for (Referral referral : routing.referrals()) {
                assertThat(independentlyCovers(entries, referral.partnerId(), referral.codeInsee()))
                        .as("graine %d, %s -> %s pour %s", seed, facts, referral.partnerId(), referral.codeInsee())
                        .isTrue();
                assertThat(residences).contains(referral.codeInsee());
            }
            assertThat(routing.decision() == Decision.ORIENTE).isEqualTo(!routing.referrals().isEmpty());
            assertThat(routing.decision() == Decision.REGION).isEqualTo(routing.region() != null);
            assertThat(routing.referrals().stream().map(Referral::partnerId).distinct().count())
                    .isEqualTo(routing.referrals().size());
        }
    }

    /** Some whole communes, some communes with parts (Paris arrondissements, former communes). */
    static List<String> communePool(Random random) {
        List<String> pool = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            pool.add(IDF.get(random.nextInt(IDF.size())).codeInsee());
        }
        List<String> withParts = new ArrayList<>(PARTS.keySet());
        for (int i = 0; i < 6; i++) {
            String parent = withParts.get(random.nextInt(withParts.size()));
            pool.add(parent);
            pool.addAll(PARTS.get(parent));
        }
        pool.add("75056");
        pool.addAll(PARTS.get("75056"));
        return pool.stream().distinct().toList();
    }

    /** Each commune listed at most once per type, by one of a few partners of that type. */
    static List<DirectoryEntry> directory(Random random, List<String> pool) {
        List<DirectoryEntry> entries = new ArrayList<>();
        for (PartnerType type : PartnerType.values()) {
            int partners = 1 + random.nextInt(4);
            double coverage = type == PartnerType.PRIJ ? 0.3 : 0.8;
            for (String code : pool) {
                if (random.nextDouble() < coverage) {
                    String id = type.name().charAt(0) + "-" + random.nextInt(partners);
                    entries.add(new DirectoryEntry(new Partner(id, type, id, "00"), code));
                }
            }
        }
        return entries;
    }

    private static CaseFacts randomCase(Random random, int i, List<String> pool, List<String> partnerIds) {
        List<Residence> residences = new ArrayList<>();
        String[] sources = {"JEUNE", "RESP1", "RESP2"};
        for (String source : sources) {
            double draw = random.nextDouble();
            String code = draw < 0.7 ? pool.get(random.nextInt(pool.size()))
                    : draw < 0.8 ? "69123" : draw < 0.85 ? "99999" : null;
            if (code != null && residences.stream().noneMatch(r -> r.codeInsee().equals(code))) {
                residences.add(new Residence(code, source));
            }
        }
        String status = STATUSES.get(random.nextInt(STATUSES.size()));
        boolean followed = "EXCLU".equals(status) && random.nextBoolean() && !partnerIds.isEmpty();
        return new CaseFacts("V1-%06d".formatted(i), CaseStatus.valueOf(status), followed ? "SUIVI_PARTENAIRE" : "EXCLU".equals(status) ? "OPPOSITION" : null,
                followed ? partnerIds.get(random.nextInt(partnerIds.size())) : null, CLOSING.minusDays(3), random.nextBoolean(),
                residences);
    }

    /** The commune, its parent commune, or every one of its parts is listed for that partner. */
    static boolean independentlyCovers(List<DirectoryEntry> entries, String partnerId, String code) {
        Map<String, Set<String>> listed = new HashMap<>();
        for (DirectoryEntry e : entries) {
            listed.computeIfAbsent(e.partner().id(), id -> new java.util.HashSet<>()).add(e.codeInsee());
        }
        Set<String> codes = listed.getOrDefault(partnerId, Set.of());
        if (codes.contains(code)) {
            return true;
        }
        Commune commune = Directories.COMMUNES.byCode(code).orElse(null);
        if (commune != null && commune.type() != CommuneType.COMMUNE && codes.contains(commune.codeRattachement())) {
            return true;
        }
        List<String> parts = PARTS.getOrDefault(code, List.of());
        return !parts.isEmpty() && codes.containsAll(parts);
    }
}
