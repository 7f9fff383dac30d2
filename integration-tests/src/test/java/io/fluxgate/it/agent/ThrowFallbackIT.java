package io.fluxgate.it.agent;

import io.fluxgate.it.AppClasspath;
import io.fluxgate.it.AppProcess;
import io.fluxgate.it.InventoryServer;
import io.fluxgate.it.Policies;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code "fallback": {"throw": ..., "message": ...}}: the named exception is thrown instead. */
class ThrowFallbackIT {
    private static final String POLICY = """
            {
              "version": 1,
              "defaults": { "state": "forced_open" },
              "targets": [
                { "method": "demo.legacy.InventoryClient#fetchStock(java.lang.String)", "breaker": "unchecked",
                  "fallback": { "throw": "java.lang.IllegalStateException", "message": "inventory offline" } },
                { "method": "demo.legacy.InventoryClient#fetchStock(java.lang.String,java.lang.String)",
                  "breaker": "checked",
                  "fallback": { "throw": "java.io.IOException", "message": "inventory offline" } },
                { "method": "demo.legacy.InventoryClient#listSkus()", "breaker": "no-string-constructor",
                  "fallback": { "throw": "demo.fallbacks.InventoryUnavailable", "message": "not used" } }
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
        app = AppProcess.builder().agent(Policies.write(dir, POLICY)).classpath(AppClasspath.fixtures())
                .args(server.baseUrl()).start();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        server.close();
    }

    @Test
    void anUncheckedExceptionWithTheMessage() {
        assertEquals("ERR java.lang.IllegalStateException: inventory offline", app.send("stock sku-1"));
        assertEquals(0, server.requestCount());
    }

    @Test
    void aCheckedExceptionTheLegacyCatchAlreadyHandles() {
        assertEquals("ERR java.io.IOException: inventory offline", app.send("stockat sku-1 north"));
        assertEquals(0, server.requestCount());
    }

    @Test
    void theNoArgumentConstructorWhenThereIsNoStringOne() {
        assertEquals("ERR demo.fallbacks.InventoryUnavailable: inventory unavailable", app.send("skus"));
    }
}
