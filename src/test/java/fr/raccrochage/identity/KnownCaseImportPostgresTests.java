package fr.raccrochage.identity;

import fr.raccrochage.TestPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same known-cases import tests on a real PostgreSQL server (the production database). */
class KnownCaseImportPostgresTests extends KnownCaseImportTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, "connus");
    }
}
