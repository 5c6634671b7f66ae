package fr.raccrochage.sms;

import fr.raccrochage.TestPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same SMS tests on a real PostgreSQL server (the production database). */
class SmsJobPostgresTests extends SmsJobTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, "sms");
    }
}
