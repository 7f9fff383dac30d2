package io.fluxgate.tripper;

import io.fluxgate.Metric;
import io.fluxgate.State;

import java.util.Collections;
import java.util.List;

/**
 * Decides whether the breaker should trip. It is asked after every recorded outcome: in CLOSED
 * a {@code true} opens the breaker; in HALF_OPEN a {@code false} after a success closes it and
 * a {@code true} after a failure reopens it.
 *
 * <p>Trippers compose: {@code a.and(b)} is {@code a & b}, {@code a.or(b)} is {@code a | b}.
 * Every tripper's {@link Object#toString()} is its expression, e.g.
 * {@code FailureStreak(5) | MinRequests(20) & FailureRate(0.4)}.
 */
@FunctionalInterface
public interface Tripper {

    /**
     * @param metric the live window; read it, never keep it
     * @param state CLOSED or HALF_OPEN, the state asking
     * @param consecutiveFailures failures since the last success
     */
    boolean test(Metric metric, State state, int consecutiveFailures);

    default Tripper and(Tripper other) {
        return new AndTripper(this, other);
    }

    default Tripper or(Tripper other) {
        return new OrTripper(this, other);
    }

    /**
     * The leaf conditions of this tripper, left to right. The breaker walks them once when it is
     * built, to learn which slow-call thresholds its window must count.
     */
    default List<Tripper> leaves() {
        return Collections.singletonList(this);
    }
}
