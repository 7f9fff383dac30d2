package io.fluxgate.agent.policy;

import java.util.Optional;

/** The {@code admin} endpoint: where it listens, and which environment variable holds its token. */
public final class AdminSpec {
    private final PolicyLocation location;
    private final String host;
    private final int port;
    private final String tokenEnv;

    AdminSpec(PolicyLocation location, String host, int port, String tokenEnv) {
        this.location = location;
        this.host = host;
        this.port = port;
        this.tokenEnv = tokenEnv;
    }

    public PolicyLocation location() {
        return location;
    }

    /** {@code 127.0.0.1} unless the policy says otherwise. */
    public String host() {
        return host;
    }

    /** The port to listen on; 0 for any free port (the agent reports the one it gets). */
    public int port() {
        return port;
    }

    /** The environment variable with the bearer token that mutating requests must carry, if any. */
    public Optional<String> tokenEnv() {
        return Optional.ofNullable(tokenEnv);
    }

    @Override
    public String toString() {
        return "admin " + host + ":" + port + (tokenEnv == null ? "" : " token $" + tokenEnv);
    }
}
