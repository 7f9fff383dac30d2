package io.fluxgate.window;

/**
 * Which outcomes a breaker judges: the last N ({@link CountWindow}) or those of the last N
 * seconds ({@link TimeWindow}). A {@code Window} is an immutable description that can be shared
 * by many breakers; each breaker {@linkplain #open opens} its own {@link LiveWindow}, a fresh one
 * on every state transition.
 */
public abstract class Window {

    Window() {
        // only the two kinds of this package
    }

    /**
     * Creates an empty live window.
     *
     * @param slowThresholdsNanos the slow-call thresholds to count, from the tripper's {@code SlowRate}s
     * @param sumDurations whether a tripper reads the summed duration on every call
     *                     ({@code AvgLatency}); the sum is always available, this only makes it cheap
     */
    public abstract LiveWindow open(long[] slowThresholdsNanos, boolean sumDurations);

    /** The number of outcomes (count window) or seconds (time window) the window spans. */
    public abstract int size();
}
