package io.fluxgate.agent.policy;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** Reads {@code admin}: host (default 127.0.0.1), port (required), tokenEnv (optional). */
final class AdminReader {
    private static final List<String> KEYS = Collections.unmodifiableList(Arrays.asList("host", "port", "tokenEnv"));

    private AdminReader() {
    }

    static AdminSpec read(Fields admin) {
        admin.allowOnly(KEYS);
        String host = ListenerReader.host(admin);
        Integer port = ListenerReader.port(admin);
        String tokenEnv = ListenerReader.environmentVariable(admin, "tokenEnv", false);
        if (host == null || port == null || admin.has("tokenEnv") && tokenEnv == null) {
            return null;
        }
        return new AdminSpec(admin.node.location, host, port, tokenEnv);
    }
}
