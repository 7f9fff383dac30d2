package io.fluxgate.permit;

import java.util.function.DoubleSupplier;

/** Every call may probe (within {@code maxHalfOpenCalls}). */
public final class All implements Permit {
    public static final All INSTANCE = new All();

    private All() {
    }

    @Override
    public boolean admits(long elapsedNanos, DoubleSupplier random) {
        return true;
    }

    @Override
    public String toString() {
        return "All()";
    }
}
