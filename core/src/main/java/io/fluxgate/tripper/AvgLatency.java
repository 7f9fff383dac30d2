package io.fluxgate.tripper;

import io.fluxgate.Metric;
import io.fluxgate.State;
import io.fluxgate.internal.Durations;
import io.fluxgate.internal.Require;

import java.time.Duration;

/** Holds when the mean duration of the window's outcomes is at least {@code threshold}. */
public final class AvgLatency implements Tripper {
    private final Duration threshold;
    private final long thresholdNanos;

    public AvgLatency(Duration threshold) {
        this.thresholdNanos = Require.positive("AvgLatency", "threshold", threshold);
        this.threshold = threshold;
    }

    @Override
    public boolean test(Metric metric, State state, int consecutiveFailures) {
        long total = metric.totalCount();
        return total > 0 && (double) metric.totalDurationNanos() / total >= thresholdNanos;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AvgLatency && thresholdNanos == ((AvgLatency) other).thresholdNanos;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(thresholdNanos);
    }

    @Override
    public String toString() {
        return "AvgLatency(" + Durations.format(threshold) + ")";
    }
}
