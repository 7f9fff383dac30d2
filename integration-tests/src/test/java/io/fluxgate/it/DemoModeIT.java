package io.fluxgate.it;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The narrated demo loop: one timestamped line per call, then a summary. */
class DemoModeIT {

    @Test
    void narratesEachCallAndSumsUp() {
        try (InventoryServer server = InventoryServer.start();
             AppProcess demo = AppProcess.builder().args("demo", server.baseUrl(), "3", "20").launch()) {
            assertEquals(0, demo.awaitExit(Duration.ofSeconds(20)), demo.diagnostics());
            List<String> lines = demo.stdoutLines();
            assertTrue(lines.get(0).startsWith("Asking " + server.baseUrl() + " for the stock of sku-1"), lines.get(0));
            for (String call : lines.subList(1, 4)) {
                assertTrue(call.matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3}  stock of sku-1: 42 +\\(\\d+ ms\\)"), call);
            }
            assertEquals("3 calls: 3 answered by the service, 0 failed, 0 rejected at once,"
                    + " 0 answered with a fallback value.", lines.get(4));
            assertEquals(3, server.requestCount());
        }
    }

    @Test
    void saysWhenACallFailed() {
        try (InventoryServer server = InventoryServer.start().failing();
             AppProcess demo = AppProcess.builder().args("demo", server.baseUrl(), "1", "20").launch()) {
            assertEquals(0, demo.awaitExit(Duration.ofSeconds(20)), demo.diagnostics());
            assertTrue(demo.stdoutLines().get(1).contains("stock of sku-1 failed: java.io.IOException: HTTP 503"),
                    demo.diagnostics());
        }
    }
}
