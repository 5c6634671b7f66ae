package fr.raccrochage.partners;

import fr.raccrochage.core.commune.CommuneDirectory;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test fixtures: the commune reference (read once) and partner directories. */
final class Directories {

    static final CommuneDirectory COMMUNES = CommuneDirectory.fromClasspath();
    static final String HEADER = "partenaire_id;type;nom;departement;code_insee\n";

    private Directories() {
    }

    static DirectoryFile.Parsed parse(String content) {
        return new DirectoryFile(COMMUNES, "11").read(new StringReader(content), "annuaire.csv");
    }

    static PartnerDirectory of(String content) {
        DirectoryFile.Parsed parsed = parse(content);
        if (!parsed.valid()) {
            throw new IllegalArgumentException(parsed.errors().toString());
        }
        return new PartnerDirectory(parsed.entries(), COMMUNES);
    }

    /** The sample directory shipped in sample-data/. */
    static PartnerDirectory sample() {
        try (Reader reader = Files.newBufferedReader(Path.of("sample-data", "partenaires-idf-exemple.csv"), StandardCharsets.UTF_8)) {
            DirectoryFile.Parsed parsed = new DirectoryFile(COMMUNES, "11").read(reader, "partenaires-idf-exemple.csv");
            return new PartnerDirectory(parsed.entries(), COMMUNES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
