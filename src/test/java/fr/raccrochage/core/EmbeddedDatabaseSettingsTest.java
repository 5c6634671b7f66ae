package fr.raccrochage.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

class EmbeddedDatabaseSettingsTest {

    @Test
    void shouldKeepAnAbsoluteDataFolderAbsolute() {
        assertThat(EmbeddedDatabaseSettings.absoluteFolder("jdbc:h2:file:.//srv/raccrochage/donnees/raccrochage;WRITE_DELAY=0"))
                .isEqualTo("jdbc:h2:file:/srv/raccrochage/donnees/raccrochage;WRITE_DELAY=0");
        assertThat(EmbeddedDatabaseSettings.absoluteFolder("jdbc:h2:file:./donnees/raccrochage"))
                .isEqualTo("jdbc:h2:file:./donnees/raccrochage");
    }

    @Test
    void shouldTurnOnH2FileEncryptionOnlyWithAKeyAndOnlyForTheEmbeddedDatabase() {
        try (HikariDataSource h2 = pool("jdbc:h2:file:./donnees/raccrochage;WRITE_DELAY=0", "motdepasse");
                HikariDataSource plain = pool("jdbc:h2:file:./donnees/raccrochage", "");
                HikariDataSource postgres = pool("jdbc:postgresql://localhost/raccrochage", "pg")) {
            new EmbeddedDatabaseSettings("cle").postProcessBeforeInitialization(h2, "dataSource");
            new EmbeddedDatabaseSettings("").postProcessBeforeInitialization(plain, "dataSource");
            new EmbeddedDatabaseSettings("cle").postProcessBeforeInitialization(postgres, "dataSource");

            assertThat(h2.getJdbcUrl()).isEqualTo("jdbc:h2:file:./donnees/raccrochage;WRITE_DELAY=0;TRACE_LEVEL_FILE=4;CIPHER=AES");
            assertThat(h2.getPassword()).isEqualTo("cle motdepasse");
            assertThat(plain.getJdbcUrl()).isEqualTo("jdbc:h2:file:./donnees/raccrochage;TRACE_LEVEL_FILE=4");
            assertThat(plain.getPassword()).isEmpty();
            assertThat(postgres.getJdbcUrl()).isEqualTo("jdbc:postgresql://localhost/raccrochage");
            assertThat(postgres.getPassword()).isEqualTo("pg");
        }
    }

    private static HikariDataSource pool(String url, String password) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        dataSource.setPassword(password);
        return dataSource;
    }
}
