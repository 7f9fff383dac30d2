package io.fluxgate.it.live;

import io.fluxgate.it.AgentEndpoints;
import io.fluxgate.it.AppProcess;
import io.fluxgate.it.InventoryServer;
import io.fluxgate.it.Policies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.fluxgate.it.Answers.HTTP_503;
import static io.fluxgate.it.Answers.REJECTED;
import static io.fluxgate.it.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With {@code "reload": true} the agent applies each valid edit of its policy file to the running
 * application: the rollout path metrics_only → closed, a rejected invalid edit, a removed target.
 */
class ReloadIT {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String INVENTORY_TARGET =
            "{ \"method\": \"demo.legacy.InventoryClient#fetchStock(java.lang.String)\", \"breaker\": \"inventory\" }";

    @TempDir
    Path dir;
    private InventoryServer server;
    private AppProcess app;
    private Path policyFile;

    @BeforeEach
    void startServer() {
        server = InventoryServer.start();
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
        server.close();
    }

    @Test
    void promotingABreakerFromMetricsOnlyToClosedMakesItReject() {
        start(policy("metrics_only", INVENTORY_TARGET, true));
        server.failing();
        for (int i = 0; i < 4; i++) {
            assertEquals(HTTP_503, app.send("stock sku-1"), "metrics_only records but never rejects");
        }
        String admin = AgentEndpoints.adminUrl(app);
        assertEquals(1, revision(get(admin + "/policy")));

        edit(policy("closed", INVENTORY_TARGET, true));
        String applied = app.awaitStderr("the edit applied", line -> line.contains("applied (revision 2)"), WAIT);
        assertTrue(applied.contains("breakers changed: inventory (state metrics_only -> closed)"), applied);

        assertEquals(HTTP_503, app.send("stock sku-1"));
        assertEquals(HTTP_503, app.send("stock sku-1"));
        String rejected = app.send("stock sku-1");
        assertTrue(rejected.startsWith(REJECTED) && rejected.contains("'inventory' is open"), rejected);
        String shown = get(admin + "/policy");
        assertEquals(2, revision(shown));
        assertTrue(shown.contains("\\\"state\\\": \\\"closed\\\""), "the edited text is in force: " + shown);
    }

    @Test
    void anInvalidEditIsReportedAndThePolicyInForceStays() {
        start(policy("closed", INVENTORY_TARGET, true));
        tripInventory();

        String broken = policy("closed", INVENTORY_TARGET, true).replace("FailureStreak(2)", "FailureStreek(2)");
        edit(broken);
        String error = app.awaitStderr("the edit's error", line -> line.contains("FailureStreek"), WAIT);
        assertTrue(error.startsWith("fluxgate: " + policyFile + ":" + Policies.lineOf(broken, "FailureStreek") + ":"),
                "file:line:column first: " + error);
        app.awaitStderr("the edit refused", line -> line.contains("is not applied")
                && line.contains("the policy in force stays"), WAIT);
        String answer = app.send("stock sku-1");
        assertTrue(answer.startsWith(REJECTED) && answer.contains("'inventory' is open"), "still open: " + answer);
        assertTrue(app.agentLines().stream().noneMatch(line -> line.contains("applied (revision 2)")));
    }

    @Test
    void aRemovedTargetStopsRejecting() {
        start(policy("closed", INVENTORY_TARGET, true));
        tripInventory();
        long reached = server.requestCount();

        editByRenaming(policy("closed", "", true));   // as editors that save to a new file and rename it do
        String applied = app.awaitStderr("the edit applied", line -> line.contains("applied (revision 2)"), WAIT);
        assertTrue(applied.contains("method targets: +0 -1"), applied);
        eventually(WAIT, "the method restored: calls reach the service again",
                () -> app.send("stock sku-1"), answer -> answer.equals(HTTP_503));
        assertTrue(server.requestCount() > reached);
        server.healthy();
        assertEquals("OK 42", app.send("stock sku-1"));
    }

