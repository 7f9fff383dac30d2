package io.fluxgate.agent.policy;

/** {@code {"type": "jmx"}}: an MBean per breaker. */
public final class JmxListenerSpec extends ListenerSpec {
    JmxListenerSpec(PolicyLocation location) {
        super(location);
    }

    @Override
    public String type() {
        return "jmx";
    }
}
