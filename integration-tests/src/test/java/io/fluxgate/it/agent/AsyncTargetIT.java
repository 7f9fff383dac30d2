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

import static io.fluxgate.it.Eventually.eventually;
import static io.fluxgate.it.Answers.HTTP_503;
import static io.fluxgate.it.Answers.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * fetchStockAsync(String) returns a CompletableFuture: its outcome is recorded when the future
 * completes, and a rejection arrives as a failed future, never as a throw ({@code THROWN ...}).
 */
class AsyncTargetIT {
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

    /**
     * The caller may see a future complete a moment before the agent has recorded its outcome, so
     * the call right after the one that trips the breaker may still run: allow a few.
     */
    private static void awaitRejection(AppProcess app) {
        String rejection = eventually(Duration.ofSeconds(10), "a rejection as a failed future",
                () -> app.send("asyncstock sku-1"), answer -> !answer.startsWith("OK") && !answer.equals(HTTP_503));
        assertRejected(rejection, "async-stock");
    }

    @Test
    void failedFuturesOpenTheBreakerAndRejectionsArriveAsFailedFutures() {
        String policy = """
                {
                  "version": 1,
                  "breakers": {
                    "async-stock": { "tripper": "FailureStreak(2)", "retry": "Cooldown(60s)" }
                  },
                  "targets": [
                    { "method": "demo.legacy.InventoryClient#fetchStockAsync(java.lang.String)",
                      "breaker": "async-stock" }
                  ]
                }
                """;
        try (AppProcess app = AppProcess.startWithAgent(Policies.write(dir, policy), server)) {
            assertEquals("OK 42", app.send("asyncstock sku-1"));
            server.failing();
            assertEquals(HTTP_503, app.send("asyncstock sku-1"));
            assertEquals(HTTP_503, app.send("asyncstock sku-1"));
            // "ERR" is a failed future; a throw would print "THROWN".
            awaitRejection(app);
            long opened = server.requestCount();
            for (int i = 0; i < 3; i++) {
                assertRejected(app.send("asyncstock sku-1"), "async-stock");
            }
            assertEquals(opened, server.requestCount());
        }
    }

    @Test
    void theDurationRunsUntilTheFutureCompletes() {
        // The method returns at once; only the future takes 300 ms. Two such calls must count as slow.
        String policy = """
                {
                  "version": 1,
                  "breakers": {
                    "async-stock": {
                      "tripper": "MinRequests(2) & SlowRate(1.0, threshold=200ms)",
                      "retry": "Cooldown(60s)"
                    }
                  },
                  "targets": [
                    { "method": "demo.legacy.InventoryClient#fetchStockAsync(java.lang.String)",
                      "breaker": "async-stock" }
                  ]
                }
                """;
        try (AppProcess app = AppProcess.startWithAgent(Policies.write(dir, policy), server)) {
            server.slow(Duration.ofMillis(300));
            assertEquals("OK 42", app.send("asyncstock sku-1"));
            assertEquals("OK 42", app.send("asyncstock sku-1"));
            // Measured up to the method's return instead, no call would ever be slow.
            awaitRejection(app);
        }
    }
}
