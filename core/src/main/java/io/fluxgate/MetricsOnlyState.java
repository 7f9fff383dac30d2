package io.fluxgate;

/** Every call runs and is recorded, but the breaker never trips: observe before enforcing. */
final class MetricsOnlyState extends RecordingState {

    MetricsOnlyState(CircuitBreaker breaker, Entry entry) {
        super(breaker, entry);
    }

    @Override
    State state() {
        return State.METRICS_ONLY;
    }

    @Override
    Permission acquire() {
        return this;
    }

    @Override
    void afterSuccess() {
    }

    @Override
    void afterFailure() {
    }
}
