package fr.raccrochage.core.reference;

import fr.raccrochage.TestPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link CommuneReferenceTests} on a real PostgreSQL server, in a database of its own. */
class CommuneReferencePostgresTests extends CommuneReferenceTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, "referentiel");
    }
}
