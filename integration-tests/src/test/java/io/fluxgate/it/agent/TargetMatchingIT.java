package io.fluxgate.it.agent;

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

import static io.fluxgate.it.Answers.HTTP_503;
import static io.fluxgate.it.Answers.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Which methods a {@code "method"} pattern weaves: parameter lists, wildcards, {@code Type+},
 * nested classes, static methods, and the first target in file order winning. Most breakers here
 * are forced open, so "protected" shows as a rejection and "not protected" as the service's answer.
 */
class TargetMatchingIT {
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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "demo.legacy.InventoryClient#fetchStock(java.lang.String)                  | true  | false | false",
            "demo.legacy.InventoryClient#fetchStock(String)                            | true  | false | false",
            "demo.legacy.InventoryClient#fetchStock(java.lang.String,java.lang.String) | false | true  | false",
            "demo.legacy.InventoryClient#fetchStock(..)                                | true  | true  | false",
            "demo..*Client#fetch*(..)                                                  | true  | true  | true",
            "demo.legacy.Inventory*#fetchStock*(java.lang.String)                      | true  | false | true",
            "demo.*#fetchStock(..)                                                     | false | false | false",
            "demo.legacy.InventoryClient#fetchStock()                                  | false | false | false"
    })
    void overloadsAndWildcards(String pattern, boolean stock, boolean stockAt, boolean asyncStock) {
        try (AppProcess app = start(forcedOpen("matched", pattern))) {
            assertProtected(stock, app.send("stock sku-1"), "OK 42");
            assertProtected(stockAt, app.send("stockat sku-1 north"), "OK 17");
            assertProtected(asyncStock, app.send("asyncstock sku-1"), "OK 42");
            assertEquals("OK [sku-1, sku-2, sku-3]", app.send("skus"), "listSkus matches none of them");
        }
    }

    @Test
    void typePlusProtectsEveryImplementationWithOneBreaker() {
        String policy = """
                {
                  "version": 1,
                  "breakers": { "prices": { "tripper": "FailureStreak(2)", "retry": "Cooldown(60s)" } },
                  "targets": [ { "method": "demo.legacy.PriceService+#priceOf(..)", "breaker": "prices" } ]
                }
                """;
        try (AppProcess app = start(policy)) {
            assertEquals("OK 1999", app.send("price list sku-1"));
            assertEquals("OK 1799", app.send("price promo sku-1"));
            server.failing();
            assertEquals(HTTP_503, app.send("price list sku-1"));
            assertEquals(HTTP_503, app.send("price promo sku-1"));
            long opened = server.requestCount();
            assertRejected(app.send("price list sku-1"), "prices");
            assertRejected(app.send("price promo sku-1"), "prices");
            assertEquals(opened, server.requestCount());
            assertEquals(HTTP_503, app.send("stock sku-1"), "InventoryClient is not a PriceService");
        }
    }

    @Test
    void anInterfaceWithoutPlusMatchesNoImplementation() {
        try (AppProcess app = start(forcedOpen("prices", "demo.legacy.PriceService#priceOf(..)"))) {
            assertEquals("OK 1999", app.send("price list sku-1"));
            assertEquals("OK 1799", app.send("price promo sku-1"));
        }
    }

    @Test
    void nestedClassesAndStaticMethods() {
        String policy = """
                {
                  "version": 1,
                  "defaults": { "state": "forced_open" },
                  "targets": [
                    { "method": "demo.legacy.OrderDesk$Checkout#placeOrder(java.lang.String,int)", "breaker": "orders" },
                    { "method": "demo.legacy.InventoryClient#ping(java.lang.String)", "breaker": "ping" }
                  ]
                }
                """;
        try (AppProcess app = start(policy)) {
            assertRejected(app.send("order sku-1 2"), "orders", "forced_open");
            assertRejected(app.send("ping"), "ping", "forced_open");
            assertEquals(0, server.requestCount());
            assertEquals("OK 42", app.send("stock sku-1"));
        }
    }

    @Test
    void theFirstMatchingTargetWinsWhenItIsTheNarrowOne() {
        String policy = """
                {
                  "version": 1,
                  "breakers": { "narrow": { "state": "forced_open" } },
                  "targets": [
                    { "method": "demo.legacy.InventoryClient#fetchStock(java.lang.String)", "breaker": "narrow" },
                    { "method": "demo.legacy.InventoryClient#*(..)", "breaker": "wide" }
                  ]
                }
                """;
        try (AppProcess app = start(policy)) {
            assertRejected(app.send("stock sku-1"), "narrow", "forced_open");
            assertEquals("OK 17", app.send("stockat sku-1 north"), "guarded by 'wide', which is closed");
        }
    }

    @Test
    void theFirstMatchingTargetWinsWhenItIsTheWideOne() {
        String policy = """
                {
                  "version": 1,
                  "breakers": {
                    "wide": { "tripper": "FailureStreak(1)", "retry": "Cooldown(60s)" },
                    "narrow": { "state": "forced_open" }
                  },
                  "targets": [
                    { "method": "demo.legacy.InventoryClient#*(..)", "breaker": "wide" },
                    { "method": "demo.legacy.InventoryClient#fetchStock(java.lang.String)", "breaker": "narrow" }
                  ]
                }
                """;
        try (AppProcess app = start(policy)) {
            assertEquals("OK 42", app.send("stock sku-1"), "'narrow' (forced open) does not guard it");
            server.failing();
            assertEquals(HTTP_503, app.send("stock sku-1"));
            assertRejected(app.send("stock sku-1"), "wide");
        }
    }

    private AppProcess start(String policy) {
        return AppProcess.startWithAgent(Policies.write(dir, policy), server);
    }

    private static String forcedOpen(String breaker, String pattern) {
        return """
                {
                  "version": 1,
                  "breakers": { "%s": { "state": "forced_open" } },
                  "targets": [ { "method": "%s", "breaker": "%s" } ]
                }
                """.formatted(breaker, pattern, breaker);
    }

    private static void assertProtected(boolean expected, String answer, String unprotectedAnswer) {
        if (expected) {
            assertRejected(answer, "matched", "forced_open");
        } else {
            assertEquals(unprotectedAnswer, answer);
        }
    }
}
