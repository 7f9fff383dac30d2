package io.fluxgate.tripper;

import io.fluxgate.Metric;
import io.fluxgate.State;

/** Holds only when the HALF_OPEN state asks, for stricter rules during recovery. */
public final class HalfOpened implements Tripper {
    public static final HalfOpened INSTANCE = new HalfOpened();

    private HalfOpened() {
    }

    @Override
    public boolean test(Metric metric, State state, int consecutiveFailures) {
        return state == State.HALF_OPEN;
    }

    @Override
    public String toString() {
        return "HalfOpened()";
    }
}
