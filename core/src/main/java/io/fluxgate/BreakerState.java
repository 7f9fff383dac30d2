package io.fluxgate;

import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;

/**
 * One period of a breaker's life: a state entered at a moment. Every transition creates a new
 * instance, so the instance is the epoch: a {@link Permission} is the state object that admitted
 * the call, and an outcome reported to a state that is no longer current is discarded.
 */
abstract class BreakerState implements Permission {
    static final AtomicIntegerFieldUpdater<BreakerState> CONSECUTIVE_FAILURES =
            AtomicIntegerFieldUpdater.newUpdater(BreakerState.class, "consecutiveFailures");

    final CircuitBreaker breaker;
    final long enteredNanos;
    final long changedAtMillis;
    final int reopens;
    volatile int consecutiveFailures;

    BreakerState(CircuitBreaker breaker, Entry entry) {
        this.breaker = breaker;
        this.enteredNanos = entry.nanos;
        this.changedAtMillis = entry.millis;
        this.reopens = entry.reopens;
        this.consecutiveFailures = entry.consecutiveFailures;
    }

    abstract State state();

    /** Admits a call (the returned permission takes its outcome) or throws {@link CallNotPermittedException}. */
    abstract Permission acquire();

    /** The window's figures; states that record nothing have none. */
    Metric metric(long nowNanos) {
        return Metric.empty();
    }

    final boolean isCurrent() {
        return breaker.current() == this;
    }

    // A state that records nothing (DISABLED) only tells the call listener.

    @Override
    public void onSuccess(long startNanos) {
        if (breaker.calls != CallListener.NONE) {
            breaker.calls.onSuccess(breaker.name(), breaker.clock.nanoTime() - startNanos);
        }
    }

    @Override
    public boolean onError(long startNanos, Throwable error) {
        boolean tracked = breaker.tracker.test(error);
        if (breaker.calls != CallListener.NONE) {
            long duration = breaker.clock.nanoTime() - startNanos;
            if (tracked) {
                breaker.calls.onFailure(breaker.name(), duration, error);
            } else {
                breaker.calls.onIgnored(breaker.name(), duration, error);
            }
        }
        return tracked;
    }

    @Override
    public void onFailure(long startNanos) {
        if (breaker.calls != CallListener.NONE) {
            breaker.calls.onFailure(breaker.name(), breaker.clock.nanoTime() - startNanos, null);
        }
    }

    @Override
    public void release() {
    }

    /** What a new state starts from: when it was entered and the counters it carries over. */
    static final class Entry {
        final long nanos;
        final long millis;
        final int reopens;
        final int consecutiveFailures;
        /** A window to go on filling instead of a fresh one (a reconfigured breaker); usually null. */
        final io.fluxgate.window.LiveWindow window;

        Entry(long nanos, long millis, int reopens, int consecutiveFailures) {
            this(nanos, millis, reopens, consecutiveFailures, null);
        }

        Entry(long nanos, long millis, int reopens, int consecutiveFailures, io.fluxgate.window.LiveWindow window) {
            this.nanos = nanos;
            this.millis = millis;
            this.reopens = reopens;
            this.consecutiveFailures = consecutiveFailures;
            this.window = window;
        }
    }
}
