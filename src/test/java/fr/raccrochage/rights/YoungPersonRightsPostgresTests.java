package fr.raccrochage.rights;

import fr.raccrochage.TestPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same rights tests on a real PostgreSQL server (the production database). */
class YoungPersonRightsPostgresTests extends YoungPersonRightsTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, "droits");
    }
}
