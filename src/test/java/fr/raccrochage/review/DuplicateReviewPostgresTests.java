package fr.raccrochage.review;

import fr.raccrochage.TestPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The review tests on a real PostgreSQL server (the production database). */
class DuplicateReviewPostgresTests extends DuplicateReviewTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, "revue");
    }
}
