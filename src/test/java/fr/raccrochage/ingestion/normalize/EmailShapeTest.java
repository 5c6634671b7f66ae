package fr.raccrochage.ingestion.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link EmailShape} only ever accepts what the e-mail pattern accepts, and accepts the usual addresses. */
class EmailShapeTest {

    private final Random random = new Random(20261201L);

    @Test
    void shouldAcceptOnlyWhatThePatternAcceptsOnStringsMadeOfEveryTrickyCharacter() {
        List<String> wronglyAccepted = new ArrayList<>();
        int accepted = 0;
        for (int run = 0; run < 300_000; run++) {
            String value = tricky();
            if (EmailShape.plainlyValid(value)) {
                accepted++;
                if (!FieldNormalizers.EMAIL.matcher(value).matches()) {
                    wronglyAccepted.add(value);
                }
            }
        }
        assertThat(wronglyAccepted).isEmpty();
        // the generator must reach the short-cut often enough to test it
        assertThat(accepted).isGreaterThan(10_000);
    }

    @Test
    void shouldAnswerTheUsualAddressesAndLeaveTheRestToThePattern() {
        assertThat(List.of("lea.martin@laposte.net", "jean-marc_2008+sms@sub.mail.example.fr", "a@b.co"))
                .allMatch(EmailShape::plainlyValid);
        assertThat(List.of("o'neil@example.fr", "a..b@example.fr", ".a@example.fr", "a.@example.fr", "a@example",
                "a@-x.fr", "a@x-.fr", "a@x..fr", "a@x.f", "a@x.fr2", "a@b@c.fr", "@example.fr", "léa@example.fr"))
                .noneMatch(EmailShape::plainlyValid);
        // the pattern still accepts the rarer characters the short-cut leaves to it
        assertThat(FieldNormalizers.email("O'Neil@Example.fr")).isEqualTo("o'neil@example.fr");
    }

    /** Addresses built from parts that each may break a rule: dots, hyphens, digits, odd characters. */
    private String tricky() {
        String[] pieces = {"a", "z", "lea", "0", "9", ".", ".", "-", "_", "+", "@", "@", "é", " ", "!", "'", "A", "fr", "co"};
        StringBuilder value = new StringBuilder();
        int length = 1 + random.nextInt(9);
        for (int i = 0; i < length; i++) {
            value.append(pieces[random.nextInt(pieces.length)]);
        }
        if (random.nextBoolean()) {
            value.append('@').append(pieces[random.nextInt(4)]).append('.').append(random.nextBoolean() ? "fr" : "f");
        }
        return value.toString();
    }
}
