package fr.raccrochage.review;

import static org.assertj.core.api.Assertions.assertThat;

import fr.raccrochage.core.inbound.InboundVariants;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionFileTest {

    @TempDir
    Path dir;

    @Test
    void shouldReadTheSameDecisionsWhateverTheFileWasSavedAs() {
        Map<String, Path> variants = InboundVariants.write(dir, "decisions", List.of("Commentaire", "Décision", "Paire"),
                List.of(List.of("vu au téléphone", "MEME", "D-1-2-1-3"), List.of("", "", "D-1-4-1-5"),
                        List.of("pas le même", "DIFFERENT", "D-1-6-1-7")));

        variants.forEach((variant, file) -> assertThat(DecisionFile.read(file)).as(variant).containsExactly(
                new DecisionFile.Line(2, "D-1-2-1-3", "MEME"),
                new DecisionFile.Line(3, "D-1-4-1-5", ""),
                new DecisionFile.Line(4, "D-1-6-1-7", "DIFFERENT")));
    }
}
