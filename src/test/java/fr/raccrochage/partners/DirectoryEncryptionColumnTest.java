package fr.raccrochage.partners;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The directory's optional {@code chiffrement} column: on by default, {@code non} per partner, checked. */
class DirectoryEncryptionColumnTest {

    static final String HEADER = "partenaire_id;type;nom;departement;code_insee;chiffrement\n";

    @Test
    void shouldEncryptEveryPartnerUnlessItsLinesSayNon() {
        DirectoryFile.Parsed parsed = Directories.parse(HEADER + "ML-A;MISSION_LOCALE;A;93;93066;\n"
                + "ML-A;MISSION_LOCALE;A;93;93001;oui\n" + "PRIJ-1;PRIJ;P;93;93066;NON\n" + "PRIJ-1;PRIJ;P;93;93001;\n");

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.plainFiles()).containsExactly("PRIJ-1");
        assertThat(Directories.parse(Directories.HEADER + "ML-A;MISSION_LOCALE;A;93;93066\n").plainFiles()).isEmpty();
    }

    @Test
    void shouldListABadValueAndTwoChoicesForOnePartner() {
        DirectoryFile.Parsed parsed = Directories.parse(HEADER + "ML-A;MISSION_LOCALE;A;93;93066;peut-être\n"
                + "PRIJ-1;PRIJ;P;93;93066;non\n" + "PRIJ-1;PRIJ;P;93;93001;oui\n" + "CIO-1;CIO;C;93;93066\n");

        assertThat(parsed.errors()).containsExactly(
                "ligne 2 : chiffrement « peut-être » invalide (oui, non ou vide attendu)",
                "ligne 4 : chiffrement « oui » pour PRIJ-1, qui a « non » sur une ligne précédente",
                "ligne 5 : 5 colonnes au lieu de 6");
    }
}
