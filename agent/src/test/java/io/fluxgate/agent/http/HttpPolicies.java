package io.fluxgate.agent.http;

import io.fluxgate.agent.policy.Policy;
import io.fluxgate.agent.policy.PolicyException;
import io.fluxgate.agent.policy.PolicyLoader;
import io.fluxgate.agent.runtime.Breakers;

import java.util.Collections;

import static org.junit.jupiter.api.Assertions.fail;

/** Policies with http targets, for the tests of this package. */
final class HttpPolicies {
    private HttpPolicies() {
    }

    /** A valid policy with these breakers (a JSON object's members) and targets (array elements). */
    static Policy of(String breakers, String targets) {
        String json = "{\"version\": 1, \"breakers\": {" + breakers + "}, \"targets\": [" + targets + "]}";
        try {
            return PolicyLoader.load("policy.json", json);
        } catch (PolicyException invalid) {
            return fail("expected a valid policy, got:\n" + invalid.getMessage());
        }
    }

    static Breakers breakers(Policy policy) {
        return new Breakers(policy, Collections.emptyList());
    }

    static HttpRoutes routes(Policy policy) {
        return HttpRoutes.of(policy, breakers(policy));
    }
}
