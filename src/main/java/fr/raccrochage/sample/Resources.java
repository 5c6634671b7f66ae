package fr.raccrochage.sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the generator's UTF-8 resource lists; blank lines and lines starting with '#' are skipped. */
final class Resources {

    static final String BASE = "fr/raccrochage/sample/";

    private Resources() {
    }

    static List<String> lines(String resource) {
        return read(resource, true);
    }

    /** Every line, comments included (for files that are not lists, like the commune reference). */
    static List<String> rawLines(String resource) {
        return read(resource, false);
    }

    private static List<String> read(String resource, boolean skipComments) {
        InputStream in = Resources.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + resource);
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
                    line = line.substring(1);
                }
                if (line.isBlank() || (skipComments && line.startsWith("#"))) {
                    continue;
                }
                lines.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath resource " + resource, e);
        }
        return lines;
    }

    /** Splits on ';' keeping empty fields. */
    static String[] fields(String line) {
        List<String> fields = new ArrayList<>(12);
        int start = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == ';') {
                fields.add(line.substring(start, i));
                start = i + 1;
            }
        }
        fields.add(line.substring(start));
        return fields.toArray(new String[0]);
    }
}
