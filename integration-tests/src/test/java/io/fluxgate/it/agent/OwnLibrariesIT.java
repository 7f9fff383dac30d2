package io.fluxgate.it.agent;

import io.fluxgate.it.AppProcess;
import io.fluxgate.it.InventoryServer;
import io.fluxgate.it.LibraryApp;
import io.fluxgate.it.Policies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An application that carries its own, older Jackson and ByteBuddy: with the agent attached it
 * still gets its own versions from its own jars, they still work, and the agent still weaves.
 */
class OwnLibrariesIT {
    @TempDir
    Path dir;

    @Test
    void theApplicationKeepsItsLibrariesAndTheProtectedCallWorks() {
        String policy = """
                {
                  "version": 1,
                  "targets": [
                    { "method": "demo.legacy.InventoryClient#fetchStock(java.lang.String)", "breaker": "inventory" }
                  ]
                }
                """;
        try (InventoryServer server = InventoryServer.start();
             AppProcess app = LibraryApp.builder(server).agent(Policies.write(dir, policy)).launch()) {
            assertEquals(0, app.awaitExit(Duration.ofSeconds(30)), app.diagnostics());
            LibraryApp.assertOwnLibraries(app);
            assertEquals("stock: {\"sku\":\"sku-1\",\"stock\":42}", LibraryApp.stockLine(app), app.diagnostics());
            assertEquals(1, server.requestCount());
        }
    }

    @Test
    void theAgentStillWeavesBesideThem() {
        String policy = """
                {
                  "version": 1,
                  "breakers": { "inventory": { "state": "forced_open" } },
                  "targets": [
                    { "method": "demo.legacy.InventoryClient#fetchStock(java.lang.String)", "breaker": "inventory",
                      "fallback": { "value": -1 } }
                  ]
                }
                """;
        try (InventoryServer server = InventoryServer.start();
             AppProcess app = LibraryApp.builder(server).agent(Policies.write(dir, policy)).launch()) {
            assertEquals(0, app.awaitExit(Duration.ofSeconds(30)), app.diagnostics());
            LibraryApp.assertOwnLibraries(app);
            assertEquals("stock: {\"sku\":\"sku-1\",\"stock\":-1}", LibraryApp.stockLine(app), app.diagnostics());
            assertEquals(0, server.requestCount());
        }
    }
}
