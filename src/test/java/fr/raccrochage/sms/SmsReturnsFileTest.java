package fr.raccrochage.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.raccrochage.core.inbound.InboundVariants;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmsReturnsFileTest {

    @TempDir
    Path dir;

    @Test
    void shouldReadTheSameReturnsWhateverTheFileWasSavedAs() {
        Map<String, Path> variants = InboundVariants.write(dir, "retours", List.of("Référence", "Numéro", "Type", "Statut",
                "Date", "Texte"), List.of(
                        List.of("S-1", "0612345678", "ACCUSE", "DELIVRE", "31/10/2026 10:00", ""),
                        List.of("", "0612345678", "REPONSE", "", "31/10/2026 11:30", "Stop é")));

        variants.forEach((variant, file) -> {
            SmsReturnsFile read = SmsReturnsFile.read(file);
            assertThat(read.lines()).as(variant).extracting(fr.raccrochage.core.inbound.DeclaredLine::number).containsExactly(2, 3);
            assertThat(read.lines().get(0).get("REFERENCE")).as(variant).isEqualTo("S-1");
            assertThat(ReturnDates.parse(read.lines().get(0).get("DATE"))).as(variant)
                    .isEqualTo(LocalDateTime.of(2026, 10, 31, 10, 0));
            assertThat(read.lines().get(1).get("TEXTE")).as(variant).isEqualTo("Stop é");
        });
    }

    @Test
    void shouldRefuseAnImpossibleDateInsteadOfMovingIt() {
        assertThatThrownBy(() -> ReturnDates.parse("31/11/2026 10:00")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> ReturnDates.parse("2026-11-31T10:00")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> ReturnDates.parse("hier")).isInstanceOf(DateTimeParseException.class);
        assertThat(ReturnDates.parse("2026-11-30T10:00:05")).isEqualTo(LocalDateTime.of(2026, 11, 30, 10, 0, 5));
        assertThat(ReturnDates.parse("2026-11-30T09:00Z")).isEqualTo(LocalDateTime.of(2026, 11, 30, 10, 0));
    }
}
