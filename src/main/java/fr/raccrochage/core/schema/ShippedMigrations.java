package fr.raccrochage.core.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.configuration.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The fingerprint (SHA-256) of the migrations Flyway would apply: every file under its locations
 * (name and bytes: SQL scripts and Java migration classes alike) and the settings that change what a
 * migration does. Any change to any of them gives another fingerprint, so Flyway runs again.
 */
final class ShippedMigrations {

    private ShippedMigrations() {
    }

    /** The fingerprint, or empty when a location is not one this class can read (Flyway then always runs). */
    static Optional<String> fingerprint(Configuration configuration) {
        MessageDigest digest = sha256();
        update(digest, "flyway " + Flyway.class.getPackage().getImplementationVersion());
        update(digest, "table " + configuration.getTable() + " schemas " + Arrays.toString(configuration.getSchemas())
                + " default " + configuration.getDefaultSchema() + " out-of-order " + configuration.isOutOfOrder()
                + " target " + configuration.getTarget() + " baseline " + configuration.isBaselineOnMigrate() + " "
                + configuration.getBaselineVersion() + " encoding " + configuration.getEncoding()
                + " placeholders " + new TreeMap<>(configuration.getPlaceholders())
                + " java " + Arrays.stream(configuration.getJavaMigrations()).map(m -> m.getClass().getName()).toList()
                + " callbacks " + Arrays.stream(configuration.getCallbacks()).map(c -> c.getClass().getName()).toList());
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(configuration.getClassLoader());
        for (Location location : configuration.getLocations()) {
            Optional<String> pattern = pattern(location);
            if (pattern.isEmpty()) {
                return Optional.empty();
            }
            update(digest, "location " + location.getDescriptor());
            for (Map.Entry<String, Resource> file : files(resolver, pattern.get(), location.getPath()).entrySet()) {
                update(digest, "file " + file.getKey());
                try (InputStream in = file.getValue().getInputStream()) {
                    digest.update(in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return Optional.of(HexFormat.of().formatHex(digest.digest()));
    }

    private static Optional<String> pattern(Location location) {
        String path = location.getPath();
        if (location.getPathRegex() != null) {
            return Optional.empty(); // a wildcard location: left to Flyway
        }
        if (location.isClassPath()) {
            return Optional.of("classpath*:" + path + "/**");
        }
        if (location.isFileSystem()) {
            return Optional.of("file:" + path + "/**");
        }
        return Optional.empty();
    }

    /** The location's files by their path under it, in a fixed order (jar or folder alike). */
    private static Map<String, Resource> files(PathMatchingResourcePatternResolver resolver, String pattern, String root) {
        Map<String, Resource> files = new TreeMap<>();
        try {
            for (Resource resource : resolver.getResources(pattern)) {
                if (!resource.isReadable()) {
                    continue; // a folder
                }
                String url = resource.getURL().toString();
                int at = url.lastIndexOf(root + "/");
                files.put(at < 0 ? url : url.substring(at + root.length() + 1), resource);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
