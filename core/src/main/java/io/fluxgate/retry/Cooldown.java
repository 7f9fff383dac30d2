package io.fluxgate.retry;

import io.fluxgate.internal.Durations;
import io.fluxgate.internal.Require;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/** Waits a fixed {@code duration}, optionally scaled by jitter so that many instances spread out. */
public final class Cooldown implements Retry {
    private final Duration duration;
    private final long durationNanos;
    private final double jitterRatio;

    public Cooldown(Duration duration, double jitterRatio) {
        this.durationNanos = Require.positive("Cooldown", "duration", duration);
        this.duration = duration;
        this.jitterRatio = Require.jitter("Cooldown", "jitter_ratio", jitterRatio);
    }

    @Override
    public long waitNanos(int reopens, DoubleSupplier random) {
        return Jitter.apply(durationNanos, jitterRatio, random);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cooldown && durationNanos == ((Cooldown) other).durationNanos
                && jitterRatio == ((Cooldown) other).jitterRatio;
    }

    @Override
    public int hashCode() {
        return 31 * Long.hashCode(durationNanos) + Double.hashCode(jitterRatio);
    }

    @Override
    public String toString() {
        String text = "Cooldown(" + Durations.format(duration);
        return text + (jitterRatio > 0 ? ", jitter_ratio=" + Durations.formatNumber(jitterRatio) : "") + ")";
    }
}
