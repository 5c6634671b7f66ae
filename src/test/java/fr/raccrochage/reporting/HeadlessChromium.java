package fr.raccrochage.reporting;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.minidev.json.JSONValue;

/**
 * Debian's Chromium, headless, driven through the Chrome DevTools Protocol over the JDK's own
 * WebSocket client: opens a page, collects console errors, uncaught exceptions and network
 * requests, evaluates scripts and takes screenshots. Installed by
 * {@code src/test/navigateur/installer-chromium.sh}, which the build runs before the tests.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<String>> pending = new ConcurrentHashMap<>();
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();
    private String session;

    private HeadlessChromium(Process process, WebSocket.Builder builder, URI browser) {
        this.process = process;
        this.socket = builder.buildAsync(browser, new Listener()).orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
    }

    /** Starts the browser with a fresh profile in {@code folder}, and opens one blank tab. */
    static HeadlessChromium start(Path folder) throws IOException, InterruptedException {
        Path profile = Files.createDirectories(folder.resolve("profil"));
        Process process = new ProcessBuilder(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank")
                .redirectErrorStream(true).redirectOutput(folder.resolve("chromium.log").toFile()).start();
        Path activePort = profile.resolve("DevToolsActivePort");
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (!(Files.exists(activePort) && Files.readAllLines(activePort).size() >= 2)) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                process.destroyForcibly();
                throw new IllegalStateException("Chromium n'a pas démarré ; voir " + folder.resolve("chromium.log"));
            }
            Thread.sleep(100);
        }
        List<String> lines = Files.readAllLines(activePort);
        URI browser = URI.create("ws://127.0.0.1:" + lines.get(0).strip() + lines.get(1).strip());
        HeadlessChromium chromium = new HeadlessChromium(process,
                HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(TIMEOUT), browser);
        chromium.openTab();
        return chromium;
    }

    private void openTab() {
        String targetId = JsonPath.read(call(null, "Target.createTarget", Map.of("url", "about:blank")), "$.result.targetId");
        session = JsonPath.read(call(null, "Target.attachToTarget", Map.of("targetId", targetId, "flatten", true)),
                "$.result.sessionId");
        for (String domain : List.of("Page", "Runtime", "Log", "Network")) {
            send(domain + ".enable", Map.of());
        }
    }

    /** Sends a command to the tab; returns the whole JSON answer. */
    String send(String method, Map<String, ?> params) {
        return call(session, method, params);
    }

    private String call(String sessionId, String method, Map<String, ?> params) {
        int id = ids.incrementAndGet();
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("id", id);
        message.put("method", method);
        message.put("params", params);
        if (sessionId != null) {
            message.put("sessionId", sessionId);
        }
        CompletableFuture<String> answer = new CompletableFuture<>();
        pending.put(id, answer);
        synchronized (socket) {
            socket.sendText(JSONValue.toJSONString(message), true).join();
        }
        String json = answer.orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
        if (json.contains("\"error\":{")) {
            Map<String, Object> error = JsonPath.read(json, "$.error");
            throw new IllegalStateException(method + " : " + error);
        }
        return json;
    }

    /** Opens {@code url} at this viewport width and waits for its load event. */
    void open(URI url, int width, int height) {
        send("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        loaded = new CompletableFuture<>();
        send("Page.navigate", Map.of("url", url.toString()));
        loaded.orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
    }

    /** Evaluates a script returning a JSON string, and returns that string. */
    String evaluate(String expression) {
        return JsonPath.read(send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true)), "$.result.result.value");
    }

    /** A PNG of the whole page, not only the viewport. */
    byte[] screenshotOfPage(int width) {
        Number height = JsonPath.read(send("Page.getLayoutMetrics", Map.of()), "$.result.cssContentSize.height");
        String data = JsonPath.read(send("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", Math.ceil(height.doubleValue()), "scale", 1))),
                "$.result.data");
        return Base64.getDecoder().decode(data);
    }

    /** Console errors, failed assertions, uncaught exceptions and error log entries seen so far. */
    List<String> problems() {
        return List.copyOf(problems);
    }

    /** Every URL the page asked for. */
    List<String> requests() {
        return List.copyOf(requests);
    }

    /**
     * Stops the browser and every process it started. Its renderer and helper processes can outlive
     * the main one and keep writing into the profile, which then cannot be deleted with the test's
     * temporary folder; they are found before the main process goes (they are re-parented after).
     */
    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> helpers = process.descendants().toList();
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null).join();
        } finally {
            stop(process.toHandle());
            for (ProcessHandle helper : helpers) {
                stop(helper);
            }
        }
    }

    private static void stop(ProcessHandle handle) throws InterruptedException {
        handle.destroy();
        try {
            handle.onExit().get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            handle.destroyForcibly();
            handle.onExit().completeOnTimeout(handle, 5, TimeUnit.SECONDS).join();
        }
    }

    private void onMessage(String json) {
        Map<String, Object> message = JsonPath.read(json, "$");
        if (message.get("id") instanceof Number id) {
            CompletableFuture<String> answer = pending.remove(id.intValue());
            if (answer != null) {
                answer.complete(json);
            }
            return;
        }
        String method = String.valueOf(message.get("method"));
        switch (method) {
            case "Page.loadEventFired" -> loaded.complete(null);
            case "Runtime.exceptionThrown" -> problems.add("exception : " + JsonPath.read(json, "$.params.exceptionDetails"));
            case "Runtime.consoleAPICalled" -> {
                String type = JsonPath.read(json, "$.params.type");
                if (type.equals("error") || type.equals("assert")) {
                    problems.add("console." + type + " : " + JsonPath.read(json, "$.params.args"));
                }
            }
            case "Log.entryAdded" -> {
                String level = JsonPath.read(json, "$.params.entry.level");
                if (level.equals("error")) {
                    problems.add("journal : " + JsonPath.read(json, "$.params.entry.text"));
                }
            }
            case "Network.requestWillBeSent" -> requests.add(JsonPath.read(json, "$.params.request.url"));
            default -> {
            }
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String json = partial.toString();
                partial.setLength(0);
                try {
                    onMessage(json);
                } catch (RuntimeException e) {
                    problems.add("message du navigateur illisible : " + e + " : " + json);
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
