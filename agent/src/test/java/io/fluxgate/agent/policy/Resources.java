package io.fluxgate.agent.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test policies under src/test/resources/policies. */
final class Resources {
    private Resources() {
    }

    static String policy(String name) {
        try (InputStream in = Resources.class.getResourceAsStream("/policies/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test policy " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
