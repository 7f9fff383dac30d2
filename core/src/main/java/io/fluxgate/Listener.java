package io.fluxgate;

/**
 * Told of every state transition of the breakers it is registered with, manual ones included.
 * Listeners run on the thread that caused the transition, outside any lock, in registration
 * order; one that throws is logged and disturbs neither the call nor the other listeners.
 */
@FunctionalInterface
public interface Listener {
    void onTransition(Signal signal);
}
