package io.fluxgate.tracker;

import io.fluxgate.internal.Require;

/** {@code ~inner}. */
final class NotTracker implements Tracker {
    final Tracker inner;

    NotTracker(Tracker inner) {
        this.inner = Require.notNull("~", "operand", inner);
    }

    @Override
    public boolean test(Throwable error) {
        return !inner.test(error);
    }

    /** {@code ~~a} is {@code a}. */
    @Override
    public Tracker negate() {
        return inner;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NotTracker && inner.equals(((NotTracker) other).inner);
    }

    @Override
    public int hashCode() {
        return ~inner.hashCode();
    }

    @Override
    public String toString() {
        boolean compound = inner instanceof AndTracker || inner instanceof OrTracker;
        return "~" + (compound ? "(" + inner + ")" : inner.toString());
    }
}
