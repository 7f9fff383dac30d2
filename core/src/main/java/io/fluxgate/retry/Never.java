package io.fluxgate.retry;

import java.util.function.DoubleSupplier;

/** Stays open until someone resets the breaker by hand. */
public final class Never implements Retry {
    public static final Never INSTANCE = new Never();

    private Never() {
    }

    @Override
    public long waitNanos(int reopens, DoubleSupplier random) {
        return Long.MAX_VALUE;
    }

    @Override
    public String toString() {
        return "Never()";
    }
}
