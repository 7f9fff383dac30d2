package io.fluxgate.agent.weave;

import io.fluxgate.agent.bootstrap.Bridge;
import io.fluxgate.agent.bootstrap.Dispatcher;
import io.fluxgate.agent.bootstrap.Verdict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A bug in the agent never breaks the host: the call proceeds unprotected and the bug is told once. */
class InternalErrorTest {
    private final PrintStream originalErr = System.err;

    @AfterEach
    void restore() {
        System.setErr(originalErr);
        Bridge.install(null);
    }

    @Test
    void aFailingDispatcherLetsWovenCallsRunUnprotectedAndIsReportedOnce() throws Exception {
        Woven woven = new Woven("{\"version\": 1, \"targets\": [{\"method\": \"com.acme.legacy.Inventory#stock(String)\","
                + " \"breaker\": \"inventory\"}]}");
        Object inventory = woven.newInstance("Inventory");
        woven.setStatic("Inventory", "down", false);
        Bridge.install(new Dispatcher() {
            @Override
            public Object enter(int site) {
                throw new IllegalStateException("a bug in the agent");
            }

            @Override
            public void succeeded(Object permission, long startNanos) {
                throw new IllegalStateException("a bug in the agent");
            }

            @Override
            public Verdict settle(int site, Object permission, long startNanos, Throwable thrown, Object[] arguments) {
                throw new IllegalStateException("a bug in the agent");
            }

            @Override
            public Object settleAsync(int site, Object permission, long startNanos, Object stage, Throwable thrown,
                                      Object[] arguments) {
                throw new IllegalStateException("a bug in the agent");
            }
        });
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));

        for (int i = 0; i < 3; i++) {
            assertEquals(42, Woven.call(inventory, "stock", "sku"), "the call ran as if unprotected");
        }
        woven.setStatic("Inventory", "down", true);
        assertTrue(Woven.call(inventory, "stock", "sku") instanceof java.io.IOException, "its own failure stands");

        String told = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, told.split("internal error", -1).length - 1, told);
        assertTrue(told.lines().allMatch(line -> line.startsWith("fluxgate: ")), told);
    }
}
