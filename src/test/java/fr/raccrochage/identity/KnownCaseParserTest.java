package fr.raccrochage.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.raccrochage.identity.KnownCaseParser.Accepted;
import fr.raccrochage.identity.KnownCaseParser.Parsed;
import fr.raccrochage.identity.KnownCaseParser.Rejected;
import fr.raccrochage.core.inbound.FileRefusedException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class KnownCaseParserTest {

    static final String[] HEADER = "INE;NOM;PRENOM;DATE_NAISSANCE;PARTENAIRE_ID;STATUT;DATE".split(";");
    static final KnownCaseParser PARSER = KnownCaseParser.forHeader("connus.csv", HEADER);

    private static Parsed parse(String line) {
        return PARSER.parse(7, line.split(";", -1), line);
    }

    private static KnownCaseLine accepted(String line) {
        Parsed parsed = parse(line);
        assertThat(parsed).isInstanceOf(Accepted.class);
        return ((Accepted) parsed).line();
    }

    private static String reason(String line) {
        Parsed parsed = parse(line);
        assertThat(parsed).isInstanceOf(Rejected.class);
        assertThat(((Rejected) parsed).line()).isEqualTo(7);
        assertThat(((Rejected) parsed).content()).isEqualTo(line);
        return ((Rejected) parsed).motif();
    }

    @Test
    void shouldNormalizeALineLikeTheSieiImport() {
        KnownCaseLine line = accepted("1234567890c; DURAND ;Jean  Pierre;2008-04-10;ML-1;en solution;03/05/2026");

        assertThat(line).isEqualTo(new KnownCaseLine(7, "1234567890C", "DURAND", "Jean Pierre",
                LocalDate.of(2008, 4, 10), "ML-1", KnownCaseStatus.EN_SOLUTION, LocalDate.of(2026, 5, 3), null));
    }

    @Test
    void shouldAcceptAnOppositionWithoutPartnerOrIne() {
        KnownCaseLine line = accepted(";Martin;Léa;01/02/2008;;OPPOSITION;01/09/2026");

        assertThat(line.ine()).isNull();
        assertThat(line.partnerId()).isNull();
        assertThat(line.status()).isEqualTo(KnownCaseStatus.OPPOSITION);
    }

    @Test
    void shouldKeepALineWithAnUnusableIneAndSaySo() {
        KnownCaseLine line = accepted("XX12;Martin;Léa;01/02/2008;ML-1;SUIVI;01/09/2026");

        assertThat(line.ine()).isNull();
        assertThat(line.note()).isEqualTo("INE invalide : XX12, ignoré");
    }

    @Test
    void shouldRejectWhatCannotBeTrustedWithAFrenchReason() {
        assertThat(reason(";Martin;Léa;31/02/2008;ML-1;SUIVI;01/09/2026"))
                .isEqualTo("date de naissance impossible : 31/02/2008");
        assertThat(reason(";Martin;Léa;01/02/2008;ML-1;SUIVI;hier")).isEqualTo("date du statut illisible : hier");
        assertThat(reason(";Martin;Léa;01/02/2008;ML-1;SUIVI;")).isEqualTo("date du statut absente");
        assertThat(reason(";Martin;Léa;01/02/2008;ML-1;RELANCE;01/09/2026"))
                .isEqualTo("statut inconnu : RELANCE (attendu SUIVI, EN_SOLUTION ou OPPOSITION)");
        assertThat(reason(";Martin;Léa;01/02/2008; ;SUIVI;01/09/2026"))
                .isEqualTo("statut SUIVI sans partenaire (PARTENAIRE_ID absent)");
        assertThat(reason(";;Léa;01/02/2008;ML-1;SUIVI;01/09/2026")).isEqualTo("nom absent");
        assertThat(reason(";Martin;Léa;01/02/08;ML-1;SUIVI;01/09/2026"))
                .isEqualTo("date de naissance avec une année sur deux chiffres : 01/02/08");
        assertThat(reason(";Martin;Léa;01/02/2008;ML-1;SUIVI")).isEqualTo("nombre de colonnes incorrect : 6 au lieu de 7");
    }

    @Test
    void shouldReadHeaderVariantsInAnyOrder() {
        KnownCaseParser parser = KnownCaseParser.forHeader("x.csv",
                new String[] {"\uFEFFstatut", "Nom", "Prénom", "Date de naissance", "Date", "Partenaire", "ine"});

        Parsed parsed = parser.parse(2, new String[] {"Suivi", "Roux", "Inès", "15/06/2008", "01/09/2026", "CIO-1", ""},
                "");

        assertThat(((Accepted) parsed).line()).extracting(KnownCaseLine::status, KnownCaseLine::partnerId,
                KnownCaseLine::firstNames).containsExactly(KnownCaseStatus.SUIVI, "CIO-1", "Inès");
    }

    @Test
    void shouldRefuseAFileWithoutARequiredColumn() {
        assertThatThrownBy(() -> KnownCaseParser.forHeader("liste.csv", new String[] {"INE", "NOM", "PRENOM", "DATE"}))
                .isInstanceOf(FileRefusedException.class)
                .hasMessage("Fichier refusé : la liste de cas connus « liste.csv » n'a pas la ou les colonne(s) "
                        + "obligatoire(s) DATE_NAISSANCE, STATUT (en-tête attendu : "
                        + "INE;NOM;PRENOM;DATE_NAISSANCE;PARTENAIRE_ID;STATUT;DATE).");
    }
}
