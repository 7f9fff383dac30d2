package io.fluxgate.agent.policy;

/**
 * What a target answers instead of the call's own result: one of {@link MethodFallback},
 * {@link ValueFallback}, {@link ThrowFallback} or {@link ResponseFallback} (HTTP targets only).
 */
public abstract class Fallback {
    private final PolicyLocation location;

    Fallback(PolicyLocation location) {
        this.location = location;
    }

    /** Where the fallback is written, for errors found when it is woven. */
    public PolicyLocation location() {
        return location;
    }
}
