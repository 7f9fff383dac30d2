package io.fluxgate.agent.http;

import io.fluxgate.agent.AgentLog;
import io.fluxgate.agent.policy.Policy;
import io.fluxgate.agent.runtime.Breakers;

import java.util.List;

/**
 * The installed HTTP protection, as a policy reload sees it: {@link #update} swaps the http targets
 * and breakers every exchange from then on is matched and guarded by, and weaves the clients the
 * new targets need that were not woven yet.
 */
public final class HttpProtection {
    private final HttpGate gate;
    private final ClientWeaver weaver;

    HttpProtection(HttpGate gate, ClientWeaver weaver) {
        this.gate = gate;
        this.weaver = weaver;
    }

    /**
     * Exchanges that begin from now on follow {@code newPolicy}'s http targets and use
     * {@code newBreakers}: removed targets stop protecting, new ones start. Exchanges under way
     * finish with the breaker they began with. A client is never unwoven: without a target for it,
     * its woven code lets every exchange through.
     */
    public synchronized void update(Policy newPolicy, Breakers newBreakers) {
        HttpRoutes routes = HttpRoutes.of(newPolicy, newBreakers);
        gate.route(routes);
        List<ClientInstrumentation> added = weaver.weave(HttpWeaving.clientsFor(routes.targets()));
        HttpWeaving.reportUnusableFallbacks(routes.targets());
        if (!added.isEmpty()) {
            AgentLog.info("now weaving the HTTP clients " + HttpWeaving.labels(added));
        }
    }

    /** The gate every woven client goes through. */
    HttpGate gate() {
        return gate;
    }
}
