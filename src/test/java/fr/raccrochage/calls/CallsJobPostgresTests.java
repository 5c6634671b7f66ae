package fr.raccrochage.calls;

import fr.raccrochage.TestPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same planning and results tests on a real PostgreSQL server (the production database). */
class CallsJobPostgresTests extends CallsJobTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, "appels");
    }
}
