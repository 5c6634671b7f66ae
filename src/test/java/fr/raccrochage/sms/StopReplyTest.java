package fr.raccrochage.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StopReplyTest {

    @ParameterizedTest
    @ValueSource(strings = {"STOP", "stop", "Stop", " stop ", "S T O P", "s.t.o.p", "Stop !", "STOP.", "\tSTOP\n",
        "Stöp", "stop\u00A0!"})
    void shouldTakeTheWordStopInAnyCaseAndSpacing(String reply) {
        assertThat(StopReply.isStop(reply)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "STOPPER", "stop ou encore ?", "Non stop", "Merci", "TOPS", "ST0P"})
    void shouldNotTakeAnythingElseForAStop(String reply) {
        assertThat(StopReply.isStop(reply)).isFalse();
    }
}
