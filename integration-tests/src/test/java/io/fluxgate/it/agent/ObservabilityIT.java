package io.fluxgate.it.agent;

import com.sun.net.httpserver.HttpServer;
import com.sun.tools.attach.VirtualMachine;
import io.fluxgate.it.AppProcess;
import io.fluxgate.it.InventoryServer;
import io.fluxgate.it.Policies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static io.fluxgate.it.AgentEndpoints.adminUrl;
import static io.fluxgate.it.AgentEndpoints.get;
import static io.fluxgate.it.AgentEndpoints.metricsUrl;
import static io.fluxgate.it.AgentEndpoints.post;
import static io.fluxgate.it.Eventually.eventually;
import static io.fluxgate.it.Answers.HTTP_503;
import static io.fluxgate.it.Answers.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The listeners and the admin endpoint in a real JVM started with the agent: Prometheus scrapes,
 * steering a breaker over HTTP and over JMX, a Slack webhook told of transitions, and a JVM that
 * still exits on its own with every server and thread of the agent running.
 */
class ObservabilityIT {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String TOKEN = "it-admin-token";
    private static final String POLICY = """
            {
              "version": 1,
              "defaults": {
                "tracker": "TypeOf(java.io.IOException)",
                "tripper": "FailureStreak(2)",
                "retry": "Cooldown(60s)"
              },
              "targets": [
                { "method": "demo.legacy.InventoryClient#fetchStock(java.lang.String)", "breaker": "inventory" },
                { "method": "demo.legacy.ListPriceService#priceOf(java.lang.String)", "breaker": "prices",
                  "fallback": { "value": -1 }, "fallbackOn": "rejected" }
              ],
              "listeners": [
                { "type": "log" },
                { "type": "prometheus", "port": 0 },
                { "type": "jmx" },
                { "type": "slack", "webhookUrlEnv": "FLUXGATE_IT_SLACK_URL" }
              ],
              "admin": { "port": 0, "tokenEnv": "FLUXGATE_IT_ADMIN_TOKEN" }
            }
            """;

    @TempDir
    Path dir;
    private InventoryServer server;
    private HttpServer webhook;
    private final BlockingQueue<String> slackMessages = new LinkedBlockingQueue<>();
    private AppProcess app;

    @BeforeEach
    void start() throws IOException {
        server = InventoryServer.start();
        webhook = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        webhook.createContext("/services/hook", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                slackMessages.add(new String(body.readAllBytes(), StandardCharsets.UTF_8));
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        webhook.start();
        app = AppProcess.builder()
                .agent(Policies.write(dir, POLICY))
                .env("FLUXGATE_IT_SLACK_URL", "http://127.0.0.1:" + webhook.getAddress().getPort() + "/services/hook")
                .env("FLUXGATE_IT_ADMIN_TOKEN", TOKEN)
                .args(server.baseUrl())
                .start();
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
        webhook.stop(0);
        server.close();
    }

    private void tripInventory() {
        server.failing();
        assertEquals(HTTP_503, app.send("stock sku-1"));
        assertEquals(HTTP_503, app.send("stock sku-1"));
        assertRejected(app.send("stock sku-1"), "inventory");
        server.healthy();
    }

    @Test
    void prometheusCountsCallsByOutcomeTransitionsAndStates() {
        assertEquals("OK 42", app.send("stock sku-1"));
        assertEquals("OK 42", app.send("stock sku-1"));
        assertEquals("ERR java.lang.IllegalArgumentException: invalid sku: '!'", app.send("stock !"));
        tripInventory();
        server.failing();
        assertEquals(HTTP_503, app.send("price list sku-1"));
        assertEquals(HTTP_503, app.send("price list sku-1"));
        assertEquals("OK -1", app.send("price list sku-1"), "the fallback answers a rejected call");

        String metrics = get(metricsUrl(app)).body();
        assertEquals(3.0, sample(metrics, "fluxgate_calls_total{breaker=\"inventory\",outcome=\"success\"}"),
                "two successes and an untracked exception: " + metrics);
        assertEquals(2.0, sample(metrics, "fluxgate_calls_total{breaker=\"inventory\",outcome=\"failure\"}"));
        assertEquals(1.0, sample(metrics, "fluxgate_calls_total{breaker=\"inventory\",outcome=\"rejected\"}"));
        assertEquals(0.0, sample(metrics, "fluxgate_calls_total{breaker=\"inventory\",outcome=\"fallback\"}"));
        assertEquals(1.0, sample(metrics, "fluxgate_calls_total{breaker=\"prices\",outcome=\"rejected\"}"));
        assertEquals(1.0, sample(metrics, "fluxgate_calls_total{breaker=\"prices\",outcome=\"fallback\"}"));
        assertEquals(1.0, sample(metrics,
                "fluxgate_breaker_transitions_total{breaker=\"inventory\",from=\"closed\",to=\"open\"}"));
        assertEquals(1.0, sample(metrics, "fluxgate_breaker_state{breaker=\"inventory\",state=\"open\"}"));
        assertEquals(0.0, sample(metrics, "fluxgate_breaker_state{breaker=\"inventory\",state=\"closed\"}"));
        assertEquals(5.0, sample(metrics, "fluxgate_call_duration_seconds_count{breaker=\"inventory\"}"),
                "every call that ran");
        assertTrue(metrics.contains("# TYPE fluxgate_call_duration_seconds histogram"), metrics);

        app.awaitStderr("with the log listener's warning", line -> line.contains(
                "WARNING: circuit breaker 'inventory': closed -> open (streak 2)"), WAIT);
    }

    @Test
    void theAdminEndpointForcesABreakerOpenAndResetsIt() {
        String admin = adminUrl(app);
        HttpResponse<String> list = get(admin + "/breakers");
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("\"name\" : \"inventory\""), list.body());

        assertEquals(401, post(admin + "/breakers/inventory/force-open", null).statusCode());
        assertEquals(401, post(admin + "/breakers/inventory/force-open", "not-the-token").statusCode());
        assertEquals("OK 42", app.send("stock sku-1"), "a refused request changed nothing");

        HttpResponse<String> forced = post(admin + "/breakers/inventory/force-open", TOKEN);
        assertEquals(200, forced.statusCode(), forced.body());
        long requests = server.requestCount();
        assertRejected(app.send("stock sku-1"), "inventory", "forced_open");
        assertEquals(requests, server.requestCount(), "the rejected call never reached the service");
        assertTrue(get(admin + "/breakers/inventory").body().contains("\"state\" : \"forced_open\""));

        assertEquals(200, post(admin + "/breakers/inventory/reset", TOKEN).statusCode());
        assertEquals("OK 42", app.send("stock sku-1"));
        assertEquals(404, get(admin + "/breakers/nothing").statusCode());
        assertEquals(405, get(admin + "/breakers/inventory/reset").statusCode());
        HttpResponse<String> policy = get(admin + "/policy");
        assertTrue(policy.body().contains("FLUXGATE_IT_ADMIN_TOKEN"), policy.body());
    }

