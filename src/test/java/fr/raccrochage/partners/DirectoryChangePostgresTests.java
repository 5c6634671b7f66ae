package fr.raccrochage.partners;

import fr.raccrochage.TestPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link DirectoryChangeTests} on a real PostgreSQL server. */
class DirectoryChangePostgresTests extends DirectoryChangeTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, "annuaire");
    }
}
