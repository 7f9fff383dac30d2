package io.fluxgate.tripper;

import io.fluxgate.Metric;
import io.fluxgate.State;
import io.fluxgate.internal.Require;

/** Holds once the window has at least {@code count} outcomes, so a rate is not judged on too few. */
public final class MinRequests implements Tripper {
    private final int count;

    public MinRequests(int count) {
        this.count = Require.positive("MinRequests", "count", count);
    }

    @Override
    public boolean test(Metric metric, State state, int consecutiveFailures) {
        return metric.totalCount() >= count;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MinRequests && count == ((MinRequests) other).count;
    }

    @Override
    public int hashCode() {
        return count;
    }

    @Override
    public String toString() {
        return "MinRequests(" + count + ")";
    }
}
