package fr.raccrochage.core.reference;

import fr.raccrochage.TestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link CommuneReferenceTests} on the embedded H2 file database. */
class CommuneReferenceH2Tests extends CommuneReferenceTests {

    @DynamicPropertySource
    static void h2(DynamicPropertyRegistry registry) {
        TestDatabase.registerH2(registry, home);
    }
}
