package io.fluxgate.agent.policy;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

/** Loads policy text in tests: the valid way, or collecting the errors. */
final class Policies {
    private Policies() {
    }

    static Policy json(String content) {
        return load("policy.json", content);
    }

    static Policy yaml(String content) {
        return load("policy.yaml", content);
    }

    static Policy load(String name, String content) {
        try {
            return PolicyLoader.load(name, content);
        } catch (PolicyException invalid) {
            return fail("expected a valid policy, got:\n" + invalid.getMessage());
        }
    }

    static List<PolicyError> errors(String name, String content) {
        return assertThrows(PolicyException.class, () -> PolicyLoader.load(name, content)).errors();
    }

    /** A minimal valid policy around one target. */
    static String withTarget(String target) {
        return "{\"version\": 1, \"targets\": [" + target + "]}";
    }
}
