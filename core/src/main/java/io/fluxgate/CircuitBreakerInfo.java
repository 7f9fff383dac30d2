package io.fluxgate;

import java.time.Instant;

/** A consistent picture of one breaker at one moment, from {@link CircuitBreaker#info()}. */
public final class CircuitBreakerInfo {
    private final State state;
    private final Instant changedAt;
    private final int reopens;
    private final int consecutiveFailures;
    private final Metric metric;

    public CircuitBreakerInfo(State state, Instant changedAt, int reopens, int consecutiveFailures, Metric metric) {
        this.state = state;
        this.changedAt = changedAt;
        this.reopens = reopens;
        this.consecutiveFailures = consecutiveFailures;
        this.metric = metric;
    }

    public State state() {
        return state;
    }

    /** When the breaker entered its current state (its construction time if it never moved). */
    public Instant changedAt() {
        return changedAt;
    }

    /** How many times a recovery attempt failed (HALF_OPEN to OPEN) since the breaker last closed. */
    public int reopens() {
        return reopens;
    }

    public int consecutiveFailures() {
        return consecutiveFailures;
    }

    /** The window's figures; empty in states that record nothing. */
    public Metric metric() {
        return metric;
    }

    @Override
    public String toString() {
        return "CircuitBreakerInfo{state=" + state + ", changedAt=" + changedAt + ", reopens=" + reopens
                + ", consecutiveFailures=" + consecutiveFailures + ", metric=" + metric + "}";
    }
}
