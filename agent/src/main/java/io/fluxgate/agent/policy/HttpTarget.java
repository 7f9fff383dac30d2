package io.fluxgate.agent.policy;

/** A target that protects HTTP exchanges an {@link HttpMatch} covers, one breaker call per exchange. */
public final class HttpTarget extends Target {
    private final HttpMatch match;
    private final StatusSet failOn;

    HttpTarget(int index, PolicyLocation location, String breakerName, Fallback fallback, FallbackOn fallbackOn,
               HttpMatch match, StatusSet failOn) {
        super(index, location, breakerName, fallback, fallbackOn);
        this.match = match;
        this.failOn = failOn;
    }

    public HttpMatch match() {
        return match;
    }

    /** Statuses that count as failures although no exception was thrown; empty when none. */
    public StatusSet failOn() {
        return failOn;
    }

    @Override
    public String toString() {
        return match + " -> " + breakerName();
    }
}
