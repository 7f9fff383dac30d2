package io.fluxgate.it.agent;

import io.fluxgate.it.AppClasspath;
import io.fluxgate.it.AppProcess;
import io.fluxgate.it.InventoryServer;
import io.fluxgate.it.Policies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.time.Duration;

import static io.fluxgate.it.Answers.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code "fallback": {"method": "demo.fallbacks.StockFallbacks#name"}}: the first of the shapes
 * (target params..., Throwable), (target params...), (Throwable), () whose return type fits is
 * called. The fallbacks (src/app-fixtures) print {@code fallback StockFallbacks.<name>(<arguments>)}
 * on stderr and answer a value that tells which one ran.
 */
class MethodFallbackIT {
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

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "skuAndError, -1, 'fallback StockFallbacks.skuAndError(sku-7, io.fluxgate.CallNotPermittedException: '",
            "skuOnly,     -2, 'fallback StockFallbacks.skuOnly(sku-7)'",
            "errorOnly,   -3, 'fallback StockFallbacks.errorOnly(io.fluxgate.CallNotPermittedException: '",
            "nothing,     -4, 'fallback StockFallbacks.nothing()'",
            "every,      -11, 'fallback StockFallbacks.every(sku-7, io.fluxgate.CallNotPermittedException: '",
            "skipsUnfit, -22, 'fallback StockFallbacks.skipsUnfit(sku-7)'"
    })
    void theFirstShapeThatFitsIsCalledWithTheRejection(String fallback, int answer, String told) {
        try (AppProcess app = start(forcedOpenStock(fallback))) {
            assertEquals("OK " + answer, app.send("stock sku-7"));
            app.awaitStderr("from the fallback", line -> line.startsWith(told), Duration.ofSeconds(5));
            assertEquals(0, server.requestCount());
        }
    }

    @Test
    void aTrackedFailureIsHandedToTheFallback() {
        String policy = """
                {
                  "version": 1,
                  "breakers": { "stock": { "tripper": "FailureStreak(100)" } },
                  "targets": [
                    { "method": "demo.legacy.InventoryClient#fetchStock(java.lang.String)", "breaker": "stock",
                      "fallback": { "method": "demo.fallbacks.StockFallbacks#skuAndError" } }
                  ]
                }
                """;
        try (AppProcess app = start(policy)) {
            assertEquals("OK 42", app.send("stock sku-7"));
            server.failing();
            assertEquals("OK -1", app.send("stock sku-7"));
            app.awaitStderr("from the fallback", line -> line.equals(
                    "fallback StockFallbacks.skuAndError(sku-7, java.io.IOException: HTTP 503)"), Duration.ofSeconds(5));
        }
    }

    @Test
    void fallbacksForVoidListAsyncAndStaticTargets() {
        String policy = """
                {
                  "version": 1,
                  "defaults": { "state": "forced_open" },
                  "targets": [
                    { "method": "demo.legacy.InventoryClient#reserve(java.lang.String,int)", "breaker": "reserve",
                      "fallback": { "method": "demo.fallbacks.StockFallbacks#reserveLater" } },
                    { "method": "demo.legacy.InventoryClient#listSkus()", "breaker": "skus",
                      "fallback": { "method": "demo.fallbacks.StockFallbacks#cachedSkus" } },
                    { "method": "demo.legacy.InventoryClient#fetchStockAsync(java.lang.String)", "breaker": "async",
                      "fallback": { "method": "demo.fallbacks.StockFallbacks#asyncStock" } },
                    { "method": "demo.legacy.InventoryClient#ping(java.lang.String)", "breaker": "ping",
                      "fallback": { "method": "demo.fallbacks.StockFallbacks#offline" } },
                    { "method": "demo.legacy.PromoPriceService#priceOf(java.lang.String)", "breaker": "promo",
                      "fallback": { "method": "demo.fallbacks.StockFallbacks#noPrice" } }
                  ]
                }
                """;
        try (AppProcess app = start(policy)) {
            assertEquals("OK reserved", app.send("reserve sku-7 3"));
            app.awaitStderr("from reserveLater", line -> line.startsWith(
                    "fallback StockFallbacks.reserveLater(sku-7, 3, io.fluxgate.CallNotPermittedException: "),
                    Duration.ofSeconds(5));
            assertEquals("OK [cached-1, cached-2]", app.send("skus"));
            assertEquals("OK -5", app.send("asyncstock sku-7"));
            assertEquals("OK offline", app.send("ping"));
            assertEquals("OK -6", app.send("price promo sku-7"));
            assertEquals(0, server.requestCount());
        }
    }

    @Test
    void aFallbackThatDoesNotFitOrDoesNotExistIsReportedAndTheTargetIsProtectedWithoutIt() {
        String policy = """
                {
                  "version": 1,
                  "defaults": { "state": "forced_open" },
                  "targets": [
                    { "method": "demo.legacy.InventoryClient#fetchStock(java.lang.String)", "breaker": "unfit",
                      "fallback": { "method": "demo.fallbacks.StockFallbacks#unfit" } },
                    { "method": "demo.legacy.InventoryClient#fetchStock(java.lang.String,java.lang.String)",
                      "breaker": "missing", "fallback": { "method": "demo.fallbacks.StockFallbacks#noSuchMethod" } }
                  ]
                }
                """;
        try (AppProcess app = start(policy)) {
            app.awaitStderr("naming the unfit fallback", line -> line.startsWith(AppProcess.AGENT_PREFIX)
                    && line.contains("unfit"), Duration.ofSeconds(10));
            app.awaitStderr("naming the missing fallback", line -> line.startsWith(AppProcess.AGENT_PREFIX)
                    && line.contains("noSuchMethod"), Duration.ofSeconds(10));
            assertRejected(app.send("stock sku-7"), "unfit", "forced_open");
            assertRejected(app.send("stockat sku-7 north"), "missing", "forced_open");
            assertEquals(0, server.requestCount());
        }
    }

    private AppProcess start(String policy) {
        return AppProcess.builder()
                .agent(Policies.write(dir, policy))
                .classpath(AppClasspath.fixtures())
                .args(server.baseUrl())
                .start();
    }

    private static String forcedOpenStock(String fallback) {
        return """
                {
                  "version": 1,
                  "breakers": { "stock": { "state": "forced_open" } },
                  "targets": [
                    { "method": "demo.legacy.InventoryClient#fetchStock(java.lang.String)", "breaker": "stock",
                      "fallback": { "method": "demo.fallbacks.StockFallbacks#%s" } }
                  ]
                }
                """.formatted(fallback);
    }
}
