package fr.raccrochage.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SpacesTest {

    private static final Pattern RUNS = Pattern.compile("[\\s\\h]+");
    private static final String[] PIECES = {"a", "Z", "é", "È", "ç", "œ", "漢", "-", "'", "1", " ", "  ", "\t", "\n",
        "\u00a0", "\u202f", "\u2007", "\u3000", "\u1680", "\u180e", "\u2028"};

    @Test
    void shouldCollapseAndRemoveSpacesExactlyAsTheRegexWouldWithoutRunningItOnPlainValues() {
        Random random = new Random(5);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder value = new StringBuilder();
            for (int i = random.nextInt(7); i > 0; i--) {
                value.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String raw = value.toString();
            assertThat(Spaces.collapsed(raw)).as("«%s»", raw).isEqualTo(RUNS.matcher(raw).replaceAll(" ").strip());
            assertThat(Spaces.removed(raw)).as("«%s»", raw).isEqualTo(RUNS.matcher(raw).replaceAll(""));
        }
    }

    @Test
    void shouldGiveBackPlainValuesThemselves() {
        String plain = "Saint-Étienne-du-Rouvray";
        assertThat(Spaces.removed(plain)).isSameAs(plain);
        assertThat(Spaces.collapsed("Anne\u00a0\u00a0Sophie ")).isEqualTo("Anne Sophie");
        assertThat(Spaces.removed("93\t200")).isEqualTo("93200");
    }
}
