package io.fluxgate.it;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Polls until something holds or a deadline passes: what tests do instead of sleeping. */
public final class Eventually {
    private static final long PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private Eventually() {
    }

    public static void eventually(Duration timeout, String what, BooleanSupplier condition) {
        eventually(timeout, what, condition::getAsBoolean, Boolean::booleanValue);
    }

    /** Tries {@code attempt} until its value satisfies {@code done}; answers that value. */
    public static <T> T eventually(Duration timeout, String what, Supplier<T> attempt, Predicate<? super T> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int attempts = 0;
        while (true) {
            T value = attempt.get();
            attempts++;
            if (done.test(value)) {
                return value;
            }
            if (System.nanoTime() - deadline >= 0) {
                throw new AssertionError(what + ": not so after " + attempts + " attempts in " + timeout
                        + "; the last attempt gave: " + value);
            }
            LockSupport.parkNanos(PAUSE_NANOS);
        }
    }
}
