package io.fluxgate.agent.http;

import io.fluxgate.agent.policy.HttpClientKind;
import io.fluxgate.agent.policy.HttpTarget;

import java.util.ArrayList;
import java.util.List;

/** The policy's http targets in file order: the first that matches an exchange protects it. */
public final class HttpTargets {
    private final List<HttpTarget> targets;

    public HttpTargets(List<HttpTarget> targets) {
        this.targets = new ArrayList<>(targets);
    }

    /** The target protecting an exchange {@code client} makes to {@code endpoint}, or null. */
    public HttpTarget first(String client, Endpoint endpoint) {
        for (HttpTarget target : targets) {
            if (target.match().matches(client, endpoint.host(), endpoint.port(), endpoint.path(), endpoint.method())) {
                return target;
            }
        }
        return null;
    }

    /** Whether any target may apply to exchanges of {@code client}: only those clients are woven. */
    public boolean mayCover(HttpClientKind client) {
        for (HttpTarget target : targets) {
            if (target.match().client().covers(client)) {
                return true;
            }
        }
        return false;
    }

    public List<HttpTarget> all() {
        return targets;
    }
}
