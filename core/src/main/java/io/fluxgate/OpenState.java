package io.fluxgate;

/**
 * Calls are rejected until the retry strategy's wait has passed; then the first call to arrive
 * moves the breaker to HALF_OPEN and is handled there.
 */
final class OpenState extends BreakerState {
    /** Drawn once on entry, jitter included; {@link Long#MAX_VALUE} means never. */
    private final long waitNanos;

    OpenState(CircuitBreaker breaker, Entry entry) {
        super(breaker, entry);
        this.waitNanos = breaker.retry.waitNanos(entry.reopens, breaker.random);
    }

    @Override
    State state() {
        return State.OPEN;
    }

    @Override
    Permission acquire() {
        if (breaker.clock.nanoTime() - enteredNanos >= waitNanos) {
            breaker.transition(this, State.HALF_OPEN);
            return breaker.current().acquire();
        }
        throw breaker.rejection(State.OPEN);
    }
}
