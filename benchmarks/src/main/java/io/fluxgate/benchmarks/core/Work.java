package io.fluxgate.benchmarks.core;

import dev.failsafe.function.CheckedSupplier;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import java.util.function.Supplier;

/**
 * The protected call of every benchmark, one per benchmark thread: trivial, but with a side
 * effect and a result the benchmark returns to JMH, so the compiler can neither drop it nor
 * hoist it out of the measurement loop.
 *
 * <p>The suppliers are made once, so no benchmark allocates a lambda per call; every variant,
 * the plain baseline included, calls the same supplier through the same interface.
 */
@State(Scope.Thread)
public class Work {
    /** A failure without a stack trace, thrown again and again: the cost measured is the breaker's, not the throw's. */
    static final RuntimeException FAILURE = new SimulatedFailure();
    /** One call in this many fails in the mixed workload: 10%, far below every breaker's 50% threshold. */
    static final int FAIL_EVERY = 10;

    private Object token = new Object();
    private long calls;
    private int untilFailure = FAIL_EVERY;

    /** Always returns. */
    public final Supplier<Object> succeeding = this::succeed;
    /** Throws {@link #FAILURE} on every tenth call. */
    public final Supplier<Object> mixed = this::sometimesFail;
    /** {@link #succeeding} in Failsafe's shape. */
    public final CheckedSupplier<Object> checkedSucceeding = this::succeed;
    /** {@link #mixed} in Failsafe's shape. */
    public final CheckedSupplier<Object> checkedMixed = this::sometimesFail;

    Object succeed() {
        calls++;
        return token;
    }

    Object sometimesFail() {
        calls++;
        if (--untilFailure == 0) {
            untilFailure = FAIL_EVERY;
            throw FAILURE;
        }
        return token;
    }

    long calls() {
        return calls;
    }

    static final class SimulatedFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SimulatedFailure() {
            super("simulated failure", null, false, false);
        }
    }
}
