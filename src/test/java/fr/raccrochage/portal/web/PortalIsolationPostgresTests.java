package fr.raccrochage.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.raccrochage.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every test of {@link PortalIsolationTests} (cross-partner scope by every route, the Region's
 * refused writes, the feedback rule, the page and the archive, objections) through the web layer on
 * a real PostgreSQL server: a web context of its own.
 */
class PortalIsolationPostgresTests extends PortalIsolationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, "portail_web");
    }

    @BeforeEach
    void onPostgres() throws Exception {
        try (var connection = jdbc.getDataSource().getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
    }
}
