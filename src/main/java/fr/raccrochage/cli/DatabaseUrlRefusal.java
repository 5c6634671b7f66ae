package fr.raccrochage.cli;

import java.util.Arrays;
import java.util.Optional;

/**
 * A database address that no driver takes (a scheme mistyped, {@code postgres://} for
 * {@code jdbc:postgresql://}, a PostgreSQL address without the PostgreSQL profile) stops the start.
 * Spring Boot and Hikari say so in English; the operator reads which setting to correct and how.
 */
final class DatabaseUrlRefusal {

    /** The signs, in Spring Boot's and Hikari's messages, that the address itself was refused. */
    private static final String[] SIGNS = {"must start with \"jdbc\"", "claims to not accept jdbcUrl",
        "Failed to get driver instance for jdbcUrl"};

    private DatabaseUrlRefusal() {
    }

    /** The sentence for the operator when the start failed on the database address, else empty. */
    static Optional<String> sentence(Throwable startFailure) {
        for (Throwable e = startFailure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            String message = e.getMessage();
            if (message != null && Arrays.stream(SIGNS).anyMatch(message::contains)) {
                return Optional.of(sentence());
            }
        }
        return Optional.empty();
    }

    private static String sentence() {
        String configured = System.getProperty("spring.datasource.url", System.getenv("RACCROCHAGE_DB_URL"));
        String shown = configured == null ? "" : " : « " + configured + " »";
        return "L'adresse de la base de données n'est pas reconnue" + shown
                + ". Attendu jdbc:postgresql://serveur:5432/base (avec SPRING_PROFILES_ACTIVE=postgresql), ou "
                + "jdbc:h2:file:<dossier>/raccrochage pour la base intégrée : corrigez RACCROCHAGE_DB_URL (voir le README).";
    }
}
