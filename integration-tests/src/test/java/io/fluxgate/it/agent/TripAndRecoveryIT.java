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
import static io.fluxgate.it.Answers.INVALID_SKU;
import static io.fluxgate.it.Answers.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A breaker woven into fetchStock(String) opens after two failures in a row and then refuses calls
 * without running them; one woven into ListPriceService#priceOf probes again after a short cooldown,
 * closes on a successful probe and opens again on a failed one.
 */
class TripAndRecoveryIT {
    private static final String POLICY = """
            {
              "version": 1,
              "defaults": {
                "window": "CountWindow(10)",
                "tracker": "TypeOf(java.io.IOException)",
                "tripper": "FailureStreak(2)",
                "permit": "All()"
              },
              "breakers": {
                "inventory": { "retry": "Cooldown(60s)" },
                "prices": {
                  "tripper": "FailureStreak(2) | (HalfOpened() & FailureStreak(1))",
                  "retry": "Cooldown(500ms)"
                }
              },
              "targets": [
                { "method": "demo.legacy.InventoryClient#fetchStock(java.lang.String)", "breaker": "inventory" },
                { "method": "demo.legacy.ListPriceService#priceOf(java.lang.String)", "breaker": "prices" }
              ]
            }
            """;

    @TempDir
    Path dir;
    private InventoryServer server;
    private AppProcess app;

    @BeforeEach
    void start() {
        server = InventoryServer.start();
        app = AppProcess.startWithAgent(Policies.write(dir, POLICY), server);
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
        server.close();
    }

    @Test
    void healthyCallsRunAsBefore() {
        for (int i = 0; i < 5; i++) {
            assertEquals("OK 42", app.send("stock sku-1"));
        }
        assertEquals(5, server.requestCount());
    }

    @Test
    void opensAfterTwoFailuresAndThenRejectsWithoutCallingTheService() {
        server.failing();
        assertEquals(HTTP_503, app.send("stock sku-1"));
        assertEquals(HTTP_503, app.send("stock sku-1"));
        assertEquals(2, server.requestCount());

        for (int i = 0; i < 5; i++) {
            assertRejected(app.send("stock sku-1"), "inventory");
        }
        server.healthy();
        assertRejected(app.send("stock sku-1"), "inventory");
        assertEquals(2, server.requestCount(), "no request reaches the service while the breaker is open");
        assertEquals("OK 17", app.send("stockat sku-1 north"), "the other overload is not protected");
    }

    @Test
    void closesAgainOnceTheServiceIsBackAndTheCooldownHasPassed() {
        server.failing();
        assertEquals(HTTP_503, app.send("price list sku-1"));
        assertEquals(HTTP_503, app.send("price list sku-1"));
        long whileFailing = server.requestCount();
        server.healthy();

        eventually(Duration.ofSeconds(10), "a probe after the cooldown succeeds",
                () -> app.send("price list sku-1"), "OK 1999"::equals);
        assertTrue(server.requestCount() > whileFailing);
        for (int i = 0; i < 3; i++) {
            assertEquals("OK 1999", app.send("price list sku-1"), "closed again");
        }
    }

    @Test
    void aFailedProbeOpensTheBreakerAgain() {
        server.failing();
        app.send("price list sku-1");
        app.send("price list sku-1");
        long opened = server.requestCount();

        // While the service keeps failing, the only calls that reach it are the probes after each cooldown.
        eventually(Duration.ofSeconds(10), "a probe reaches the failing service",
                () -> app.send("price list sku-1"), HTTP_503::equals);
        assertEquals(opened + 1, server.requestCount());
        assertRejected(app.send("price list sku-1"), "prices");
    }

    @Test
    void untrackedExceptionsNeitherTripTheBreakerNorBreakAStreak() {
        for (int i = 0; i < 5; i++) {
            assertEquals("ERR " + INVALID_SKU, app.send("stock !"), "IllegalArgumentException is not tracked");
        }
        assertEquals("OK 42", app.send("stock sku-1"), "five untracked failures did not open the breaker");

        server.failing();
        assertEquals(HTTP_503, app.send("stock sku-1"));
        assertEquals("ERR " + INVALID_SKU, app.send("stock !"));
        assertEquals(HTTP_503, app.send("stock sku-1"));
        assertRejected(app.send("stock sku-1"), "inventory");
    }
}
