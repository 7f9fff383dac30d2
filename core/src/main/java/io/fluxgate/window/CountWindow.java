package io.fluxgate.window;

import io.fluxgate.internal.Require;

/** The last {@code size} outcomes. */
public final class CountWindow extends Window {
    private final int size;

    public CountWindow(int size) {
        this.size = Require.positive("CountWindow", "size", size);
    }

    @Override
    public LiveWindow open(long[] slowThresholdsNanos, boolean sumDurations) {
        return new CountRing(size, slowThresholdsNanos, sumDurations);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CountWindow && size == ((CountWindow) other).size;
    }

    @Override
    public int hashCode() {
        return size;
    }

    @Override
    public String toString() {
        return "CountWindow(" + size + ")";
    }
}
