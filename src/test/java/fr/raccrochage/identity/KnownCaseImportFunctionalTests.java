package fr.raccrochage.identity;

import fr.raccrochage.TestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The known-cases import tests on the embedded default, an H2 file database. */
class KnownCaseImportFunctionalTests extends KnownCaseImportTests {

    @DynamicPropertySource
    static void h2(DynamicPropertyRegistry registry) {
        TestDatabase.registerH2(registry, home);
    }
}
