package io.fluxgate.tracker;

import io.fluxgate.internal.Require;

import java.util.Objects;

/** {@code left & right}. */
final class AndTracker implements Tracker {
    final Tracker left;
    final Tracker right;

    AndTracker(Tracker left, Tracker right) {
        this.left = Require.notNull("&", "left operand", left);
        this.right = Require.notNull("&", "right operand", right);
    }

    @Override
    public boolean test(Throwable error) {
        return left.test(error) && right.test(error);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AndTracker && left.equals(((AndTracker) other).left)
                && right.equals(((AndTracker) other).right);
    }

    @Override
    public int hashCode() {
        return Objects.hash("&", left, right);
    }

    @Override
    public String toString() {
        boolean groupRight = right instanceof OrTracker || right instanceof AndTracker;
        return operand(left) + " & " + (groupRight ? "(" + right + ")" : right.toString());
    }

    /**
     * An {@code |} inside an {@code &} needs parentheses to keep its meaning; so does an {@code &} on
     * the right, because {@code a & b & c} reads back as {@code (a & b) & c}.
     */
    private static String operand(Tracker tracker) {
        return tracker instanceof OrTracker ? "(" + tracker + ")" : tracker.toString();
    }
}
