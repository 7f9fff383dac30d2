package io.fluxgate.agent.fallback;

/** How a target answers a call its breaker refused or that failed: a value to return, or a throw. */
public interface FallbackPlan {

    /**
     * @param cause the rejection or the failure
     * @param arguments the call's arguments; null when the plan does not need them
     * @return the value the protected method returns instead
     */
    Object answer(Throwable cause, Object[] arguments) throws Throwable;

    /** Whether {@link #answer} reads the call's arguments. */
    default boolean needsArguments() {
        return false;
    }
}
