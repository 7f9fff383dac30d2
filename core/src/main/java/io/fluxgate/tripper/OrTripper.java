package io.fluxgate.tripper;

import io.fluxgate.Metric;
import io.fluxgate.State;
import io.fluxgate.internal.Require;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** {@code left | right}. */
final class OrTripper implements Tripper {
    private final Tripper left;
    private final Tripper right;

    OrTripper(Tripper left, Tripper right) {
        this.left = Require.notNull("|", "left operand", left);
        this.right = Require.notNull("|", "right operand", right);
    }

    @Override
    public boolean test(Metric metric, State state, int consecutiveFailures) {
        return left.test(metric, state, consecutiveFailures) || right.test(metric, state, consecutiveFailures);
    }

    @Override
    public List<Tripper> leaves() {
        List<Tripper> leaves = new ArrayList<>(left.leaves());
        leaves.addAll(right.leaves());
        return leaves;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OrTripper && left.equals(((OrTripper) other).left)
                && right.equals(((OrTripper) other).right);
    }

    @Override
    public int hashCode() {
        return Objects.hash("|", left, right);
    }

    @Override
    public String toString() {
        // a | b | c reads back as (a | b) | c: an '|' on the right keeps its parentheses.
        return left + " | " + (right instanceof OrTripper ? "(" + right + ")" : right.toString());
    }
}
