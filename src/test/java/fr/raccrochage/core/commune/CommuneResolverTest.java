package fr.raccrochage.core.commune;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommuneResolverTest {

    private static CommuneDirectory directory;
    private static CommuneResolver resolver;

    @BeforeAll
    static void loadTheReferenceFile() {
        directory = CommuneDirectory.fromClasspath();
        resolver = new CommuneResolver(directory);
    }

    private static Optional<String> code(String codeCommune, String codePostal, String nomCommune) {
        return resolver.resolve(codeCommune, codePostal, nomCommune).map(Commune::codeInsee);
    }

    @Nested
    class ByInseeCode {

        @Test
        void shouldGiveTheCommuneOfACommuneCode() {
            assertThat(resolver.resolve("93066", null, null)).map(Commune::nom).contains("Saint-Denis");
        }

        @Test
        void shouldKeepAParisArrondissement() {
            assertThat(resolver.resolve("75111", null, null)).hasValueSatisfying(commune -> {
                assertThat(commune.codeInsee()).isEqualTo("75111");
                assertThat(commune.type()).isEqualTo(CommuneType.ARRONDISSEMENT);
            });
        }

        @ParameterizedTest
        @CsvSource({"69383, 69123", "69381, 69123", "13213, 13055", "13201, 13055"})
        void shouldGiveLyonOrMarseilleForOneOfTheirArrondissements(String arrondissement, String commune) {
            assertThat(code(arrondissement, null, null)).contains(commune);
        }

        @Test
        void shouldGiveTodaysCommuneForACommuneDeleguee() {
            assertThat(resolver.resolve("77166", null, null)).hasValueSatisfying(commune -> {
                assertThat(commune.codeInsee()).isEqualTo("77316");
                assertThat(commune.nom()).isEqualTo("Moret-Loing-et-Orvanne");
                assertThat(commune.type()).isEqualTo(CommuneType.COMMUNE);
            });
        }

        @Test
        void shouldGiveTheCommuneRowForAnEntryAttachedToItsOwnCode() {
            assertThat(resolver.resolve("77316", null, "Moret-sur-Loing")).map(Commune::type)
                    .contains(CommuneType.COMMUNE);
        }

        @Test
        void shouldGiveTodaysCommuneForACommuneAssociee() {
            Commune associee = directory.all().stream()
                    .filter(c -> c.type() == CommuneType.ASSOCIEE).findFirst().orElseThrow();

            assertThat(code(associee.codeInsee(), null, null)).contains(associee.codeRattachement());
        }

        @ParameterizedTest
        @CsvSource({"75011, 75111", "75016, 75116", "75116, 75116", "75001, 75101"})
        void shouldUseThePostalCodeToPickTheArrondissementOfParisAsAWhole(String postalCode, String expected) {
            assertThat(code("75056", postalCode, "PARIS")).contains(expected);
        }

        @Test
        void shouldGiveParisAsAWholeWithoutAnArrondissementPostalCode() {
            assertThat(code("75056", null, null)).contains("75056");
            assertThat(code("75056", "75000", null)).contains("75056");
        }

        @ParameterizedTest
        @CsvSource({"1001, 01001", "' 1001 ', 01001", "01001, 01001", "2A004, 2A004", "2a004, 2A004",
                "'2A\u00a0004', 2A004", "'93\t031', 93031"})
        void shouldRestoreTheLeadingZeroAndReadCorsicanCodes(String written, String expected) {
            assertThat(code(written, null, null)).contains(expected);
        }

        @Test
        void shouldTrustTheCodeOverThePostalCodeAndName() {
            assertThat(code("93031", "93200", "ST DENIS")).contains("93031");
        }

        @Test
        void shouldFallBackOnPostalCodeAndNameForAnUnknownCode() {
            assertThat(code("99999", "93200", "ST DENIS")).contains("93066");
            assertThat(code("ABC", "93800", "EPINAY SUR SEINE")).contains("93031");
            assertThat(code("2C004", null, null)).isEmpty();
            assertThat(code("9303A", null, null)).isEmpty();
            assertThat(code("930310", null, null)).isEmpty();
        }
    }

    @Nested
    class ByPostalCodeAndName {

        @ParameterizedTest
        @CsvSource({
            "93200, ST DENIS, 93066",
            "93200, Saint-Denis, 93066",
            "93200, SAINT DENIS, 93066",
            "93800, EPINAY SUR SEINE, 93031",
            "93800, Épinay-sur-Seine, 93031",
            "93800, epinay-sur-seine, 93031",
            "94170, PERREUX SUR MARNE (LE), 94058",
            "94170, PERREUX SUR MARNE, 94058",
            "94170, LE PERREUX SUR MARNE, 94058",
            "94240, L HAY LES ROSES, 94038",
            "94240, HAY LES ROSES (L'), 94038",
            "93200, ST DENIS CEDEX, 93066",
            "' 93200 ', ' st  denis ', 93066",
        })
        void shouldMatchTheNameAsSourcesWriteIt(String postalCode, String name, String expected) {
            assertThat(code(null, postalCode, name)).contains(expected);
        }

        @ParameterizedTest
        @CsvSource({
            "75011, PARIS 11, 75111",
            "75011, PARIS 11E, 75111",
            "75011, PARIS 11EME, 75111",
            "75011, Paris 11e Arrondissement, 75111",
            "75011, PARIS, 75111",
            "75001, PARIS 1ER, 75101",
            "75016, PARIS 16, 75116",
            "75116, PARIS, 75116",
            "75011, PARIS CEDEX 11, 75111",
        })
        void shouldGiveTheParisArrondissement(String postalCode, String name, String expected) {
            assertThat(code(null, postalCode, name)).contains(expected);
        }

        @ParameterizedTest
        @CsvSource({
            "69003, LYON 3, 69123",
            "69003, LYON 3EME, 69123",
            "69003, LYON, 69123",
            "13013, MARSEILLE 13, 13055",
            "13013, MARSEILLE 13EME, 13055",
            "13013, MARSEILLE, 13055",
        })
        void shouldGiveLyonOrMarseilleForTheirArrondissements(String postalCode, String name, String expected) {
            assertThat(code(null, postalCode, name)).contains(expected);
        }

        @ParameterizedTest
        @CsvSource({
            "95270, VIARMES, 95652",
            "95270, LUZARCHES, 95352",
            "95270, PLESSIS LUZARCHES (LE), 95493",
            "95270, ST MARTIN DU TERTRE, 95566",
            "95270, EPINAY CHAMPLATREUX, 95214",
            "95470, ST WITZ, 95580",
        })
        void shouldLetTheNameDecideAmongTheCommunesOfASharedPostalCode(String postalCode, String name,
                String expected) {
            assertThat(code(null, postalCode, name)).contains(expected);
        }

        @ParameterizedTest
        @CsvSource({
            "95270, VIARME, 95652",
            "95270, LUSARCHES, 95352",
            "95270, ST MARTIN DU TERTE, 95566",
            "93800, EPINAY SUR SEIN, 93031",
            "93800, EPINAY S/SEINE, 93031",
        })
        void shouldForgiveATypoWhenOneCommuneAloneComesClose(String postalCode, String name, String expected) {
            assertThat(code(null, postalCode, name)).contains(expected);
        }

        @ParameterizedTest
        @CsvSource({"95270, VIRY", "95270, SAINT", "93200, AUBERVILLIERS", "75012, PARIS 11"})
        void shouldGiveNothingForANameFarFromEveryCommuneOfThePostalCode(String postalCode, String name) {
            assertThat(code(null, postalCode, name)).isEmpty();
        }

        @Test
        void shouldGiveTodaysCommuneForTheOldNameOfAMergedCommuneWithTheNewCommunesPostalCode() {
            assertThat(code(null, "77250", "ECUELLES")).contains("77316");
            assertThat(code(null, "77250", "Écuelles")).contains("77316");
            assertThat(code(null, "77250", "MORET SUR LOING")).contains("77316");
            assertThat(code(null, "93380", "PIERREFITTE SUR SEINE")).contains("93066");
        }

        @Test
        void shouldPreferACommuneOfThePostalCodeToAHomonymousFormerCommuneElsewhere() {
            assertThat(code(null, "71350", "ECUELLES")).contains("71186");
        }

        @Test
        void shouldLookForAFormerCommuneAnywhereWhenNoCommuneOfThePostalCodeMatches() {
            assertThat(code(null, "77000", "ECUELLES")).contains("77316");
        }

        @Test
        void shouldGiveTheOnlyCommuneOfAPostalCodeWhenTheNameIsBlank() {
            assertThat(code(null, "93800", null)).contains("93031");
            assertThat(code(null, "93800", "  ")).contains("93031");
            assertThat(code(null, "69003", null)).contains("69123");
            assertThat(code(null, "75011", null)).contains("75111");
        }

        @Test
        void shouldGiveNothingForASharedPostalCodeWithoutName() {
            assertThat(code(null, "95270", null)).isEmpty();
        }

        @Test
        void shouldRestoreTheLeadingZeroOfAPostalCode() {
            assertThat(code(null, "1400", "L'ABERGEMENT CLEMENCIAT")).contains("01001");
        }

        @Test
        void shouldResolveACommuneOutsideTheRegionToo() {
            assertThat(resolver.resolve(null, "01400", "L ABERGEMENT CLEMENCIAT")).hasValueSatisfying(commune -> {
                assertThat(commune.codeInsee()).isEqualTo("01001");
                assertThat(commune.isIn("11")).isFalse();
            });
        }

        @Test
        void shouldUseTheNameWithinTheDepartementForAnUnknownPostalCode() {
            assertThat(code(null, "93203", "SAINT DENIS CEDEX")).contains("93066");
            assertThat(code(null, "20000", "AJACCIO")).contains("2A004");
        }
    }

    @Nested
    class ByNameAlone {

        @Test
        void shouldResolveANameOnlyOneCommuneInFranceHas() {
            assertThat(code(null, null, "EPINAY SUR SEINE")).contains("93031");
            assertThat(code(null, "", "PARIS 11")).contains("75111");
            assertThat(code(null, "inconnu", "PERREUX SUR MARNE (LE)")).contains("94058");
        }

        @Test
        void shouldGiveNothingForANameSeveralCommunesShare() {
            assertThat(code(null, null, "ST DENIS")).isEmpty();
            assertThat(code(null, null, "SAINT MARTIN DU TERTRE")).isEmpty();
            assertThat(code(null, null, "ECUELLES")).isEmpty();
        }

        @Test
        void shouldNotGuessFromATypoWithoutPostalCode() {
            assertThat(code(null, null, "EPINAY SUR SEIN")).isEmpty();
        }
    }

    @Test
    void shouldGiveNothingWhenEverythingIsBlank() {
        assertThat(resolver.resolve(null, null, null)).isEmpty();
        assertThat(resolver.resolve("", " ", "  ")).isEmpty();
    }

    @Test
    void shouldResolveEveryCommuneByItsCodeToItself() {
        List<Commune> communes = directory.all().stream().filter(c -> c.type() == CommuneType.COMMUNE).toList();

        assertThat(communes).allSatisfy(commune ->
                assertThat(resolver.resolve(commune.codeInsee(), null, null)).contains(commune));
    }

    @Test
    void shouldResolveEveryFormerCommuneAndArrondissementToTodaysCommuneOrAParisArrondissement() {
        assertThat(directory.all()).allSatisfy(entry -> assertThat(resolver.resolve(entry.codeInsee(), null, null))
                .hasValueSatisfying(today -> assertThat(today.type() == CommuneType.COMMUNE
                        || today.codeInsee().startsWith("751")).isTrue()));
    }

    @Test
    void shouldResolveEveryCommuneByEachOfItsPostalCodesAndItsNameUnlessTheNameIsSharedThere() {
        List<String> failures = new ArrayList<>();
        for (Commune commune : directory.all()) {
            if (commune.type() != CommuneType.COMMUNE) {
                continue;
            }
            for (String postalCode : commune.codesPostaux()) {
                Optional<Commune> resolved = resolver.resolve(null, postalCode, commune.nom().toUpperCase());
                boolean expected = commune.codeInsee().equals("75056")
                        || resolved.map(r -> r.codeInsee().equals(commune.codeInsee())).orElse(false);
                if (!expected && !isNameSharedInPostalCode(commune, postalCode)) {
                    failures.add(postalCode + " " + commune.nom() + " -> " + resolved.map(Commune::codeInsee));
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    private static boolean isNameSharedInPostalCode(Commune commune, String postalCode) {
        String form = CommuneNames.of(commune.nom()).full();
        return directory.byPostalCode(postalCode).stream()
                .filter(other -> other != commune)
                .anyMatch(other -> CommuneNames.of(other.nom()).full().equals(form));
    }

    @Test
    void shouldGiveTheSameAnswersFromSeveralThreads() throws Exception {
        List<String[]> inputs = List.of(new String[] {null, "93200", "ST DENIS"},
                new String[] {null, "95270", "VIARME"}, new String[] {"77166", null, null},
                new String[] {null, "75011", "PARIS"}, new String[] {null, "95270", null});
        Map<Integer, Optional<Commune>> expected = new HashMap<>();
        CommuneResolver fresh = new CommuneResolver(directory);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Optional<Commune>>>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> inputs.stream().map(i -> fresh.resolve(i[0], i[1], i[2])).toList()));
            }
            for (int i = 0; i < inputs.size(); i++) {
                expected.put(i, resolver.resolve(inputs.get(i)[0], inputs.get(i)[1], inputs.get(i)[2]));
            }
            for (Future<List<Optional<Commune>>> result : results) {
                List<Optional<Commune>> answers = result.get();
                for (int i = 0; i < inputs.size(); i++) {
                    assertThat(answers.get(i)).isEqualTo(expected.get(i));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
