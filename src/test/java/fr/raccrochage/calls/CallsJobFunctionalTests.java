package fr.raccrochage.calls;

import fr.raccrochage.TestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The planning and results tests on the embedded default, an H2 file database. */
class CallsJobFunctionalTests extends CallsJobTests {

    @DynamicPropertySource
    static void h2(DynamicPropertyRegistry registry) {
        TestDatabase.registerH2(registry, home);
    }
}
