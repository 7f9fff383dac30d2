package io.fluxgate.tripper;

import io.fluxgate.Metric;
import io.fluxgate.State;
import io.fluxgate.internal.Require;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** {@code left & right}. */
final class AndTripper implements Tripper {
    private final Tripper left;
    private final Tripper right;

    AndTripper(Tripper left, Tripper right) {
        this.left = Require.notNull("&", "left operand", left);
        this.right = Require.notNull("&", "right operand", right);
    }

    @Override
    public boolean test(Metric metric, State state, int consecutiveFailures) {
        return left.test(metric, state, consecutiveFailures) && right.test(metric, state, consecutiveFailures);
    }

    @Override
    public List<Tripper> leaves() {
        List<Tripper> leaves = new ArrayList<>(left.leaves());
        leaves.addAll(right.leaves());
        return leaves;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AndTripper && left.equals(((AndTripper) other).left)
                && right.equals(((AndTripper) other).right);
    }

    @Override
    public int hashCode() {
        return Objects.hash("&", left, right);
    }

    @Override
    public String toString() {
        boolean groupRight = right instanceof OrTripper || right instanceof AndTripper;
        return operand(left) + " & " + (groupRight ? "(" + right + ")" : right.toString());
    }

    /**
     * An {@code |} inside an {@code &} needs parentheses to keep its meaning; so does an {@code &} on
     * the right, because {@code a & b & c} reads back as {@code (a & b) & c}.
     */
    private static String operand(Tripper tripper) {
        return tripper instanceof OrTripper ? "(" + tripper + ")" : tripper.toString();
    }
}
