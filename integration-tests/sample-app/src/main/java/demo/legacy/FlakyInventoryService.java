package demo.legacy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stand-in for the inventory service that can be told to fail. It listens on 127.0.0.1 only.
 *
 * <pre>
 * GET  /stock/{sku}               200 "42"   (with ?warehouse=W: "17")
 * GET  /skus                      200 "sku-1\nsku-2\nsku-3"
 * POST /reserve/{sku}?qty=N       204
 * GET  /price/list/{sku}          200 "1999"
 * GET  /price/promo/{sku}         200 "1799"
 * POST /orders/{sku}?qty=N        200 "order-1", "order-2", ...
 * GET  /health                    200 "ok"
 * </pre>
 *
 * In mode {@code failing} every one of those answers 503; in mode {@code slow} each answers after a
 * delay. Control requests are not counted and never fail:
 * {@code POST /control/mode/{healthy|failing|slow}[?delayMillis=N]}, {@code GET /control/mode},
 * {@code GET /control/count} (requests served so far).
 *
 * <p>{@code java demo.legacy.FlakyInventoryService [--port N] [--script healthy:4s,failing:5s,healthy]
 * [--slow-millis N]} prints {@code LISTENING <port>} when it accepts requests; a script's clock
 * starts with the first request, and each change of phase is narrated on stdout.
 */
public final class FlakyInventoryService implements AutoCloseable {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private final HttpServer server;
    private final ExecutorService workers;
    private final PrintStream narration;
    private final AtomicLong served = new AtomicLong();
    private final AtomicInteger orders = new AtomicInteger();
    private final AtomicLong scriptStartNanos = new AtomicLong();
    private volatile PhaseScript script;
    private volatile long slowMillis = 1000;
    private volatile ServiceMode lastNarrated;

    private FlakyInventoryService(HttpServer server, ExecutorService workers, PhaseScript script,
                                  PrintStream narration) {
        this.server = server;
        this.workers = workers;
        this.script = script;
        this.narration = narration;
    }

    /** Starts a healthy service on 127.0.0.1 and a free port. */
    public static FlakyInventoryService start() throws IOException {
        return start(0, PhaseScript.always(ServiceMode.HEALTHY), null);
    }

    /**
     * @param port 0 for any free port
     * @param narration where phase changes are told, or null for silence
     */
    public static FlakyInventoryService start(int port, PhaseScript script, PrintStream narration)
            throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        // Workers are daemons and plenty, so a slow answer never holds up a control request.
        ExecutorService workers = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "inventory-service");
            thread.setDaemon(true);
            return thread;
        });
        FlakyInventoryService service = new FlakyInventoryService(server, workers, script, narration);
        server.createContext("/", service::handle);
        server.setExecutor(workers);
        server.start();
        return service;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** Switches to {@code mode} for good, replacing any script. */
    public void setMode(ServiceMode mode) {
        script = PhaseScript.always(mode);
    }

    public ServiceMode mode() {
        long started = scriptStartNanos.get();
        return script.modeAt(started == 0 ? 0 : System.nanoTime() - started);
    }

    public void setSlowDelayMillis(long millis) {
        slowMillis = millis;
    }

    /** Requests answered or refused so far, control requests not included. */
    public long requestCount() {
        return served.get();
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getPath();
            if (path.startsWith("/control/")) {
                control(exchange, path);
                return;
            }
            served.incrementAndGet();
            scriptStartNanos.compareAndSet(0, System.nanoTime());
            ServiceMode mode = mode();
            narrate(mode);
            if (mode == ServiceMode.FAILING) {
                respond(exchange, 503, "service unavailable");
                return;
            }
            if (mode == ServiceMode.SLOW) {
                pause(slowMillis);
            }
            serve(exchange, path);
        } finally {
            exchange.close();
        }
    }

    private void serve(HttpExchange exchange, String path) throws IOException {
        String method = exchange.getRequestMethod();
        String query = exchange.getRequestURI().getQuery();
        if ("GET".equals(method) && path.startsWith("/stock/")) {
            respond(exchange, 200, query != null && query.contains("warehouse=") ? "17" : "42");
        } else if ("GET".equals(method) && path.equals("/skus")) {
            respond(exchange, 200, "sku-1\nsku-2\nsku-3\n");
        } else if ("POST".equals(method) && path.startsWith("/reserve/")) {
            respond(exchange, 204, null);
        } else if ("GET".equals(method) && path.startsWith("/price/list/")) {
            respond(exchange, 200, "1999");
        } else if ("GET".equals(method) && path.startsWith("/price/promo/")) {
            respond(exchange, 200, "1799");
        } else if ("POST".equals(method) && path.startsWith("/orders/")) {
            respond(exchange, 200, "order-" + orders.incrementAndGet());
        } else if ("GET".equals(method) && path.equals("/health")) {
            respond(exchange, 200, "ok");
        } else {
            respond(exchange, 404, "no such resource: " + method + " " + path);
        }
    }

    private void control(HttpExchange exchange, String path) throws IOException {
        String method = exchange.getRequestMethod();
        if ("GET".equals(method) && path.equals("/control/count")) {
            respond(exchange, 200, String.valueOf(requestCount()));
        } else if ("GET".equals(method) && path.equals("/control/mode")) {
            respond(exchange, 200, mode().label());
        } else if ("POST".equals(method) && path.startsWith("/control/mode/")) {
            ServiceMode mode;
            try {
                mode = ServiceMode.parse(path.substring("/control/mode/".length()));
            } catch (IllegalArgumentException e) {
                respond(exchange, 400, e.getMessage());
                return;
            }
            String query = exchange.getRequestURI().getQuery();
            if (query != null && query.startsWith("delayMillis=")) {
                setSlowDelayMillis(Long.parseLong(query.substring("delayMillis=".length())));
            }
            setMode(mode);
            respond(exchange, 200, mode.label());
        } else {
            respond(exchange, 404, "control: GET /control/count, GET /control/mode, POST /control/mode/{mode}");
        }
    }

    private void narrate(ServiceMode mode) {
        if (narration != null && mode != lastNarrated) {
            lastNarrated = mode;
            String what = mode == ServiceMode.FAILING ? "failing: every request gets HTTP 503"
                    : mode == ServiceMode.SLOW ? "slow: answers after " + slowMillis + " ms" : "healthy";
            narration.println(LocalTime.now().format(CLOCK) + "  [inventory service] now " + what);
            narration.flush();
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        if (body == null) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void pause(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int port = 0;
        String script = "healthy";
        long slow = 1000;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--port":
                    port = Integer.parseInt(args[i + 1]);
                    break;
                case "--script":
                    script = args[i + 1];
                    break;
                case "--slow-millis":
                    slow = Long.parseLong(args[i + 1]);
                    break;
                default:
                    System.err.println("usage: FlakyInventoryService [--port N] [--script healthy:4s,failing:5s,healthy]"
                            + " [--slow-millis N]");
                    System.exit(2);
            }
        }
        FlakyInventoryService service = start(port, PhaseScript.parse(script), System.out);
        service.setSlowDelayMillis(slow);
        System.out.println("LISTENING " + service.port());
        System.out.flush();
        // Serves until the process is stopped.
        new CountDownLatch(1).await();
    }
}
