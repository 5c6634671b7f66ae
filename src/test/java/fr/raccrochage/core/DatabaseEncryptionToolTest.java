package fr.raccrochage.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Converting an existing embedded database to H2's AES file encryption, and back, as the README says. */
class DatabaseEncryptionToolTest {

    static final String KEY = "cle-de-conversion-42";

    @TempDir
    Path data;

    private String url() {
        return "jdbc:h2:file:" + data.resolve("raccrochage").toAbsolutePath();
    }

    @Test
    void shouldEncryptAnExistingDatabaseInPlaceAndDecryptItBack() throws Exception {
        try (Connection c = DriverManager.getConnection(url(), "sa", "")) {
            c.createStatement().execute("CREATE TABLE vague (id VARCHAR(40)); INSERT INTO vague VALUES ('2026-1')");
        }

        DatabaseEncryptionTool.run(true, data, KEY);

        assertThat(header()).startsWith("H2encrypt");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("raccrochage.mv.db"))))
                .isEqualTo("rw-------");
        assertThatThrownBy(() -> DriverManager.getConnection(url(), "sa", "").close()).isInstanceOf(SQLException.class);
        assertThat(firstWave(url() + EmbeddedDatabaseSettings.CIPHER, KEY + " ")).isEqualTo("2026-1");

        DatabaseEncryptionTool.run(false, data, KEY);

        assertThat(header()).doesNotStartWith("H2encrypt");
        assertThat(firstWave(url(), "")).isEqualTo("2026-1");
    }

    @Test
    void shouldRefuseAMissingKeyOrAKeyWithASpace() {
        assertThatThrownBy(() -> DatabaseEncryptionTool.run(true, data, " ")).hasMessageContaining("RACCROCHAGE_CLE_BASE");
        assertThatThrownBy(() -> DatabaseEncryptionTool.run(true, data, "deux mots")).hasMessageContaining("espace");
        assertThatThrownBy(() -> DatabaseEncryptionTool.run(true, data, KEY)).hasMessageStartingWith("Pas de base");
    }

    private String header() throws Exception {
        byte[] bytes = new byte[16];
        try (var in = Files.newInputStream(data.resolve("raccrochage.mv.db"))) {
            in.readNBytes(bytes, 0, bytes.length);
        }
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static String firstWave(String url, String password) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", password);
                var rows = c.createStatement().executeQuery("SELECT id FROM vague")) {
            rows.next();
            return rows.getString(1);
        }
    }
}
