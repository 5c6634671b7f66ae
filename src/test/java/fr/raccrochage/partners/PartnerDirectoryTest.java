package fr.raccrochage.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PartnerDirectoryTest {

    private static final PartnerDirectory SAMPLE = Directories.sample();

    private static Optional<String> partner(PartnerDirectory directory, PartnerType type, String code) {
        return directory.find(type, code).map(Partner::id);
    }

    @Test
    void shouldFindTheSamplesPartnersOfAParisArrondissement() {
        assertThat(partner(SAMPLE, PartnerType.MISSION_LOCALE, "75118")).contains("ML-PARIS");
        assertThat(partner(SAMPLE, PartnerType.CIO, "75118")).contains("CIO-PARIS");
        assertThat(partner(SAMPLE, PartnerType.PRIJ, "75118")).contains("PRIJ-75118");
        assertThat(partner(SAMPLE, PartnerType.PRIJ, "75107")).isEmpty();
    }

    @Test
    void shouldRouteParisWithoutArrondissementToThePartnerOfAllArrondissementsOnly() {
        // The sample lists Paris by arrondissement: ML-PARIS covers all 20, PRIJ groups only some.
        assertThat(partner(SAMPLE, PartnerType.MISSION_LOCALE, "75056")).contains("ML-PARIS");
        assertThat(partner(SAMPLE, PartnerType.PRIJ, "75056")).isEmpty();
    }

    @Test
    void shouldRouteAFormerCommuneToThePartnerOfTodaysCommune() {
        // Pierrefitte-sur-Seine (93059) is now a commune déléguée of Saint-Denis (93066).
        assertThat(partner(SAMPLE, PartnerType.MISSION_LOCALE, "93059")).contains("ML-200057867");
        assertThat(partner(SAMPLE, PartnerType.PRIJ, "93059")).contains("PRIJ-93066");
        // Écuelles (77166), merged into Moret-Loing-et-Orvanne (77316).
        assertThat(partner(SAMPLE, PartnerType.MISSION_LOCALE, "77166")).contains("ML-247700032");
    }

    @Test
    void shouldRouteTodaysCommuneWhenAnOldDirectoryListsAllItsFormerCommunes() {
        PartnerDirectory old = Directories.of(Directories.HEADER
                + "ML-SD;MISSION_LOCALE;ML Saint-Denis;93;93066\n"
                + "ML-OLD;MISSION_LOCALE;ML ancienne;77;77166\n"
                + "ML-OLD;MISSION_LOCALE;ML ancienne;77;77170\n"
                + "ML-OLD;MISSION_LOCALE;ML ancienne;77;77299\n"
                + "ML-OLD;MISSION_LOCALE;ML ancienne;77;77491\n"
                + "PRIJ-A;PRIJ;PRIJ A;77;77166\n");

        assertThat(partner(old, PartnerType.MISSION_LOCALE, "77316")).contains("ML-OLD");
        // One former commune only: not enough to send the whole commune to that group.
        assertThat(partner(old, PartnerType.PRIJ, "77316")).isEmpty();
        assertThat(old.covers("ML-OLD", "77316")).isTrue();
        assertThat(old.covers("ML-SD", "77316")).isFalse();
    }

    @Test
    void shouldRouteLyonAndMarseilleArrondissementsToTheirCommune() {
        PartnerDirectory lyon = new PartnerDirectory(java.util.List.of(new DirectoryEntry(
                new Partner("ML-LYON", PartnerType.MISSION_LOCALE, "ML Lyon", "69"), "69123")), Directories.COMMUNES);

        assertThat(partner(lyon, PartnerType.MISSION_LOCALE, "69381")).contains("ML-LYON");
        assertThat(partner(lyon, PartnerType.MISSION_LOCALE, "13201")).isEmpty();
    }
}
