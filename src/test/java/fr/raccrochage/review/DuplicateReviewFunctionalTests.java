package fr.raccrochage.review;

import fr.raccrochage.TestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The review tests on the embedded default, an H2 file database. */
class DuplicateReviewFunctionalTests extends DuplicateReviewTests {

    @DynamicPropertySource
    static void h2(DynamicPropertyRegistry registry) {
        TestDatabase.registerH2(registry, home);
    }
}
