package io.fluxgate.retry;

import java.util.function.DoubleSupplier;

/** Scales a wait by a factor drawn from [1 - ratio, 1 + ratio]: {@code 1 + ratio * (2u - 1)}. */
final class Jitter {
    private Jitter() {
    }

    static long apply(double waitNanos, double ratio, DoubleSupplier random) {
        double factor = ratio > 0 ? 1 + ratio * (2 * random.getAsDouble() - 1) : 1;
        double scaled = waitNanos * factor;
        return scaled >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) scaled;
    }
}
