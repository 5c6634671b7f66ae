package fr.raccrochage.identity;

import fr.raccrochage.TestPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same identity tests on a real PostgreSQL server (the production database). */
class IdentityJobPostgresTests extends IdentityJobTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, "identite");
    }
}
