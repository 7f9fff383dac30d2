package io.fluxgate.agent.policy;

/**
 * {@code {"type": "slack", "webhookUrlEnv": "FLUXGATE_SLACK_URL"}}: a message per transition. The
 * policy names the environment variable, never the secret URL itself.
 */
public final class SlackListenerSpec extends ListenerSpec {
    private final String webhookUrlEnv;

    SlackListenerSpec(PolicyLocation location, String webhookUrlEnv) {
        super(location);
        this.webhookUrlEnv = webhookUrlEnv;
    }

    /** The name of the environment variable that holds the incoming-webhook URL. */
    public String webhookUrlEnv() {
        return webhookUrlEnv;
    }

    @Override
    public String type() {
        return "slack";
    }

    @Override
    public String toString() {
        return "slack $" + webhookUrlEnv;
    }
}
