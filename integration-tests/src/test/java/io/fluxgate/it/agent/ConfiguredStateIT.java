package io.fluxgate.it.agent;

import io.fluxgate.it.AppProcess;
import io.fluxgate.it.InventoryServer;
import io.fluxgate.it.Policies;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static io.fluxgate.it.Answers.HTTP_503;
import static io.fluxgate.it.Answers.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A breaker's {@code "state"} setting: metrics_only observes and never rejects, disabled does
 * nothing, forced_open rejects everything, even a method that never fails. The tripper would open
 * the first two breakers on the very first failure if they were closed.
 */
class ConfiguredStateIT {
    private static final String POLICY = """
            {
              "version": 1,
              "defaults": { "tripper": "FailureStreak(1)", "retry": "Cooldown(60s)" },
              "breakers": {
                "dry-run": { "state": "metrics_only" },
                "switched-off": { "state": "disabled" },
                "closed-for-maintenance": { "state": "forced_open" }
              },
              "targets": [
                { "method": "demo.legacy.InventoryClient#fetchStock(java.lang.String)", "breaker": "dry-run" },
                { "method": "demo.legacy.InventoryClient#fetchStock(java.lang.String,java.lang.String)",
                  "breaker": "switched-off" },
                { "method": "demo.legacy.InventoryClient#describe()", "breaker": "closed-for-maintenance" }
              ]
            }
            """;

    @TempDir
    static Path dir;
    private static InventoryServer server;
    private static AppProcess app;

    @BeforeAll
    static void start() {
        server = InventoryServer.start();
        app = AppProcess.startWithAgent(Policies.write(dir, POLICY), server);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        server.close();
    }

    @BeforeEach
    void healthy() {
        server.healthy();
    }

    @Test
    void metricsOnlyNeverRejects() {
        server.failing();
        long before = server.requestCount();
        for (int i = 0; i < 10; i++) {
            assertEquals(HTTP_503, app.send("stock sku-1"));
        }
        assertEquals(before + 10, server.requestCount(), "every call ran");
        server.healthy();
        assertEquals("OK 42", app.send("stock sku-1"));
    }

    @Test
    void disabledNeverRejects() {
        server.failing();
        long before = server.requestCount();
        for (int i = 0; i < 10; i++) {
            assertEquals(HTTP_503, app.send("stockat sku-1 north"));
        }
        assertEquals(before + 10, server.requestCount());
    }

    @Test
    void forcedOpenRejectsEvenAMethodThatNeverFails() {
        assertRejected(app.send("describe"), "closed-for-maintenance", "forced_open");
        assertRejected(app.send("describe"), "closed-for-maintenance", "forced_open");
    }
}
