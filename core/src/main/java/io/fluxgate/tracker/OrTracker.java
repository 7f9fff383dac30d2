package io.fluxgate.tracker;

import io.fluxgate.internal.Require;

import java.util.Objects;

/** {@code left | right}. */
final class OrTracker implements Tracker {
    final Tracker left;
    final Tracker right;

    OrTracker(Tracker left, Tracker right) {
        this.left = Require.notNull("|", "left operand", left);
        this.right = Require.notNull("|", "right operand", right);
    }

    @Override
    public boolean test(Throwable error) {
        return left.test(error) || right.test(error);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OrTracker && left.equals(((OrTracker) other).left)
                && right.equals(((OrTracker) other).right);
    }

    @Override
    public int hashCode() {
        return Objects.hash("|", left, right);
    }

    @Override
    public String toString() {
        // a | b | c reads back as (a | b) | c: an '|' on the right keeps its parentheses.
        return left + " | " + (right instanceof OrTracker ? "(" + right + ")" : right.toString());
    }
}
