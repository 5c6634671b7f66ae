package fr.raccrochage.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.raccrochage.TestDatabase;
import fr.raccrochage.ingestion.SieiFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Personal data at rest: whatever the umask, after a real night (inbox, archive, database, rejects,
 * log) every folder of the data and output trees is 700 and every file 600; and with a key the
 * embedded database files are encrypted.
 */
class PrivateFilesCliTests {

    @TempDir
    Path home;

    @Test
    void shouldKeepEveryDataAndOutputFileOwnerOnly() throws Exception {
        Cli cli = new Cli(home);
        // A night takes files only into a declared wave.
        assertThat(cli.run("vague", "creer", "2026-4").exitCode()).isZero();
        // Left by an earlier version, world-readable: brought to 600 / 700.
        Files.createDirectories(cli.data().resolve("journaux"));
        Path old = Files.writeString(cli.data().resolve("journaux/ancien.log"), "ancien", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(cli.data(), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-r--r--"));
        SieiFiles.sampleWave(cli.data().resolve("arrivee/siei/2026-4/liste.csv"));

        Cli.Result night = cli.run("nuit", "--date", "2026-11-24");

        assertThat(night.exitCode()).as(night.err()).isEqualTo(ExitCodes.NEEDS_OPERATOR);
        assertThat(cli.data().resolve("raccrochage.mv.db")).exists();
        assertThat(cli.data().resolve("archives/siei/2026-11-24/liste.csv")).exists();
        List<Path> rejects;
        try (Stream<Path> tree = Files.walk(cli.outputs())) {
            rejects = tree.filter(p -> p.toString().endsWith(".rejets.csv")).toList();
        }
        assertThat(rejects).isNotEmpty();
        assertThat(mode(cli.data())).isEqualTo("rwx------");
        assertThat(mode(cli.outputs())).isEqualTo("rwx------");
        assertThat(mode(cli.data().resolve("raccrochage.mv.db"))).isEqualTo("rw-------");
        assertThat(mode(old)).isEqualTo("rw-------");
        for (Path root : List.of(cli.data(), cli.outputs())) {
            try (Stream<Path> tree = Files.walk(root)) {
                assertThat(tree.toList()).allSatisfy(p -> assertThat(mode(p)).as(p.toString())
                        .isEqualTo(Files.isDirectory(p) ? "rwx------" : "rw-------"));
            }
        }
        Path log = Path.of(System.getProperty("logging.file.name", cli.data().resolve("journaux/raccrochage.log").toString()));
        assertThat(mode(log)).isEqualTo("rw-------");
        assertThat(mode(log.toAbsolutePath().getParent())).isEqualTo("rwx------");
    }

    @Test
    void shouldEncryptTheEmbeddedDatabaseWithTheKeyFromTheEnvironment() throws Exception {
        String key = "cle-de-test-7f3a9c";
        Cli cli = new Cli(home, Map.of("raccrochage.base.cle", key));

        Cli.Result imported = cli.run("partenaires", "importer", Path.of("sample-data", "partenaires-idf-exemple.csv").toString());

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        byte[] header = new byte[64];
        try (var in = Files.newInputStream(cli.data().resolve("raccrochage.mv.db"))) {
            in.readNBytes(header, 0, header.length);
        }
        assertThat(new String(header, StandardCharsets.ISO_8859_1)).startsWith("H2encrypt");
        String url = TestDatabase.h2Url(cli.data());
        assertThatThrownBy(() -> DriverManager.getConnection(url, "sa", "").close()).isInstanceOf(java.sql.SQLException.class);
        try (var connection = DriverManager.getConnection(url + ";CIPHER=AES", "sa", key + " ");
                var rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM partenaire_commune")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(2656);
        }
        Cli.Result again = cli.run("vague", "liste");
        assertThat(again.exitCode()).as(again.err()).isZero();
    }

    private static String mode(Path path) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
