package io.fluxgate;

/**
 * Told of every call's outcome, for metrics: {@link Listener} hears transitions, this hears calls.
 * It runs on the calling thread, on the hot path: keep it to a counter increment. Every method
 * has an empty default, so an implementation overrides only what it counts.
 */
public interface CallListener {

    /** A listener that counts nothing, the default. */
    CallListener NONE = new CallListener() {
    };

    /** The call returned normally (or was answered without failure). */
    default void onSuccess(String breakerName, long durationNanos) {
    }

    /** The call failed with a throwable the tracker counts, or without one ({@code error} null). */
    default void onFailure(String breakerName, long durationNanos, Throwable error) {
    }

    /** The call threw something the tracker does not count: it was not recorded by the breaker. */
    default void onIgnored(String breakerName, long durationNanos, Throwable error) {
    }

    /** The breaker refused the call; it did not run. */
    default void onRejected(String breakerName, State state) {
    }
}