    @Test
    void aPolicyInvalidAtStartIsAppliedOnceFixed() {
        String broken = policy("closed", INVENTORY_TARGET, false).replace("FailureStreak(2)", "FailureStreek(2)");
        policyFile = Policies.write(dir, broken);
        app = AppProcess.builder().agent(policyFile).systemProperty("fluxgate.reload", "true")
                .args(server.baseUrl()).start();
        app.awaitStderr("the pending watch", line -> line.contains("its first valid version will be applied"), WAIT);
        server.failing();
        for (int i = 0; i < 3; i++) {
            assertEquals(HTTP_503, app.send("stock sku-1"), "unprotected while the policy is invalid");
        }

        edit(policy("closed", INVENTORY_TARGET, false));
        app.awaitStderr("the fixed policy in force", line -> line.startsWith("fluxgate: protecting 1 method target"), WAIT);
        String rejected = eventually(WAIT, "the breaker trips once the class is woven",
                () -> app.send("stock sku-1"), answer -> answer.startsWith(REJECTED));
        assertTrue(rejected.contains("'inventory' is open"), rejected);
    }

    @Test
    void listenersAddedToTheFileStart() {
        start(policy("closed", INVENTORY_TARGET, true));
        assertEquals("OK 42", app.send("stock sku-1"));

        edit(policy("closed", INVENTORY_TARGET, true).replace("\"admin\": { \"port\": 0 },",
                "\"admin\": { \"port\": 0 },\n  \"listeners\": [ { \"type\": \"prometheus\", \"port\": 0 } ],"));
        String applied = app.awaitStderr("the edit applied", line -> line.contains("applied (revision 2)"), WAIT);
        assertTrue(applied.contains("listeners changed"), applied);
        String metricsUrl = AgentEndpoints.metricsUrl(app);
        assertEquals("OK 42", app.send("stock sku-1"));
        String metrics = get(metricsUrl);
        assertTrue(Pattern.compile("fluxgate_calls_total\\{breaker=\"inventory\",outcome=\"success\"} 1(\\.0)?\n")
                .matcher(metrics).find(), "the call after the reload is counted: " + metrics);
    }

    private void start(String policy) {
        policyFile = Policies.write(dir, policy);
        app = AppProcess.builder().agent(policyFile).args(server.baseUrl()).start();
        app.awaitStderr("watching the file", line -> line.startsWith("fluxgate: watching "), WAIT);
    }

    private void tripInventory() {
        server.failing();
        assertEquals(HTTP_503, app.send("stock sku-1"));
        assertEquals(HTTP_503, app.send("stock sku-1"));
        assertTrue(app.send("stock sku-1").startsWith(REJECTED));
    }

    private void edit(String policy) {
        Policies.write(dir, policy);
    }

    private void editByRenaming(String policy) {
        try {
            Path draft = Policies.write(dir, ".policy.json.swp", policy);
            Files.move(draft, policyFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code revision} of a {@code GET /policy} answer. */
    private static int revision(String policyJson) {
        Matcher revision = Pattern.compile("\"revision\"\\s*:\\s*(\\d+)").matcher(policyJson);
        assertTrue(revision.find(), policyJson);
        return Integer.parseInt(revision.group(1));
    }

    /** The body of a GET that must succeed. */
    private static String get(String url) {
        HttpResponse<String> response = AgentEndpoints.get(url);
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private static String policy(String state, String target, boolean reload) {
        return "{\n"
                + "  \"version\": 1,\n"
                + "  \"reload\": " + reload + ",\n"
                + "  \"admin\": { \"port\": 0 },\n"
                + "  \"breakers\": {\n"
                + "    \"inventory\": {\n"
                + "      \"tracker\": \"TypeOf(java.io.IOException)\",\n"
                + "      \"tripper\": \"FailureStreak(2)\",\n"
                + "      \"retry\": \"Cooldown(60s)\",\n"
                + "      \"state\": \"" + state + "\"\n"
                + "    }\n"
                + "  },\n"
                + "  \"targets\": [" + target + "]\n"
                + "}\n";
    }
}
