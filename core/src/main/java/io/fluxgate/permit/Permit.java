package io.fluxgate.permit;

import java.util.function.DoubleSupplier;

/**
 * Decides, per call, whether a HALF_OPEN breaker lets the call through as a probe. Its
 * {@link Object#toString()} is its expression, e.g. {@code RampUp(0.1, 0.8, duration=60)}.
 */
public interface Permit {

    /**
     * @param elapsedNanos time since the breaker entered HALF_OPEN
     * @param random the breaker's random source: one draw per decision that needs chance
     */
    boolean admits(long elapsedNanos, DoubleSupplier random);
}
