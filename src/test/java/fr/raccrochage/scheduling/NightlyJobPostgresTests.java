package fr.raccrochage.scheduling;

import fr.raccrochage.TestPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same nightly tests on a real PostgreSQL server (the production database). */
class NightlyJobPostgresTests extends NightlyJobTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, "nuit");
    }
}
