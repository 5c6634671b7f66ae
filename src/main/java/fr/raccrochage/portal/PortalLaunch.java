package fr.raccrochage.portal;

import java.util.List;

/**
 * Decides, before Spring starts, whether this process is the portal: only {@code raccrochage
 * portail [--port N]} makes a servlet web application (Tomcat, Spring Security, Thymeleaf). Every
 * other command stays a plain, fast-starting CLI (application.properties: no web application, no
 * security or template auto-configuration).
 */
public final class PortalLaunch {

    public static final int DEFAULT_PORT = 8080;

    private PortalLaunch() {
    }

    /** Sets the few system properties that turn this process into the portal, when the arguments ask for it. */
    public static void prepare(String[] args) {
        port(args).ifPresent(port -> {
            System.setProperty("spring.main.web-application-type", "servlet");
            System.setProperty("spring.autoconfigure.exclude", "");
            System.setProperty("server.port", String.valueOf(port));
        });
    }

    /** The port to serve on, when the arguments are exactly {@code portail} with an optional valid {@code --port}. */
    static java.util.OptionalInt port(String[] args) {
        List<String> list = List.of(args);
        if (list.isEmpty() || !list.get(0).equals("portail")) {
            return java.util.OptionalInt.empty();
        }
        List<String> rest = list.subList(1, list.size());
        if (rest.isEmpty()) {
            return java.util.OptionalInt.of(DEFAULT_PORT);
        }
        String value = rest.size() == 2 && rest.get(0).equals("--port") ? rest.get(1)
                : rest.size() == 1 && rest.get(0).startsWith("--port=") ? rest.get(0).substring("--port=".length()) : null;
        if (value == null || !value.matches("\\d{1,5}") || Integer.parseInt(value) > 65535) {
            // Anything else (compte ..., --help, a bad port) is a CLI command: picocli answers it.
            return java.util.OptionalInt.empty();
        }
        return java.util.OptionalInt.of(Integer.parseInt(value));
    }
}
