package io.fluxgate.agent.http;

import io.fluxgate.agent.policy.Policy;
import io.fluxgate.agent.runtime.Breakers;

/** The http targets of one policy and the breakers they pick: what the gate routes exchanges by. */
public final class HttpRoutes {
    private final HttpTargets targets;
    private final HostBreakers breakers;

    public HttpRoutes(HttpTargets targets, HostBreakers breakers) {
        this.targets = targets;
        this.breakers = breakers;
    }

    public static HttpRoutes of(Policy policy, Breakers breakers) {
        return new HttpRoutes(new HttpTargets(policy.httpTargets()), new HostBreakers(policy, breakers));
    }

    public HttpTargets targets() {
        return targets;
    }

    public HostBreakers breakers() {
        return breakers;
    }
}
