package io.fluxgate.it;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The application that carries its own old Jackson and ByteBuddy, without the agent. */
class LibraryAppBaselineIT {

    @Test
    void usesItsOwnLibraryVersions() {
        try (InventoryServer server = InventoryServer.start();
             AppProcess app = LibraryApp.builder(server).launch()) {
            assertEquals(0, app.awaitExit(Duration.ofSeconds(30)), app.diagnostics());
            LibraryApp.assertOwnLibraries(app);
            assertEquals("stock: {\"sku\":\"sku-1\",\"stock\":42}", LibraryApp.stockLine(app), app.diagnostics());
        }
    }
}
