package io.fluxgate.agent.policy;

/** One entry of {@code listeners}: a {@link LogListenerSpec}, {@link PrometheusListenerSpec}, {@link JmxListenerSpec} or {@link SlackListenerSpec}. */
public abstract class ListenerSpec {
    private final PolicyLocation location;

    ListenerSpec(PolicyLocation location) {
        this.location = location;
    }

    /** The {@code type} as written in the policy: {@code log}, {@code prometheus}, {@code jmx} or {@code slack}. */
    public abstract String type();

    public PolicyLocation location() {
        return location;
    }

    @Override
    public String toString() {
        return type();
    }
}
