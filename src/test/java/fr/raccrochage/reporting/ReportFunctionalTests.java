package fr.raccrochage.reporting;

import fr.raccrochage.TestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The report tests on the embedded default, an H2 file database. */
class ReportFunctionalTests extends ReportTests {

    @DynamicPropertySource
    static void h2(DynamicPropertyRegistry registry) {
        TestDatabase.registerH2(registry, home);
    }
}
