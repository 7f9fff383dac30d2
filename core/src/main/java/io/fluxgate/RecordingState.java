package io.fluxgate;

import io.fluxgate.window.LiveWindow;

/** A state that records outcomes in a window of its own (CLOSED, HALF_OPEN, METRICS_ONLY). */
abstract class RecordingState extends BreakerState {
    final LiveWindow window;

    RecordingState(CircuitBreaker breaker, Entry entry) {
        super(breaker, entry);
        this.window = entry.window != null ? entry.window : breaker.openWindow();
    }

    @Override
    public final void onSuccess(long startNanos) {
        long now = breaker.clock.nanoTime();
        window.record(false, now - startNanos, now);
        if (consecutiveFailures != 0) {
            consecutiveFailures = 0;
        }
        if (breaker.calls != CallListener.NONE) {
            breaker.calls.onSuccess(breaker.name(), now - startNanos);
        }
        afterSuccess();
    }

    @Override
    public final boolean onError(long startNanos, Throwable error) {
        if (breaker.tracker.test(error)) {
            fail(startNanos, error);
            return true;
        }
        release();
        if (breaker.calls != CallListener.NONE) {
            breaker.calls.onIgnored(breaker.name(), breaker.clock.nanoTime() - startNanos, error);
        }
        return false;
    }

    @Override
    public final void onFailure(long startNanos) {
        fail(startNanos, null);
    }

    private void fail(long startNanos, Throwable error) {
        long now = breaker.clock.nanoTime();
        window.record(true, now - startNanos, now);
        CONSECUTIVE_FAILURES.incrementAndGet(this);
        if (breaker.calls != CallListener.NONE) {
            breaker.calls.onFailure(breaker.name(), now - startNanos, error);
        }
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
