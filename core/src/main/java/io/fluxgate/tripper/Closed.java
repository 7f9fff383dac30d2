package io.fluxgate.tripper;

import io.fluxgate.Metric;
import io.fluxgate.State;

/** Holds only when the CLOSED state asks: {@code Closed() & FailureRate(0.6)} applies to closed only. */
public final class Closed implements Tripper {
    public static final Closed INSTANCE = new Closed();

    private Closed() {
    }

    @Override
    public boolean test(Metric metric, State state, int consecutiveFailures) {
        return state == State.CLOSED;
    }

    @Override
    public String toString() {
        return "Closed()";
    }
}
