package io.fluxgate.window;

import io.fluxgate.internal.Require;

/**
 * The outcomes of the last {@code size} seconds, in one-second buckets: the current whole second
 * of the breaker clock and the {@code size - 1} before it.
 */
public final class TimeWindow extends Window {
    private final int size;

    public TimeWindow(int size) {
        this.size = Require.positive("TimeWindow", "size", size);
    }

    @Override
    public LiveWindow open(long[] slowThresholdsNanos, boolean sumDurations) {
        return new SecondBuckets(size, slowThresholdsNanos);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TimeWindow && size == ((TimeWindow) other).size;
    }

    @Override
    public int hashCode() {
        return -size;
    }

    @Override
    public String toString() {
        return "TimeWindow(" + size + ")";
    }
}
