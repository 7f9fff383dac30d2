package io.fluxgate.agent.observe;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Waits for another thread of the agent (a sender, a registrar) to get something done, yielding instead of sleeping. */
final class Await {
    private static final long TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(20);

    private Await() {
    }

    static void until(String what, BooleanSupplier done) {
        long deadline = System.nanoTime() + TIMEOUT_NANOS;
        while (!done.getAsBoolean() && System.nanoTime() - deadline < 0) {
            Thread.yield();
        }
        assertTrue(done.getAsBoolean(), what + " within 20 s");
    }
}
