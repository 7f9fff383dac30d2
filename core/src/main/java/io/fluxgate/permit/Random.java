package io.fluxgate.permit;

import io.fluxgate.internal.Durations;
import io.fluxgate.internal.Require;

import java.util.function.DoubleSupplier;

/** Each call may probe with probability {@code ratio}: admitted iff a draw {@code u < ratio}. */
public final class Random implements Permit {
    private final double ratio;

    public Random(double ratio) {
        this.ratio = Require.probability("Random", "ratio", ratio);
    }

    @Override
    public boolean admits(long elapsedNanos, DoubleSupplier random) {
        return random.getAsDouble() < ratio;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Random && ratio == ((Random) other).ratio;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(ratio);
    }

    @Override
    public String toString() {
        return "Random(" + Durations.formatNumber(ratio) + ")";
    }
}
