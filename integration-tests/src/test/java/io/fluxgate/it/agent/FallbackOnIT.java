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
import static io.fluxgate.it.Answers.INVALID_SKU;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code fallbackOn}: which throwables a value fallback replaces. Three int/long targets share one
 * application, each with its own breaker (IOException tracked, open after two failures in a row):
 * fetchStock(String) with "any", fetchStock(String, String) with "tracked", ListPriceService#priceOf
 * with "rejected". IllegalArgumentException (a malformed sku) is the untracked failure.
 */
class FallbackOnIT {
    private static final String POLICY = """
            {
              "version": 1,
              "defaults": {
                "tracker": "TypeOf(java.io.IOException)",
                "tripper": "FailureStreak(2)",
                "retry": "Cooldown(60s)"
              },
              "targets": [
                { "method": "demo.legacy.InventoryClient#fetchStock(java.lang.String)", "breaker": "on-any",
                  "fallback": { "value": -1 }, "fallbackOn": "any" },
                { "method": "demo.legacy.InventoryClient#fetchStock(java.lang.String,java.lang.String)",
                  "breaker": "on-tracked", "fallback": { "value": -1 }, "fallbackOn": "tracked" },
                { "method": "demo.legacy.ListPriceService#priceOf(java.lang.String)", "breaker": "on-rejected",
                  "fallback": { "value": -1 }, "fallbackOn": "rejected" }
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
    void anyReplacesUntrackedFailuresTrackedFailuresAndRejections() {
        assertEquals("OK 42", app.send("stock sku-1"));
        assertEquals("OK -1", app.send("stock !"), "untracked");
        server.failing();
        long before = server.requestCount();
        assertEquals("OK -1", app.send("stock sku-1"), "tracked");
        assertEquals("OK -1", app.send("stock sku-1"), "tracked; the breaker opens");
        assertEquals("OK -1", app.send("stock sku-1"), "rejected");
        assertEquals(before + 2, server.requestCount());
    }

    @Test
    void trackedReplacesTrackedFailuresAndRejectionsButNotUntrackedFailures() {
        assertEquals("OK 17", app.send("stockat sku-1 north"));
        assertEquals("ERR " + INVALID_SKU, app.send("stockat ! north"), "untracked: propagates unchanged");
        server.failing();
        long before = server.requestCount();
        assertEquals("OK -1", app.send("stockat sku-1 north"), "tracked");
        assertEquals("OK -1", app.send("stockat sku-1 north"), "tracked; the breaker opens");
        assertEquals("OK -1", app.send("stockat sku-1 north"), "rejected");
        assertEquals(before + 2, server.requestCount());
    }

    @Test
    void rejectedReplacesOnlyRejections() {
        assertEquals("OK 1999", app.send("price list sku-1"));
        assertEquals("ERR " + INVALID_SKU, app.send("price list !"), "untracked: propagates unchanged");
        server.failing();
        long before = server.requestCount();
        assertEquals(HTTP_503, app.send("price list sku-1"), "tracked: propagates unchanged");
        assertEquals(HTTP_503, app.send("price list sku-1"), "tracked; the breaker opens");
        assertEquals("OK -1", app.send("price list sku-1"), "rejected");
        assertEquals(before + 2, server.requestCount());
    }
}
