package io.fluxgate.permit;

import io.fluxgate.internal.Durations;
import io.fluxgate.internal.Require;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Lets traffic back gradually: the probability of admitting a call rises linearly from
 * {@code initial} to {@code final} over {@code duration} after entering HALF_OPEN, then stays
 * at {@code final}.
 */
public final class RampUp implements Permit {
    private final double initial;
    private final double fin;
    private final Duration duration;
    private final long durationNanos;

    public RampUp(double initial, double fin, Duration duration) {
        if (!(initial > 0.0 && initial <= 1.0)) {
            throw Require.fail("RampUp", "initial", "must be in (0, 1]", Durations.formatNumber(initial));
        }
        if (!(fin >= initial && fin <= 1.0)) {
            throw Require.fail("RampUp", "final", "must be in [initial, 1]", Durations.formatNumber(fin));
        }
        this.initial = initial;
        this.fin = fin;
        this.durationNanos = Require.positive("RampUp", "duration", duration);
        this.duration = duration;
    }

    @Override
    public boolean admits(long elapsedNanos, DoubleSupplier random) {
        double progress = Math.min(1.0, (double) Math.max(0, elapsedNanos) / durationNanos);
        return random.getAsDouble() < initial + (fin - initial) * progress;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof RampUp)) {
            return false;
        }
        RampUp that = (RampUp) other;
        return initial == that.initial && fin == that.fin && durationNanos == that.durationNanos;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(initial) * 31 + Double.hashCode(fin) * 17 + Long.hashCode(durationNanos);
    }

    @Override
    public String toString() {
        return "RampUp(" + Durations.formatNumber(initial) + ", " + Durations.formatNumber(fin) + ", duration="
                + Durations.format(duration) + ")";
    }
}
