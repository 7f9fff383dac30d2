package io.fluxgate.agent.policy;

import java.util.Optional;

/**
 * One entry of {@code targets}: what to protect ({@link MethodTarget} or {@link HttpTarget}) and
 * with which breaker. The first target in file order that matches wins.
 */
public abstract class Target {
    private final int index;
    private final PolicyLocation location;
    private final String breakerName;
    private final Fallback fallback;
    private final FallbackOn fallbackOn;

    Target(int index, PolicyLocation location, String breakerName, Fallback fallback, FallbackOn fallbackOn) {
        this.index = index;
        this.location = location;
        this.breakerName = breakerName;
        this.fallback = fallback;
        this.fallbackOn = fallbackOn;
    }

    /** The 0-based position in {@code targets}; lower wins. */
    public int index() {
        return index;
    }

    /** Where the target is written, for "matched nothing" and weaving reports. */
    public PolicyLocation location() {
        return location;
    }

    /**
     * The breaker's name as written; a {@code {host}} template for HTTP targets. Look its
     * configuration up with {@link Policy#breakerOf(Target)}.
     */
    public String breakerName() {
        return breakerName;
    }

    public Optional<Fallback> fallback() {
        return Optional.ofNullable(fallback);
    }

    public FallbackOn fallbackOn() {
        return fallbackOn;
    }
}
