package io.fluxgate;

import io.fluxgate.window.LiveWindow;

/** A state that records outcomes in a window of its own (CLOSED, HALF_OPEN, METRICS_ONLY). */
abstract class RecordingState extends BreakerState {
    final LiveWindow window;

    RecordingState(CircuitBreaker breaker, Entry entry) {
        super(breaker, entry);
        this.window = breaker.openWindow();
    }

    @Override
    public final void onSuccess(long startNanos) {
        long now = breaker.clock.nanoTime();
        window.record(false, now - startNanos, now);
        if (consecutiveFailures != 0) {
            consecutiveFailures = 0;
        }
        afterSuccess();
    }

    @Override
    public final boolean onError(long startNanos, Throwable error) {
        if (breaker.tracker.test(error)) {
            onFailure(startNanos);
            return true;
        }
        release();
        return false;
    }

    @Override
    public final void onFailure(long startNanos) {
        long now = breaker.clock.nanoTime();
        window.record(true, now - startNanos, now);
        CONSECUTIVE_FAILURES.incrementAndGet(this);
        afterFailure();
    }

    /** Called after a success was recorded. */
    abstract void afterSuccess();

    /** Called after a failure was recorded. */
    abstract void afterFailure();

    /** Whether the tripper holds now, asked as this state. */
    final boolean tripperHolds() {
        return breaker.tripper.test(window, state(), consecutiveFailures);
    }

    @Override
    Metric metric(long nowNanos) {
        return window.snapshot(nowNanos);
    }
}
