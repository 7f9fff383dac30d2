package io.fluxgate;

/** Every call is rejected until someone resets the breaker. */
final class ForcedOpenState extends BreakerState {

    ForcedOpenState(CircuitBreaker breaker, Entry entry) {
        super(breaker, entry);
    }

    @Override
    State state() {
        return State.FORCED_OPEN;
    }

    @Override
    Permission acquire() {
        throw breaker.rejection(State.FORCED_OPEN);
    }
}
