package fr.raccrochage.partners;

import fr.raccrochage.TestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link DirectoryChangeTests} on the embedded H2 file database. */
class DirectoryChangeH2Tests extends DirectoryChangeTests {

    @DynamicPropertySource
    static void h2(DynamicPropertyRegistry registry) {
        TestDatabase.registerH2(registry, home);
    }
}
