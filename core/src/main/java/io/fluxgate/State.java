package io.fluxgate;

import java.util.Locale;

/**
 * The six states of a circuit breaker. In JSON, metrics and logs a state is written by its
 * {@linkplain #label() label}, the lower-case name ({@code half_open}), which is also what
 * {@link #toString()} returns.
 */
public enum State {
    /** Every call runs and is recorded; the tripper may open the breaker. */
    CLOSED,
    /** Calls are rejected until the retry strategy allows a recovery attempt. */
    OPEN,
    /** A few probe calls run; their outcomes close or reopen the breaker. */
    HALF_OPEN,
    /** Every call runs and is recorded, but the breaker never trips: the dry-run mode. */
    METRICS_ONLY,
    /** Every call runs; nothing is recorded. */
    DISABLED,
    /** Every call is rejected until a manual reset. */
    FORCED_OPEN;

    private final String label = name().toLowerCase(Locale.ROOT);

    /** The lower-case name used in policy files, metrics and logs, e.g. {@code half_open}. */
    public String label() {
        return label;
    }

    /** Finds a state by its label; the error names the valid labels. */
    public static State fromLabel(String label) {
        for (State state : values()) {
            if (state.label.equals(label)) {
                return state;
            }
        }
        throw new IllegalArgumentException("unknown state '" + label
                + "': expected closed, open, half_open, metrics_only, disabled or forced_open");
    }

    @Override
    public String toString() {
        return label;
    }
}
