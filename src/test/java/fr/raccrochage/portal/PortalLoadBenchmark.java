package fr.raccrochage.portal;

import fr.raccrochage.RaccrochageApplication;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
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
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
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
 * Load benchmark of the portal (docs/benchmarks.md). The portal runs in a process of its own (the
 * server: the H2 file database seeded with a 9,000-young-people wave, {@code banc-portail-9000.sql},
 * 4,500 referrals to 70 partners, all sent; one activated account per session). This process is the
 * load client: it logs every session in over HTTP (password and TOTP), then each session loops on
 * the referral list page, a think time, a feedback post, a think time. It prints p50/p95/p99 per
 * request, the errors, and the CPU time per request of the server and of the client, measured
 * apart, so that the figure holds on a shared machine.
 *
 * <p>Usage: {@code src/bench/portail.sh [sessions] [seconds] [think ms min] [think ms max]}. The
 * server's JVM options can be set in {@code BANC_PORTAIL_JVM} (for instance a JFR recording).
 */
public final class PortalLoadBenchmark {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String PASSWORD = "Portail-Essai-2026!";
    private static final String[] STATUSES = {"CONTACTE", "ACCOMPAGNE", "SORTIE_POSITIVE", "INJOIGNABLE", "REFUS"};
    private static final String LIST = "liste (GET /partenaire)";
    private static final String FEEDBACK = "retour (POST /partenaire/jeunes/{id}/retour)";
    private static final int WARM_UP_SECONDS = 15;

    /** An activated account, as the server gives it to the client. */
    private record Account(String email, String secret, List<String> cases) {
    }

    private record Session(Account account, String cookie, String csrf) {
    }

