package fr.raccrochage.portal;

import fr.raccrochage.RaccrochageApplication;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * Load benchmark of the portal (docs/benchmarks.md): the report's 9,000-young-people wave
 * (banc-vague-9000.sql: 4,500 referrals to 70 partners), sent to the partners, 200 partner accounts
 * (about 3 per partner) logged in over HTTP with password and TOTP, then 200 concurrent sessions
 * each looping: referral list page, think, feedback post, think. Prints p50/p95/p99 per request.
 *
 * <p>Usage: {@code src/bench/portail.sh [sessions] [seconds] [think ms min] [think ms max]}.
 */
public final class PortalLoadBenchmark {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String PASSWORD = "Portail-Essai-2026!";
    private static final String[] STATUSES = {"CONTACTE", "ACCOMPAGNE", "SORTIE_POSITIVE", "INJOIGNABLE", "REFUS"};

    private record Session(String email, String partnerId, String cookie, String csrf, List<String> cases) {
    }

    private PortalLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int thinkMin = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        int thinkMax = args.length > 3 ? Integer.parseInt(args[3]) : 3000;
        Path home = Files.createTempDirectory("banc-portail").toAbsolutePath();
        // As `raccrochage portail` does (PortalLaunch): system properties outrank application.properties.
        Map.of("spring.main.web-application-type", "servlet", "spring.autoconfigure.exclude", "", "raccrochage.cli.actif",
                "false", "server.port", "0", "raccrochage.dossier-donnees", home.resolve("donnees").toString(),
                "spring.datasource.url", "jdbc:h2:file:" + home.resolve("donnees").resolve("raccrochage")
                        + ";CACHE_SIZE=32768;WRITE_DELAY=0",
                "raccrochage.dossier-sorties", home.resolve("sorties").toString(), "logging.file.name",
                home.resolve("banc.log").toString()).forEach(System::setProperty);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(RaccrochageApplication.class).run();
        try {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            seed(jdbc);
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            List<Session> logged = logIn(context.getBean(AccountService.class), jdbc, "http://localhost:" + port, sessions);
            run(logged, "http://localhost:" + port, seconds, thinkMin, thinkMax);
        } finally {
            context.close();
        }
        System.exit(0);
    }

    /** The report's wave, then one export per partner carrying all its referrals (as partenaires exporter records it). */
    private static void seed(JdbcTemplate jdbc) throws Exception {
        Instant start = Instant.now();
        try (var connection = jdbc.getDataSource().getConnection()) {
            ScriptUtils.executeSqlScript(connection, new ClassPathResource("fr/raccrochage/reporting/banc-vague-9000.sql"));
        }
        jdbc.update("""
                INSERT INTO export_partenaire (partenaire_id, vague_id, fichier, lignes, empreinte, renvoi, exporte_le)
                SELECT partenaire_id, 'BENCH', 'banc.csv', COUNT(*), 'banc', FALSE, TIMESTAMP '2026-02-02 08:00:00'
                FROM orientation GROUP BY partenaire_id""");
        jdbc.update("""
                INSERT INTO export_ligne (export_id, id_appel, partenaire_id)
                SELECT e.id, o.id_appel, o.partenaire_id FROM orientation o JOIN export_partenaire e ON e.partenaire_id = o.partenaire_id""");
        System.out.printf("Vague BENCH : %d dossiers, %d orientations envoyées à %d partenaires, %d retours (%d s)%n",
                jdbc.queryForObject("SELECT COUNT(*) FROM dossier_appel", Integer.class),
                jdbc.queryForObject("SELECT COUNT(*) FROM export_ligne", Integer.class),
                jdbc.queryForObject("SELECT COUNT(DISTINCT partenaire_id) FROM export_ligne", Integer.class),
                jdbc.queryForObject("SELECT COUNT(*) FROM retour_partenaire", Integer.class),
                Duration.between(start, Instant.now()).toSeconds());
    }

    private static List<Session> logIn(AccountService accounts, JdbcTemplate jdbc, String base, int count) throws Exception {
        List<String> partners = jdbc.queryForList("SELECT DISTINCT partenaire_id FROM export_ligne ORDER BY 1", String.class);
        String hash = accounts.passwordHash("banc@example.org", PASSWORD, PASSWORD);
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        List<Session> sessions = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        Instant start = Instant.now();
        for (int i = 0; i < count; i++) {
            String partner = partners.get(i % partners.size());
            String email = "banc" + i + "@example.org";
            String secret = TotpCodes.newSecret();
            var activation = accounts.create(Role.PARTENAIRE, partner, email, LocalDateTime.now());
            accounts.activate(email, activation.code(), hash, secret, TotpCodes.codeNow(secret), LocalDateTime.now());
            List<String> cases = jdbc.queryForList("SELECT id_appel FROM export_ligne WHERE partenaire_id = ?", String.class,
                    partner);
            pool.submit(() -> {
                sessions.add(login(http, base, email, partner, secret, cases));
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, java.util.concurrent.TimeUnit.MINUTES);
        System.out.printf("%d sessions ouvertes (mot de passe + TOTP) en %d s%n", sessions.size(),
                Duration.between(start, Instant.now()).toSeconds());
        return sessions;
    }

    private static Session login(HttpClient http, String base, String email, String partner, String secret, List<String> cases)
            throws Exception {
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(base + "/connexion")).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = cookie(form, null);
        long step = Math.floorDiv(Instant.now().getEpochSecond(), TotpCodes.PERIOD_SECONDS) + 1;
        HttpResponse<String> done = http.send(post(base + "/connexion", cookie, Map.of("courriel", email, "motDePasse", PASSWORD,
                "code", TotpCodes.code(secret, step), "_csrf", csrf(form.body()))), HttpResponse.BodyHandlers.ofString());
        if (done.statusCode() != 302 || !done.headers().firstValue("Location").orElse("").endsWith("/")) {
            throw new IllegalStateException("connexion refusée pour " + email + " : " + done.headers().map());
        }
        cookie = cookie(done, cookie);
        HttpResponse<String> list = http.send(get(base + "/partenaire", cookie), HttpResponse.BodyHandlers.ofString());
        return new Session(email, partner, cookie, csrf(list.body()), cases);
    }

    private static void run(List<Session> sessions, String base, int seconds, int thinkMin, int thinkMax) throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .executor(Executors.newFixedThreadPool(16)).build();
        Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
        AtomicInteger errors = new AtomicInteger();
        Instant warm = Instant.now().plusSeconds(15);
        Instant end = warm.plusSeconds(seconds);
        CountDownLatch done = new CountDownLatch(sessions.size());
        for (Session s : sessions) {
            Thread thread = new Thread(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                try {
                    sleep(random.nextInt(thinkMax));
                    while (Instant.now().isBefore(end)) {
                        int pages = Math.max(1, (s.cases().size() + 49) / 50);
                        time(latencies, errors, warm, "liste (GET /partenaire)", 200, () -> http.send(
                                get(base + "/partenaire?page=" + (1 + random.nextInt(pages)), s.cookie()),
                                HttpResponse.BodyHandlers.ofString()));
                        sleep(random.nextInt(thinkMin, thinkMax + 1));
                        String id = s.cases().get(random.nextInt(s.cases().size()));
                        time(latencies, errors, warm, "retour (POST /partenaire/jeunes/{id}/retour)", 302, () -> http.send(
                                post(base + "/partenaire/jeunes/" + id + "/retour", s.cookie(), Map.of("statut",
                                        STATUSES[random.nextInt(STATUSES.length)], "date", "2026-02-10", "_csrf", s.csrf())),
                                HttpResponse.BodyHandlers.ofString()));
                        sleep(random.nextInt(thinkMin, thinkMax + 1));
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                } finally {
                    done.countDown();
                }
            });
            thread.setDaemon(true);
            thread.start();
        }
        long cpuAtWarm = cpuAt(warm);
        done.await();
        long cpu = processCpuNanos() - cpuAtWarm;
        int requests = latencies.values().stream().mapToInt(List::size).sum();
        System.out.printf("%n%d sessions simultanées, %d s mesurées après 15 s de chauffe, pause %d à %d ms entre deux "
                + "requêtes d'une session%n", sessions.size(), seconds, thinkMin, thinkMax);
        System.out.println("| requête | n | débit (req/s) | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
        latencies.forEach((name, list) -> {
            List<Long> sorted = new ArrayList<>(list);
            Collections.sort(sorted);
            System.out.printf("| %s | %d | %.1f | %d | %d | %d | %d |%n", name, sorted.size(), sorted.size() / (double) seconds,
                    pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted.get(sorted.size() - 1));
        });
        System.out.println("erreurs (statut inattendu ou exception) : " + errors.get());
        System.out.printf("temps processeur du processus (serveur et client de charge) : %.1f ms par requête mesurée, "
                + "soit au plus %.0f requêtes/s sur 2 cœurs libres%n", cpu / 1e6 / requests, 2 * 1e9 * requests / cpu);
        System.out.printf("charge moyenne de la machine à la fin : %.1f%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private interface Call {
        HttpResponse<String> send() throws Exception;
    }

    private static void time(Map<String, List<Long>> latencies, AtomicInteger errors, Instant warm, String name, int expected,
            Call call) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = call.send();
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (response.statusCode() != expected) {
            errors.incrementAndGet();
        }
        if (Instant.now().isAfter(warm)) {
            latencies.computeIfAbsent(name, k -> Collections.synchronizedList(new ArrayList<>())).add(ms);
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The process CPU time when the measured window opens. */
    private static long cpuAt(Instant warm) throws InterruptedException {
        long wait = Duration.between(Instant.now(), warm).toMillis();
        if (wait > 0) {
            Thread.sleep(wait);
        }
        return processCpuNanos();
    }

    private static long pct(List<Long> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    private static HttpRequest get(String url, String cookie) {
        return HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookie).build();
    }

    private static HttpRequest post(String url, String cookie, Map<String, String> form) {
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        return builder.build();
    }

    /** The session cookie set by this answer (the JDK's cookie store drops Secure cookies over http). */
    private static String cookie(HttpResponse<?> response, String previous) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("RACCROCHAGE_SESSION="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElse(previous);
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("jeton CSRF absent de la page");
        }
        return m.group(1);
    }

    private static void sleep(long ms) throws InterruptedException {
        Thread.sleep(ms);
    }
}
