package io.fluxgate.retry;

import java.util.function.DoubleSupplier;

/**
 * Decides how long an OPEN breaker waits before it lets a recovery attempt through (the move to
 * HALF_OPEN). Asked once, when the breaker enters OPEN; its {@link Object#toString()} is its
 * expression, e.g. {@code Backoff(30, multiplier=2, max_duration=600, jitter_ratio=0.1)}.
 */
public interface Retry {

    /**
     * The wait in nanoseconds; {@link Long#MAX_VALUE} means never.
     *
     * @param reopens how many recovery attempts failed since the breaker last closed
     * @param random the breaker's random source; draw from it only when jitter is configured
     */
    long waitNanos(int reopens, DoubleSupplier random);
}
