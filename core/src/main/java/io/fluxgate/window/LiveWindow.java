package io.fluxgate.window;

import io.fluxgate.Metric;

/**
 * A window that is filling with outcomes. Safe for use by many threads at once without locks.
 * As a {@link Metric} it is a live view that trippers read right after recording; for a
 * consistent picture take a {@link #snapshot(long)}.
 */
public interface LiveWindow extends Metric {

    /**
     * Adds one outcome.
     *
     * @param nowNanos the breaker clock's reading when the call ended (time windows bucket by it)
     */
    void record(boolean failure, long durationNanos, long nowNanos);

    /** An immutable copy of the window's figures as of {@code nowNanos}. */
    Metric snapshot(long nowNanos);
}