    private PortalLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("--serveur")) {
            serve(Path.of(args[1]), Integer.parseInt(args[2]));
            return;
        }
        int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int thinkMin = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        int thinkMax = args.length > 3 ? Integer.parseInt(args[3]) : 3000;
        Path home = Files.createTempDirectory("banc-portail").toAbsolutePath();
        Process server = startServer(home, sessions);
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            int port = -1;
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("PRET ")) {
                    port = Integer.parseInt(line.substring(5).strip());
                    break;
                }
                System.out.println(line);
            }
            if (port < 0) {
                throw new IllegalStateException("le serveur du banc s'est arrêté avant d'être prêt (voir " + home + ")");
            }
            List<Account> accounts = accounts(home.resolve("comptes.txt"));
            String base = "http://localhost:" + port;
            List<Session> logged = logIn(base, accounts);
            run(logged, base, seconds, thinkMin, thinkMax, server.toHandle());
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
        System.exit(0);
    }

    // ---------------------------------------------------------------- server process

    private static Process startServer(Path home, int sessions) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx1g");
        String extra = System.getenv("BANC_PORTAIL_JVM");
        if (extra != null && !extra.isBlank()) {
            command.addAll(Arrays.asList(extra.strip().split("\\s+")));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), PortalLoadBenchmark.class.getName(),
                "--serveur", home.toString(), String.valueOf(sessions)));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /** The portal as {@code raccrochage portail} starts it, on a fresh H2 file database, seeded; then waits to be stopped. */
    private static void serve(Path home, int sessions) throws Exception {
        // As PortalLaunch does: system properties outrank application.properties.
        Map.of("spring.main.web-application-type", "servlet", "spring.autoconfigure.exclude", "", "raccrochage.cli.actif",
                "false", "server.port", "0", "raccrochage.dossier-donnees", home.resolve("donnees").toString(),
                "spring.datasource.url", "jdbc:h2:file:" + home.resolve("donnees").resolve("raccrochage")
                        + ";CACHE_SIZE=32768;QUERY_CACHE_SIZE=64;WRITE_DELAY=0",
                "raccrochage.dossier-sorties", home.resolve("sorties").toString(), "logging.file.name",
                home.resolve("banc.log").toString()).forEach(System::setProperty);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(RaccrochageApplication.class).run();
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        seed(jdbc);
        writeAccounts(context.getBean(AccountService.class), jdbc, home.resolve("comptes.txt"), sessions);
        System.out.println("PRET " + ((WebServerApplicationContext) context).getWebServer().getPort());
        System.out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(context::close));
        Thread.currentThread().join();
    }

    /** The wave, then one export per partner carrying all its referrals (as partenaires exporter records it). */
    private static void seed(JdbcTemplate jdbc) throws Exception {
        Instant start = Instant.now();
        try (var connection = jdbc.getDataSource().getConnection()) {
            ScriptUtils.executeSqlScript(connection, new ClassPathResource("fr/raccrochage/portal/banc-portail-9000.sql"));
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

    /** One activated account per session, partners taken in turn; one line per account: e-mail, secret, its cases. */
    private static void writeAccounts(AccountService accounts, JdbcTemplate jdbc, Path file, int count) throws Exception {
        List<String> partners = jdbc.queryForList("SELECT DISTINCT partenaire_id FROM export_ligne ORDER BY 1", String.class);
        String hash = accounts.passwordHash("banc@example.org", PASSWORD, PASSWORD);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String partner = partners.get(i % partners.size());
            String email = "banc" + i + "@example.org";
            String secret = TotpCodes.newSecret();
            var activation = accounts.create(Role.PARTENAIRE, partner, email, LocalDateTime.now());
            accounts.activate(email, activation.code(), hash, secret, TotpCodes.codeNow(secret), LocalDateTime.now());
            List<String> cases = jdbc.queryForList("SELECT id_appel FROM export_ligne WHERE partenaire_id = ?", String.class,
                    partner);
            lines.add(email + ";" + secret + ";" + String.join(",", cases));
        }
        Files.write(file, lines);
    }

    // ---------------------------------------------------------------- load client

    private static List<Account> accounts(Path file) throws Exception {
        return Files.readAllLines(file).stream().map(line -> line.split(";"))
                .map(f -> new Account(f[0], f[1], List.of(f[2].split(",")))).toList();
    }

    private static List<Session> logIn(String base, List<Account> accounts) throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        List<Session> sessions = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        Instant start = Instant.now();
        for (Account account : accounts) {
            pool.submit(() -> {
                sessions.add(login(http, base, account));
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        if (sessions.size() != accounts.size()) {
            throw new IllegalStateException((accounts.size() - sessions.size()) + " connexions ont échoué");
        }
        System.out.printf("%d sessions ouvertes (mot de passe + TOTP) en %d s%n", sessions.size(),
                Duration.between(start, Instant.now()).toSeconds());
        return sessions;
    }

    private static Session login(HttpClient http, String base, Account account) throws Exception {
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(base + "/connexion")).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = cookie(form, null);
        // The next time step: never the one the activation consumed.
        long step = Math.floorDiv(Instant.now().getEpochSecond(), TotpCodes.PERIOD_SECONDS) + 1;
        HttpResponse<String> done = http.send(post(base + "/connexion", cookie, Map.of("courriel", account.email(),
                "motDePasse", PASSWORD, "code", TotpCodes.code(account.secret(), step), "_csrf", csrf(form.body()))),
                HttpResponse.BodyHandlers.ofString());
        if (done.statusCode() != 302 || !done.headers().firstValue("Location").orElse("").endsWith("/")) {
            throw new IllegalStateException("connexion refusée pour " + account.email() + " : " + done.headers().map());
        }
        cookie = cookie(done, cookie);
        HttpResponse<String> list = http.send(get(base + "/partenaire", cookie), HttpResponse.BodyHandlers.ofString());
        return new Session(account, cookie, csrf(list.body()));
    }

    private static void run(List<Session> sessions, String base, int seconds, int thinkMin, int thinkMax,
            ProcessHandle server) throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .executor(Executors.newFixedThreadPool(4)).build();
        Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
        AtomicInteger errors = new AtomicInteger();
        Instant warm = Instant.now().plusSeconds(WARM_UP_SECONDS);
        Instant end = warm.plusSeconds(seconds);
        CountDownLatch done = new CountDownLatch(sessions.size());
        double loadAtStart = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        for (Session s : sessions) {
            Thread thread = new Thread(null, () -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                List<String> cases = s.account().cases();
                try {
                    Thread.sleep(random.nextInt(thinkMax));
                    while (Instant.now().isBefore(end)) {
                        int pages = Math.max(1, (cases.size() + 49) / 50);
                        time(latencies, errors, warm, LIST, 200, () -> http.send(
                                get(base + "/partenaire?page=" + (1 + random.nextInt(pages)), s.cookie()),
                                HttpResponse.BodyHandlers.ofString()));
                        Thread.sleep(random.nextInt(thinkMin, thinkMax + 1));
                        String id = cases.get(random.nextInt(cases.size()));
                        time(latencies, errors, warm, FEEDBACK, 302, () -> http.send(
                                post(base + "/partenaire/jeunes/" + id + "/retour", s.cookie(), Map.of("statut",
                                        STATUSES[random.nextInt(STATUSES.length)], "date", "2026-02-10", "_csrf", s.csrf())),
                                HttpResponse.BodyHandlers.ofString()));
                        Thread.sleep(random.nextInt(thinkMin, thinkMax + 1));
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                } finally {
                    done.countDown();
                }
            }, "session-" + s.account().email(), 256 * 1024);
            thread.setDaemon(true);
            thread.start();
        }
        sleepUntil(warm);
        long serverCpuAtWarm = cpuNanos(server);
        long clientCpuAtWarm = ownCpuNanos();
        sleepUntil(end);
        long serverCpu = cpuNanos(server) - serverCpuAtWarm;
        long clientCpu = ownCpuNanos() - clientCpuAtWarm;
        done.await();
        report(sessions.size(), seconds, thinkMin, thinkMax, latencies, errors.get(), serverCpu, clientCpu, loadAtStart);
    }

    private static void report(int sessions, int seconds, int thinkMin, int thinkMax, Map<String, List<Long>> latencies,
            int errors, long serverCpu, long clientCpu, double loadAtStart) {
        Map<String, List<Long>> sorted = new TreeMap<>(latencies);
        int requests = sorted.values().stream().mapToInt(List::size).sum();
        System.out.printf("%n%d sessions simultanées, %d s mesurées après %d s de chauffe, pause %d à %d ms entre deux "
                + "requêtes d'une session%n", sessions, seconds, WARM_UP_SECONDS, thinkMin, thinkMax);
        System.out.println("| requête | n | débit (req/s) | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
        sorted.forEach((name, list) -> {
            List<Long> times = new ArrayList<>(list);
            Collections.sort(times);
            System.out.printf("| %s | %d | %.1f | %d | %d | %d | %d |%n", name, times.size(), times.size() / (double) seconds,
                    pct(times, 50), pct(times, 95), pct(times, 99), times.get(times.size() - 1));
        });
        System.out.println("erreurs (statut inattendu ou exception) : " + errors);
        if (requests > 0) {
            System.out.printf("temps processeur par requête mesurée : serveur %.2f ms, client de charge %.2f ms%n",
                    serverCpu / 1e6 / requests, clientCpu / 1e6 / requests);
            System.out.printf("soit, pour le serveur seul, au plus %.0f requêtes/s sur 2 cœurs libres (offert ici : %.0f req/s)%n",
                    2 * 1e9 * requests / serverCpu, requests / (double) seconds);
        }
        System.out.printf("charge moyenne de la machine : %.1f au début, %.1f à la fin (%d cœurs)%n", loadAtStart,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
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

    private static long cpuNanos(ProcessHandle process) {
        return process.info().totalCpuDuration().orElseThrow(
                () -> new IllegalStateException("temps processeur du serveur illisible")).toNanos();
    }

    private static long ownCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void sleepUntil(Instant instant) throws InterruptedException {
        long wait = Duration.between(Instant.now(), instant).toMillis();
        if (wait > 0) {
            Thread.sleep(wait);
        }
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
}
