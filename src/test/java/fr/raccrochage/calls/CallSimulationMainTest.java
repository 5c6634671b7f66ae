package fr.raccrochage.calls;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CallSimulationMainTest {

    @Test
    void shouldReachMorePeopleWithAdaptiveWeightsWhenContactDependsOnTheTimeOfDay() {
        CallSimulationMain.Outcome fixed = CallSimulationMain.run(300, 1, false);
        CallSimulationMain.Outcome adaptive = CallSimulationMain.run(300, 1, true);

        assertThat(adaptive.shareReached()).isGreaterThan(fixed.shareReached() + 0.03);
        assertThat(adaptive.attemptsPerReached()).isLessThan(fixed.attemptsPerReached());
    }
}
