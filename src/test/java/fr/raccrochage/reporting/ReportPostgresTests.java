package fr.raccrochage.reporting;

import fr.raccrochage.TestPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same report tests on a real PostgreSQL server (the production database). */
class ReportPostgresTests extends ReportTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, "rapport");
    }
}
