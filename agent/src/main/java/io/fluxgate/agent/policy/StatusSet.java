package io.fluxgate.agent.policy;

import java.util.BitSet;

/**
 * The HTTP statuses a target's {@code failOn} counts as failures although no exception was
 * thrown: single codes ({@code 429}) and classes ({@code "5xx"}).
 */
public final class StatusSet {
    private static final StatusSet NONE = new StatusSet(new BitSet(), "");

    private final BitSet statuses;
    private final String text;

    private StatusSet(BitSet statuses, String text) {
        this.statuses = statuses;
        this.text = text;
    }

    /** The empty set: no response counts as a failure by its status. */
    public static StatusSet none() {
        return NONE;
    }

    public boolean contains(int status) {
        return status >= 0 && statuses.get(status);
    }

    public boolean isEmpty() {
        return statuses.isEmpty();
    }

    /** As written, e.g. {@code 5xx, 429}. */
    @Override
    public String toString() {
        return text;
    }

    /** Collects codes and classes in the order they are written. */
    static final class Builder {
        private final BitSet statuses = new BitSet(600);
        private final StringBuilder text = new StringBuilder();

        Builder code(int status) {
            statuses.set(status);
            return written(String.valueOf(status));
        }

        /** {@code hundreds} 1 to 5 for "1xx" to "5xx". */
        Builder statusClass(int hundreds) {
            statuses.set(hundreds * 100, hundreds * 100 + 100);
            return written(hundreds + "xx");
        }

        private Builder written(String item) {
            text.append(text.length() > 0 ? ", " : "").append(item);
            return this;
        }

        StatusSet build() {
            return new StatusSet((BitSet) statuses.clone(), text.toString());
        }
    }
}
