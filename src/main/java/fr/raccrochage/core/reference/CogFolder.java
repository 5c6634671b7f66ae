package fr.raccrochage.core.reference;

import fr.raccrochage.core.inbound.FileRefusedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The three files of a COG update, found in one folder by the names INSEE and La Poste give them:
 * {@code v_commune_AAAA.csv}, the history {@code v_mvt_commune_AAAA.csv} (earlier editions
 * {@code v_mouvement_commune_AAAA.csv}, {@code mvtcommune_AAAA.csv}), and La Poste's base officielle des
 * codes postaux ({@code 019HexaSmal.csv}, {@code laposte_hexasmal.csv},
 * {@code base-officielle-des-codes-postaux.csv}…). Missing or doubled, the folder is refused.
 */
record CogFolder(Path communes, Path movements, Path postalCodes, int year) {

    private static final Pattern COMMUNES = Pattern.compile("(?:v_)?communes?_?(\\d{4})(?:-csv)?\\.csv");
    private static final Pattern MOVEMENTS = Pattern.compile("(?:v_)?(?:mvt_?communes?|mouvements?_communes?)_?(\\d{4})(?:-csv)?\\.csv");
    private static final Pattern POSTAL_CODES = Pattern.compile(".*(?:hexasmal|codes?[_-]postaux|code[_-]postal).*\\.csv");

    static CogFolder locate(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new FileRefusedException(Files.exists(folder)
                    ? "Dossier refusé : « %s » est un fichier ; indiquez le dossier qui contient les fichiers du code officiel géographique.".formatted(folder)
                    : "Dossier refusé : « %s » n'existe pas.".formatted(folder));
        }
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new FileRefusedException("Dossier refusé : « %s » ne peut pas être lu (%s).".formatted(folder, e.getMessage()), e);
        }
        Path communes = single(folder, files, COMMUNES, "le fichier des communes de l'INSEE (v_commune_AAAA.csv)");
        Path movements = single(folder, files, MOVEMENTS,
                "le fichier des mouvements des communes de l'INSEE (v_mvt_commune_AAAA.csv)");
        Path postalCodes = single(folder, files, POSTAL_CODES,
                "la base officielle des codes postaux de La Poste (019HexaSmal.csv ou laposte_hexasmal.csv)");
        int year = year(COMMUNES, communes);
        int movementsYear = year(MOVEMENTS, movements);
        if (year != movementsYear) {
            throw new FileRefusedException(("Dossier refusé : le fichier des communes (%s) est du millésime %d et celui des "
                    + "mouvements (%s) du millésime %d ; importez les deux fichiers d'un même millésime.")
                    .formatted(communes.getFileName(), year, movements.getFileName(), movementsYear));
        }
        return new CogFolder(communes, movements, postalCodes, year);
    }

    private static Path single(Path folder, List<Path> files, Pattern pattern, String what) {
        List<Path> found = files.stream().filter(f -> pattern.matcher(name(f)).matches()).toList();
        if (found.isEmpty()) {
            throw new FileRefusedException("Dossier refusé : « %s » ne contient pas %s.".formatted(folder, what));
        }
        if (found.size() > 1) {
            throw new FileRefusedException("Dossier refusé : « %s » contient plusieurs fichiers pour %s (%s) ; n'en laissez qu'un."
                    .formatted(folder, what, String.join(", ", found.stream().map(f -> f.getFileName().toString()).toList())));
        }
        return found.get(0);
    }

    private static int year(Pattern pattern, Path file) {
        Matcher matcher = pattern.matcher(name(file));
        if (!matcher.matches()) {
            throw new IllegalStateException(file.toString());
        }
        return Integer.parseInt(matcher.group(1));
    }

    private static String name(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT);
    }
}
