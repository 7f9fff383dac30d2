package io.fluxgate;

import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;

/**
 * A few probe calls run: at most {@code maxHalfOpenCalls} at once, each admitted by the permit
 * strategy. A success closes the breaker unless the tripper still holds; a failure reopens it
 * if the tripper holds. A call that finds no free slot is rejected at once, never queued.
 */
final class HalfOpenState extends RecordingState {
    private static final AtomicIntegerFieldUpdater<HalfOpenState> IN_FLIGHT =
            AtomicIntegerFieldUpdater.newUpdater(HalfOpenState.class, "inFlight");

    private volatile int inFlight;

    HalfOpenState(CircuitBreaker breaker, Entry entry) {
        super(breaker, entry);
    }

    @Override
    State state() {
        return State.HALF_OPEN;
    }

    @Override
    Permission acquire() {
        if (IN_FLIGHT.incrementAndGet(this) > breaker.maxHalfOpenCalls
                || !breaker.permit.admits(breaker.clock.nanoTime() - enteredNanos, breaker.random)) {
            IN_FLIGHT.decrementAndGet(this);
            throw breaker.rejection(State.HALF_OPEN);
        }
        return this;
    }

    /** Probes in flight now; for tests and diagnostics. */
    int inFlight() {
        return inFlight;
    }

    @Override
    void afterSuccess() {
        IN_FLIGHT.decrementAndGet(this);
        if (isCurrent() && !tripperHolds()) {
            breaker.transition(this, State.CLOSED);
        }
    }

    @Override
    void afterFailure() {
        IN_FLIGHT.decrementAndGet(this);
        if (isCurrent() && tripperHolds()) {
            breaker.transition(this, State.OPEN);
        }
    }

    @Override
    public void release() {
        IN_FLIGHT.decrementAndGet(this);
    }
}
