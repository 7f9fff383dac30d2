package io.fluxgate;

/** Every call runs; nothing is recorded. */
final class DisabledState extends BreakerState {

    DisabledState(CircuitBreaker breaker, Entry entry) {
        super(breaker, entry);
    }

    @Override
    State state() {
        return State.DISABLED;
    }

    @Override
    Permission acquire() {
        return this;
    }
}
