package io.fluxgate.agent.policy;

/** {@code {"type": "prometheus", "host": "127.0.0.1", "port": 9464}}: {@code GET /metrics}. */
public final class PrometheusListenerSpec extends ListenerSpec {
    private final String host;
    private final int port;

    PrometheusListenerSpec(PolicyLocation location, String host, int port) {
        super(location);
        this.host = host;
        this.port = port;
    }

    /** The address to listen on; {@code 127.0.0.1} unless the policy says otherwise. */
    public String host() {
        return host;
    }

    /** The port to listen on; 0 for any free port (the agent reports the one it gets). */
    public int port() {
        return port;
    }

    @Override
    public String type() {
        return "prometheus";
    }

    @Override
    public String toString() {
        return "prometheus " + host + ":" + port;
    }
}