    @Test
    void slackHearsOfEachTransition() throws InterruptedException {
        tripInventory();
        String message = slackMessages.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertNotNull(message, "the webhook was told nothing\n" + app.diagnostics());
        assertTrue(message.startsWith("{\"text\":\"circuit breaker 'inventory': closed -> open (streak 2) at "),
                message);
        assertTrue(app.agentLines().contains(
                "fluxgate: slack: a message per transition to the webhook in $FLUXGATE_IT_SLACK_URL"),
                app.agentLines().toString());
    }

    @Test
    void jmxShowsAndSteersEachBreaker() throws Exception {
        ProcessHandle child = childStartedWith(dir.toString());
        VirtualMachine vm = VirtualMachine.attach(String.valueOf(child.pid()));
        String address;
        try {
            address = vm.startLocalManagementAgent();
        } finally {
            vm.detach();
        }
        try (JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(address))) {
            MBeanServerConnection mbeans = connector.getMBeanServerConnection();
            ObjectName inventory = new ObjectName("io.fluxgate:type=CircuitBreaker,name=inventory");
            eventually(WAIT, "the inventory breaker's MBean is registered", () -> isRegistered(mbeans, inventory));

            assertEquals("OK 42", app.send("stock sku-1"));
            assertEquals("closed", mbeans.getAttribute(inventory, "State"));
            assertEquals(1L, mbeans.getAttribute(inventory, "TotalCount"));
            mbeans.invoke(inventory, "forceOpen", null, null);
            assertRejected(app.send("stock sku-1"), "inventory", "forced_open");
            assertEquals("forced_open", mbeans.getAttribute(inventory, "State"));
            mbeans.invoke(inventory, "reset", null, null);
            assertEquals("OK 42", app.send("stock sku-1"));
        }
    }

    @Test
    void theJvmStillExitsOnItsOwn() {
        get(metricsUrl(app));
        get(adminUrl(app) + "/breakers");
        tripInventory();
        assertEquals("OK bye", app.send("quit"));
        assertEquals(0, app.awaitExit(WAIT), "main returned: no thread of the agent keeps the JVM alive\n"
                + app.diagnostics());
    }

    private static boolean isRegistered(MBeanServerConnection mbeans, ObjectName name) {
        try {
            return mbeans.isRegistered(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The application's JVM: the child of this one whose command line names the test's folder. */
    private static ProcessHandle childStartedWith(String marker) {
        List<ProcessHandle> matching = ProcessHandle.current().children()
                .filter(child -> child.info().arguments().map(args -> String.join(" ", args).contains(marker))
                        .orElse(false))
                .toList();
        assertEquals(1, matching.size(), "children started with " + marker);
        return matching.get(0);
    }

    /** The value of one series, written exactly as in the text format; fails when it is missing. */
    private static double sample(String metrics, String series) {
        for (String line : metrics.split("\n")) {
            if (line.startsWith(series + " ")) {
                return Double.parseDouble(line.substring(series.length() + 1).trim());
            }
        }
        throw new AssertionError("no series " + series + " in:\n" + metrics);
    }
}
