package io.fluxgate.tripper;

import io.fluxgate.Metric;
import io.fluxgate.State;
import io.fluxgate.internal.Require;

/** Holds after {@code count} failures in a row: fast protection before a rate can be judged. */
public final class FailureStreak implements Tripper {
    private final int count;

    public FailureStreak(int count) {
        this.count = Require.positive("FailureStreak", "count", count);
    }

    @Override
    public boolean test(Metric metric, State state, int consecutiveFailures) {
        return consecutiveFailures >= count;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FailureStreak && count == ((FailureStreak) other).count;
    }

    @Override
    public int hashCode() {
        return count;
    }

    @Override
    public String toString() {
        return "FailureStreak(" + count + ")";
    }
}
