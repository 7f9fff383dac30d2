package io.fluxgate.it.agent;

import io.fluxgate.it.AppProcess;
import io.fluxgate.it.InventoryServer;
import io.fluxgate.it.Jdks;
import io.fluxgate.it.Policies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static io.fluxgate.it.Eventually.eventually;
import static io.fluxgate.it.Answers.HTTP_503;
import static io.fluxgate.it.Answers.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The agent on JDK 25, when it is installed: weave, trip, reject, including an async target. */
class Jdk25IT {
    private static final String POLICY = """
            {
              "version": 1,
              "defaults": { "tripper": "FailureStreak(2)", "retry": "Cooldown(60s)" },
              "targets": [
                { "method": "demo.legacy.InventoryClient#fetchStock(java.lang.String)", "breaker": "inventory" },
                { "method": "demo.legacy.InventoryClient#fetchStockAsync(java.lang.String)", "breaker": "async-stock",
                  "fallback": { "value": -1 }, "fallbackOn": "rejected" }
              ]
            }
            """;

    @TempDir
    Path dir;

    @Test
    void tripsAndRejectsOnJdk25() {
        Path jdk25 = Jdks.assumeJdk25();
        try (InventoryServer server = InventoryServer.start();
             AppProcess app = AppProcess.builder().javaHome(jdk25).agent(Policies.write(dir, POLICY))
                     .args(server.baseUrl()).start()) {
            assertEquals("OK 42", app.send("stock sku-1"));
            server.failing();
            assertEquals(HTTP_503, app.send("stock sku-1"));
            assertEquals(HTTP_503, app.send("stock sku-1"));
            assertRejected(app.send("stock sku-1"), "inventory");
            assertEquals(HTTP_503, app.send("asyncstock sku-1"));
            assertEquals(HTTP_503, app.send("asyncstock sku-1"));
            // The outcome of a future may be recorded a moment after the caller saw it: allow a late call.
            eventually(Duration.ofSeconds(10), "the rejection answered by the fallback",
                    () -> app.send("asyncstock sku-1"), answer -> !answer.equals(HTTP_503));
            long opened = server.requestCount();
            assertEquals("OK -1", app.send("asyncstock sku-1"));
            assertEquals(opened, server.requestCount());
        }
    }
}
