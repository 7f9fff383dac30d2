package io.fluxgate.retry;

import io.fluxgate.internal.Durations;
import io.fluxgate.internal.Require;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Waits longer after each failed recovery: {@code min(initial * multiplier^reopens, max_duration)},
 * then scaled by jitter.
 */
public final class Backoff implements Retry {
    private final Duration initial;
    private final double multiplier;
    private final Duration maxDuration;
    private final double jitterRatio;
    private final long initialNanos;
    private final long maxNanos;

    public Backoff(Duration initial, double multiplier, Duration maxDuration, double jitterRatio) {
        this.initialNanos = Require.positive("Backoff", "initial", initial);
        this.initial = initial;
        if (!(multiplier > 1.0)) {
            throw Require.fail("Backoff", "multiplier", "must be > 1", Durations.formatNumber(multiplier));
        }
        this.multiplier = multiplier;
        this.maxNanos = Require.positive("Backoff", "max_duration", maxDuration);
        if (maxNanos < initialNanos) {
            throw Require.fail("Backoff", "max_duration", "must be >= initial (" + Durations.format(initial) + ")",
                    Durations.format(maxDuration));
        }
        this.maxDuration = maxDuration;
        this.jitterRatio = Require.jitter("Backoff", "jitter_ratio", jitterRatio);
    }

    @Override
    public long waitNanos(int reopens, DoubleSupplier random) {
        double grown = initialNanos * Math.pow(multiplier, reopens);
        return Jitter.apply(Math.min(grown, maxNanos), jitterRatio, random);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Backoff)) {
            return false;
        }
        Backoff that = (Backoff) other;
        return initialNanos == that.initialNanos && multiplier == that.multiplier && maxNanos == that.maxNanos
                && jitterRatio == that.jitterRatio;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(initialNanos) * 31 + Double.hashCode(multiplier) * 17 + Long.hashCode(maxNanos)
                + Double.hashCode(jitterRatio);
    }

    @Override
    public String toString() {
        return "Backoff(" + Durations.format(initial) + ", multiplier=" + Durations.formatNumber(multiplier)
                + ", max_duration=" + Durations.format(maxDuration)
                + (jitterRatio > 0 ? ", jitter_ratio=" + Durations.formatNumber(jitterRatio) : "") + ")";
    }
}
