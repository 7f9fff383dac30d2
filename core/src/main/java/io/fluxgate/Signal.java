package io.fluxgate;

import java.time.Instant;
import java.util.Objects;

/** A state transition of one breaker, as told to its {@link Listener}s. */
public final class Signal {
    private final String breakerName;
    private final State oldState;
    private final State newState;
    private final Instant timestamp;

    public Signal(String breakerName, State oldState, State newState, Instant timestamp) {
        this.breakerName = Objects.requireNonNull(breakerName, "breakerName");
        this.oldState = Objects.requireNonNull(oldState, "oldState");
        this.newState = Objects.requireNonNull(newState, "newState");
        this.timestamp = Objects.requireNonNull(timestamp, "timestamp");
    }

    public String breakerName() {
        return breakerName;
    }

    public State oldState() {
        return oldState;
    }

    public State newState() {
        return newState;
    }

    public Instant timestamp() {
        return timestamp;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Signal)) {
            return false;
        }
        Signal that = (Signal) other;
        return breakerName.equals(that.breakerName) && oldState == that.oldState
                && newState == that.newState && timestamp.equals(that.timestamp);
    }

    @Override
    public int hashCode() {
        return Objects.hash(breakerName, oldState, newState, timestamp);
    }

    @Override
    public String toString() {
        return breakerName + ": " + oldState + " -> " + newState + " at " + timestamp;
    }
}
