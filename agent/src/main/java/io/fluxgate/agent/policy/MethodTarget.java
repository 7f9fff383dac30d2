package io.fluxgate.agent.policy;

/** A target that protects the methods a {@link MethodPattern} matches. */
public final class MethodTarget extends Target {
    private final MethodPattern pattern;
    private final PolicyLocation patternLocation;

    MethodTarget(int index, PolicyLocation location, String breakerName, Fallback fallback, FallbackOn fallbackOn,
                 MethodPattern pattern, PolicyLocation patternLocation) {
        super(index, location, breakerName, fallback, fallbackOn);
        this.pattern = pattern;
        this.patternLocation = patternLocation;
    }

    public MethodPattern pattern() {
        return pattern;
    }

    /** Where the pattern string is written. */
    public PolicyLocation patternLocation() {
        return patternLocation;
    }

    @Override
    public String toString() {
        return "method " + pattern + " -> " + breakerName();
    }
}
