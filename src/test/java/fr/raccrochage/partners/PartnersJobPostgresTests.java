package fr.raccrochage.partners;

import fr.raccrochage.TestPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same partners tests on a real PostgreSQL server (the production database). */
class PartnersJobPostgresTests extends PartnersJobTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, "partenaires");
    }
}
