package io.fluxgate.it.agent;

import io.fluxgate.it.AppProcess;
import io.fluxgate.it.InventoryServer;
import io.fluxgate.it.Policies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import static io.fluxgate.it.Answers.HTTP_503;
import static io.fluxgate.it.Answers.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How the agent starts: where the policy comes from, fail-open and strict handling of a broken
 * policy, no policy at all, the debug listing of woven methods, and a normal exit.
 */
class AgentStartupIT {
    /** Two mistakes: a count that must be positive (line 5) and a misspelt key (line 10). */
    private static final String BROKEN_POLICY = """
            {
              "version": 1,
              "breakers": {
                "inventory": {
                  "tripper": "FailureStreak(0)"
                }
              },
              "targets": [
                { "method": "demo.legacy.InventoryClient#fetchStock(java.lang.String)",
                  "breakr": "inventory" }
              ]
            }
            """;
    private static final String FORCED_OPEN_POLICY = """
            {
              "version": 1,
              "breakers": { "inventory": { "state": "forced_open" } },
              "targets": [
                { "method": "demo.legacy.InventoryClient#fetchStock(java.lang.String)", "breaker": "inventory" }
              ],
              "listeners": [ { "type": "log" } ]
            }
            """;
    private static final Duration SOON = Duration.ofSeconds(10);

    @TempDir
    Path dir;
    private InventoryServer server;

