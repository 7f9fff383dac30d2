package io.fluxgate.agent.runtime;

/**
 * Told when a fallback answered a call, which the breaker itself cannot see: whoever runs the
 * fallback (the method dispatcher, HTTP dispatch) calls {@link #fallbackAnswered}. It runs on
 * the calling thread, so an implementation only bumps a counter.
 */
@FunctionalInterface
public interface FallbackCounter {

    /** Counts nothing: what dispatchers get when no metrics are configured. */
    FallbackCounter NONE = breakerName -> {
    };

    /**
     * A fallback answered a call of {@code breakerName}, by returning a value or by throwing (a
     * {@code throw} fallback answers that way). Counted once per call, beside the call's own outcome.
     */
    void fallbackAnswered(String breakerName);
}
