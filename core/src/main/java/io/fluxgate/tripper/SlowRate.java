package io.fluxgate.tripper;

import io.fluxgate.Metric;
import io.fluxgate.State;
import io.fluxgate.internal.Durations;
import io.fluxgate.internal.Require;

import java.time.Duration;

/**
 * Holds when the share of outcomes that took at least {@code threshold} is at least
 * {@code ratio}; never over an empty window. Failures count as slow too when they were.
 */
public final class SlowRate implements Tripper {
    private final double ratio;
    private final Duration threshold;
    private final long thresholdNanos;

    public SlowRate(double ratio, Duration threshold) {
        this.ratio = Require.ratio("SlowRate", "ratio", ratio);
        this.thresholdNanos = Require.positive("SlowRate", "threshold", threshold);
        this.threshold = threshold;
    }

    /** The duration at or above which an outcome is slow; the window counts these. */
    public long thresholdNanos() {
        return thresholdNanos;
    }

    @Override
    public boolean test(Metric metric, State state, int consecutiveFailures) {
        long total = metric.totalCount();
        return total > 0 && (double) metric.slowCount(thresholdNanos) / total >= ratio;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SlowRate && ratio == ((SlowRate) other).ratio
                && thresholdNanos == ((SlowRate) other).thresholdNanos;
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(ratio) + Long.hashCode(thresholdNanos);
    }

    @Override
    public String toString() {
        return "SlowRate(" + Durations.formatNumber(ratio) + ", threshold=" + Durations.format(threshold) + ")";
    }
}
