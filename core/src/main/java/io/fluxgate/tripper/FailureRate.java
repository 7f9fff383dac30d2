package io.fluxgate.tripper;

import io.fluxgate.Metric;
import io.fluxgate.State;
import io.fluxgate.internal.Durations;
import io.fluxgate.internal.Require;

/** Holds when failures / outcomes {@code >= ratio}; never over an empty window. */
public final class FailureRate implements Tripper {
    private final double ratio;

    public FailureRate(double ratio) {
        this.ratio = Require.ratio("FailureRate", "ratio", ratio);
    }

    @Override
    public boolean test(Metric metric, State state, int consecutiveFailures) {
        long total = metric.totalCount();
        return total > 0 && (double) metric.failureCount() / total >= ratio;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FailureRate && ratio == ((FailureRate) other).ratio;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(ratio);
    }

    @Override
    public String toString() {
        return "FailureRate(" + Durations.formatNumber(ratio) + ")";
    }
}
