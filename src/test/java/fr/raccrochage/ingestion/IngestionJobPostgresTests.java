package fr.raccrochage.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import fr.raccrochage.TestPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same import tests, on a real PostgreSQL server (the production database). */
class IngestionJobPostgresTests extends IngestionJobTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, "ingestion");
    }

    @Test
    void shouldRunOnPostgresql() throws Exception {
        try (var connection = jdbc.getDataSource().getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
    }
}