    @BeforeEach
    void startServer() {
        server = InventoryServer.start();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void anInvalidPolicyIsReportedWithFileLineAndColumnAndTheAppRunsUnprotected() {
        Path policy = Policies.write(dir, "broken-policy.json", BROKEN_POLICY);
        try (AppProcess app = AppProcess.startWithAgent(policy, server)) {
            int tripperLine = Policies.lineOf(BROKEN_POLICY, "FailureStreak(0)");
            int keyLine = Policies.lineOf(BROKEN_POLICY, "breakr");
            app.awaitStderr("at broken-policy.json:" + tripperLine + ":<column>", errorAt(tripperLine), SOON);
            String misspelt = app.awaitStderr("at broken-policy.json:" + keyLine + ":<column>", errorAt(keyLine), SOON);
            assertTrue(misspelt.contains("breaker"), "suggests the nearest valid key: " + misspelt);

            server.failing();
            for (int i = 0; i < 5; i++) {
                assertEquals(HTTP_503, app.send("stock sku-1"), "nothing is woven");
            }
            assertEquals(5, server.requestCount());
        }
    }

    @Test
    void aPolicyFileThatCannotBeReadIsReportedAndTheAppRuns() {
        Path missing = dir.resolve("no-such-policy.json");
        try (AppProcess app = AppProcess.startWithAgent(missing, server)) {
            app.awaitStderr("naming the missing file", line -> line.startsWith(AppProcess.AGENT_PREFIX)
                    && line.contains("no-such-policy.json"), SOON);
            assertEquals("OK 42", app.send("stock sku-1"));
        }
    }

    @Test
    void strictModeStopsTheJvmBeforeMainOnAnInvalidPolicy() {
        Path policy = Policies.write(dir, "broken-policy.json", BROKEN_POLICY);
        try (AppProcess app = AppProcess.builder().agent(policy).systemProperty("fluxgate.strict", "true")
                .args(server.baseUrl()).launch()) {
            int exit = app.awaitExit(Duration.ofSeconds(30));
            assertNotEquals(0, exit, app.diagnostics());
            assertEquals(List.of(), app.stdoutLines(), "main never ran");
            assertTrue(app.stderrLines().stream().anyMatch(errorAt(Policies.lineOf(BROKEN_POLICY, "FailureStreak(0)"))),
                    app.diagnostics());
        }
    }

    @Test
    void withoutAnyPolicyTheAgentSaysSoOnceAndProtectsNothing() {
        try (AppProcess app = AppProcess.builder().agentWithoutPolicy().args(server.baseUrl()).start()) {
            server.failing();
            for (int i = 0; i < 5; i++) {
                assertEquals(HTTP_503, app.send("stock sku-1"));
            }
            assertEquals(1, app.agentLines().size(), app.diagnostics());
        }
    }

    @Test
    void thePolicyMayComeFromTheEnvironment() {
        Path policy = Policies.write(dir, FORCED_OPEN_POLICY);
        try (AppProcess app = AppProcess.builder().agentWithoutPolicy().env("FLUXGATE_POLICY", policy.toString())
                .args(server.baseUrl()).start()) {
            assertRejected(app.send("stock sku-1"), "inventory", "forced_open");
        }
    }

    @Test
    void thePolicyMayComeFromASystemProperty() {
        Path policy = Policies.write(dir, FORCED_OPEN_POLICY);
        try (AppProcess app = AppProcess.builder().agentWithoutPolicy().systemProperty("fluxgate.policy", policy.toString())
                .args(server.baseUrl()).start()) {
            assertRejected(app.send("stock sku-1"), "inventory", "forced_open");
        }
    }

    @Test
    void aTargetThatMatchesNothingIsReportedAsALikelyTypo() {
        String policy = """
                {
                  "version": 1,
                  "targets": [
                    { "method": "demo.legacy.InventoryClient#fetchStock(..)", "breaker": "inventory" },
                    { "method": "demo.legacy.InventoryClinet#fetchStock(..)", "breaker": "inventory" }
                  ]
                }
                """;
        try (AppProcess app = AppProcess.builder().agent(Policies.write(dir, policy))
                .systemProperty("fluxgate.unmatchedAfter", "1").args(server.baseUrl()).start()) {
            assertEquals("OK 42", app.send("stock sku-1"));
            app.awaitStderr("the typo reported", line -> line.startsWith("fluxgate: ")
                    && line.contains("InventoryClinet") && line.contains("matched no method"), SOON);
            assertTrue(app.stderrLines().stream().noneMatch(line -> line.contains("InventoryClient#")
                    && line.contains("matched no method")), "the target that matched is not reported");
        }
    }

    @Test
    void debugListsEachWovenMethod() {
        String policy = """
                {
                  "version": 1,
                  "targets": [ { "method": "demo.legacy.InventoryClient#fetchStock(..)", "breaker": "inventory" } ]
                }
                """;
        try (AppProcess app = AppProcess.builder().agent(Policies.write(dir, policy))
                .systemProperty("fluxgate.debug", "true").args(server.baseUrl()).start()) {
            app.awaitStderr("naming fetchStock(String)", wovenLine("fetchStock(java.lang.String)"), SOON);
            app.awaitStderr("naming fetchStock(String, String)",
                    wovenLine("fetchStock(java.lang.String,java.lang.String)"), SOON);
            assertEquals("OK 42", app.send("stock sku-1"));
            assertTrue(app.agentLines().stream().noneMatch(line -> line.contains("listSkus")), app.diagnostics());
        }
    }

    @Test
    void theApplicationExitsNormallyWithTheAgentAndItsListeners() {
        try (AppProcess app = AppProcess.startWithAgent(Policies.write(dir, FORCED_OPEN_POLICY), server)) {
            assertRejected(app.send("stock sku-1"), "inventory", "forced_open");
            assertEquals("OK bye", app.send("quit"));
            assertEquals(0, app.awaitExit(Duration.ofSeconds(10)), "the agent's threads are daemons");
        }
    }

    /** An agent line that starts with {@code broken-policy.json:<line>:<column>}, whatever folder precedes it. */
    private static java.util.function.Predicate<String> errorAt(int line) {
        Pattern located = Pattern.compile("^fluxgate: .*broken-policy\\.json:" + line + ":\\d+\\b.*");
        return text -> located.matcher(text).matches();
    }

    /** An agent line naming InventoryClient and {@code method} (spaces in parameter lists ignored). */
    private static java.util.function.Predicate<String> wovenLine(String method) {
        return line -> line.startsWith(AppProcess.AGENT_PREFIX) && line.contains("InventoryClient")
                && line.replace(" ", "").contains(method);
    }
}
