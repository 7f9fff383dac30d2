package io.fluxgate.agent.policy;

/** {@code {"type": "log"}}: transitions logged through java.util.logging, logger {@code io.fluxgate}. */
public final class LogListenerSpec extends ListenerSpec {
    LogListenerSpec(PolicyLocation location) {
        super(location);
    }

    @Override
    public String type() {
        return "log";
    }
}
