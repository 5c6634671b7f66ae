package fr.raccrochage.rights;

import fr.raccrochage.TestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The rights tests on the embedded default, an H2 file database. */
class YoungPersonRightsFunctionalTests extends YoungPersonRightsTests {

    @DynamicPropertySource
    static void h2(DynamicPropertyRegistry registry) {
        TestDatabase.registerH2(registry, home);
    }
}
