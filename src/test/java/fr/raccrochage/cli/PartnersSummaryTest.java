package fr.raccrochage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.raccrochage.partners.ClosingSummary;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The closing's French summary accounts for every case, and says so when it does not. */
class PartnersSummaryTest {

    private static String print(ClosingSummary summary) {
        StringWriter text = new StringWriter();
        WaveCloseCommand.print(new PrintWriter(text), summary);
        return text.toString().replace('\u202F', ' ').replace('\u00A0', ' ');
    }

    private static ClosingSummary summary(int cases, Map<String, Integer> decisions) {
        Map<String, Integer> motifs = new LinkedHashMap<>();
        motifs.put("INJOIGNABLE", 4059);
        motifs.put("ORIENTE_ML", 319);
        return new ClosingSummary("2026-1", LocalDate.of(2026, 10, 31), cases, cases, 400, 240, decisions, motifs, 197,
                Map.of("HORS_REGION", 26), Map.of("EN_SOLUTION", 4080), Path.of("sorties/vague-2026-1/orientation-region.csv"));
    }

    @Test
    void shouldAccountForEveryCaseOfTheWave() {
        String text = print(summary(8003, Map.of("ORIENTE", 3739, "REGION", 184, "SANS_SUITE", 4080)));

        assertThat(text).isEqualTo("""
                Vague 2026-1 clôturée au 31/10/2026 : 8 003 dossiers.
                  Dossiers encore ouverts, fermés en INJOIGNABLE : 400, dont 240 avec un rappel en attente.
                  Orientés vers un partenaire : 3 739 dossiers, 4 378 envois à 197 partenaires (INJOIGNABLE 4 059, ORIENTE_ML 319).
                  Liste de la Région : 184 dossiers (HORS_REGION 26) : sorties/vague-2026-1/orientation-region.csv
                  Sans suite (en solution, refus, opposition, déménagement, exclus) : 4 080 dossiers (EN_SOLUTION 4 080).
                  Contrôle : 3 739 + 184 + 4 080 = 8 003 dossiers, aucun dossier oublié.
                """);
    }

    @Test
    void shouldWarnWhenSomeCaseHasNoDecision() {
        String text = print(summary(8004, Map.of("ORIENTE", 3739, "REGION", 184, "SANS_SUITE", 4080)));

        assertThat(text).endsWith("  ATTENTION : 8 004 dossiers de la vague, 8 003 décidés ; relancez la commande.\n");
    }
}
