package io.fluxgate.retry;

import java.util.function.DoubleSupplier;

/** Tries to recover on the very next call. */
public final class Always implements Retry {
    public static final Always INSTANCE = new Always();

    private Always() {
    }

    @Override
    public long waitNanos(int reopens, DoubleSupplier random) {
        return 0;
    }

    @Override
    public String toString() {
        return "Always()";
    }
}
