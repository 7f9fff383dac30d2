package io.fluxgate.it.agent;

import io.fluxgate.it.AppProcess;
import io.fluxgate.it.InventoryServer;
import io.fluxgate.it.Policies;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static io.fluxgate.it.Answers.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code "fallback": {"value": ...}} converted to each target's return type. Every breaker here is
 * forced open, so every call is answered by its fallback and none reaches the service.
 */
class ValueFallbackIT {
    private static final String POLICY = """
            {
              "version": 1,
              "defaults": { "state": "forced_open" },
              "targets": [
                { "method": "demo.legacy.InventoryClient#fetchStock(java.lang.String)", "breaker": "stock",
                  "fallback": { "value": -1 } },
                { "method": "demo.legacy.InventoryClient#listSkus()", "breaker": "skus",
                  "fallback": { "value": ["cached-1", "cached-2"] } },
                { "method": "demo.legacy.InventoryClient#reserve(java.lang.String,int)", "breaker": "reserve",
                  "fallback": { "value": null } },
                { "method": "demo.legacy.InventoryClient#ping(java.lang.String)", "breaker": "ping",
                  "fallback": { "value": "offline" } },
                { "method": "demo.legacy.InventoryClient#fetchStockAsync(java.lang.String)", "breaker": "async",
                  "fallback": { "value": 0 } },
                { "method": "demo.legacy.ListPriceService#priceOf(java.lang.String)", "breaker": "list-price",
                  "fallback": { "value": 0 } },
                { "method": "demo.legacy.OrderDesk$Checkout#placeOrder(java.lang.String,int)", "breaker": "orders",
                  "fallback": { "value": "order-pending" } },
                { "method": "demo.legacy.PromoPriceService#priceOf(java.lang.String)", "breaker": "promo-price",
                  "fallback": { "value": "not a number" } }
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

    @Test
    void aNumberForAnIntMethod() {
        assertEquals("OK -1", app.send("stock sku-1"));
        assertEquals(0, server.requestCount());
    }

    @Test
    void aJsonArrayForAListOfStrings() {
        assertEquals("OK [cached-1, cached-2]", app.send("skus"));
        assertEquals(0, server.requestCount());
    }

    @Test
    void nullForAVoidMethod() {
        assertEquals("OK reserved", app.send("reserve sku-1 2"));
        assertEquals(0, server.requestCount());
    }

    @Test
    void aStringForAStaticMethod() {
        assertEquals("OK offline", app.send("ping"));
    }

    @Test
    void aCompletedFutureForAnAsyncMethod() {
        assertEquals("OK 0", app.send("asyncstock sku-1"));
    }

    @Test
    void aNumberForALongMethod() {
        assertEquals("OK 0", app.send("price list sku-1"));
    }

    @Test
    void aStringForANestedClassMethod() {
        assertEquals("OK order-pending", app.send("order sku-1 2"));
    }

    @Test
    void aValueThatDoesNotConvertIsReportedAndTheTargetIsProtectedWithoutAFallback() {
        app.awaitStderr("reporting the unconvertible value of PromoPriceService#priceOf",
                line -> line.startsWith(AppProcess.AGENT_PREFIX)
                        && (line.contains("PromoPriceService") || line.contains("not a number")),
                Duration.ofSeconds(10));
        assertRejected(app.send("price promo sku-1"), "promo-price", "forced_open");
    }
}
