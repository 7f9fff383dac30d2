package io.fluxgate;

/** Every call runs; after each outcome the tripper may open the breaker. */
final class ClosedState extends RecordingState {

    ClosedState(CircuitBreaker breaker, Entry entry) {
        super(breaker, entry);
    }

    @Override
    State state() {
        return State.CLOSED;
    }

    @Override
    Permission acquire() {
        return this;
    }

    @Override
    void afterSuccess() {
        openIfTripped();
    }

    @Override
    void afterFailure() {
        openIfTripped();
    }

    private void openIfTripped() {
        if (isCurrent() && tripperHolds()) {
            breaker.transition(this, State.OPEN);
        }
    }
}
