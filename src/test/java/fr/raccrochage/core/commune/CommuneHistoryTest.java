package fr.raccrochage.core.commune;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** INSEE's history of changes followed from a code no longer in the COG to today's commune. */
class CommuneHistoryTest {

    private static Commune commune(String code, String name) {
        return new Commune(code, name, CommuneType.COMMUNE, null, "77", "11", List.of("77400"), 100, null, null, null, null);
    }

    private static CommuneMovement move(int mod, String date, String before, String beforeName, String after, String afterName) {
        return new CommuneMovement(mod, LocalDate.parse(date), "COM", before, beforeName, "COM", after, afterName);
    }

    @Test
    void shouldFollowAChainOfMergersToTheLastCommuneAndNotAGivingCommuneNorASplit() {
        CommuneDirectory directory = CommuneDirectory.of(List.of(commune("77003", "C"), commune("77004", "D"),
                commune("77005", "E")), List.of(
                move(32, "2019-01-01", "77001", "A", "77002", "B"),
                move(31, "2027-01-01", "77002", "B", "77003", "C"),
                // 77009 split between two communes on the same day: no single successor.
                move(30, "2027-01-01", "77009", "Z", "77004", "D"),
                move(30, "2027-01-01", "77009", "Z", "77005", "E"),
                // A re-establishment names the commune that gave territory, not a successor.
                move(21, "2027-01-01", "77008", "Y", "77005", "E")));

        assertThat(directory.current("77001")).map(Commune::codeInsee).contains("77003");
        assertThat(directory.disappearance("77001")).get().satisfies(gone -> {
            assertThat(gone.name()).isEqualTo("A");
            assertThat(gone.date()).isEqualTo(LocalDate.of(2019, 1, 1));
            assertThat(gone.describe()).isEqualTo("fusionnée dans 77003 (C) le 01/01/2019");
        });
        assertThat(directory.current("77003")).map(Commune::nom).contains("C");
        assertThat(directory.disappearance("77003")).isEmpty();
        assertThat(directory.current("77009")).isEmpty();
        assertThat(directory.current("77008")).isEmpty();
        assertThat(directory.current("99999")).isEmpty();
        assertThat(new CommuneResolver(directory).resolve("", "77400", "A")).map(Commune::codeInsee).contains("77003");
    }
}
