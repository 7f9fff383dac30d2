package io.fluxgate.agent.http;

import io.fluxgate.CallNotPermittedException;
import io.fluxgate.CircuitBreaker;
import io.fluxgate.HttpCallNotPermittedException;
import io.fluxgate.Permission;
import io.fluxgate.agent.AgentLog;
import io.fluxgate.agent.bootstrap.FallbackResponse;
import io.fluxgate.agent.bootstrap.Verdict;
import io.fluxgate.agent.policy.HttpTarget;

import java.util.concurrent.CancellationException;

/**
 * The one place every HTTP client goes through: match an exchange to the first http target,
 * choose its breaker (per host for templates), acquire a permission, record the single outcome,
 * and answer with the target's {@code response} fallback where its {@code fallbackOn} says so.
 */
public final class HttpGate {
    private volatile HttpRoutes routes;

    public HttpGate(HttpRoutes routes) {
        this.routes = routes;
    }

    /**
     * Exchanges that begin from now on are matched and guarded by {@code replacement}; those under
     * way finish with the target and breaker they began with.
     */
    public void route(HttpRoutes replacement) {
        this.routes = replacement;
    }

    public HttpRoutes routes() {
        return routes;
    }

    /**
     * @return null when no target protects the exchange; a {@link Verdict} when the breaker refused it
     *     (the fallback response, or an {@link HttpCallNotPermittedException}); else the admitted {@link Exchange}
     */
    public Object begin(ClientSupport client, Object carrier, Object host, Object request) throws Exception {
        return admit(client, client.describe(carrier, host, request), carrier, request);
    }

    /**
     * {@link #begin} for an exchange already described; {@code carrier} and {@code request} are kept
     * for the client's fallback response only, and may be null when it needs neither.
     */
    public Object admit(ClientSupport client, Endpoint endpoint, Object carrier, Object request) {
        if (endpoint == null) {
            return null;   // the client could not say where the request goes
        }
        HttpRoutes current = routes;
        HttpTarget target = current.targets().first(client.kind().label(), endpoint);
        if (target == null) {
            return null;
        }
        CircuitBreaker breaker = current.breakers().of(target, endpoint.host());
        Permission permission;
        try {
            permission = breaker.acquirePermission();
        } catch (CallNotPermittedException refused) {
            Object answer = answer(client, target, endpoint, carrier, request, true, true, breaker);
            return answer != null ? Verdict.returning(answer)
                    : Verdict.throwing(new HttpCallNotPermittedException(refused.breakerName(), refused.state()));
        }
        return new Exchange(client, target, breaker, permission, breaker.clock().nanoTime(), endpoint, carrier, request);
    }

    /** The exchange ended with the client's response object, or a throwable. */
    public Verdict finish(Exchange exchange, Object response, Throwable thrown) throws Exception {
        int status = thrown == null && response != null ? exchange.client().status(response) : -1;
        return settle(exchange, status, response, thrown);
    }

    /**
     * Records the exchange's outcome, once: a throwable goes to the tracker, a {@code failOn}
     * status is a failure, anything else a success.
     *
     * @return null to keep the outcome, or the fallback response that replaces it
     */
    public Verdict settle(Exchange exchange, int status, Object response, Throwable thrown) {
        if (!exchange.settle()) {
            return null;
        }
        Permission permission = exchange.permission();
        if (thrown != null) {
            if (thrown instanceof CancellationException || thrown instanceof InterruptedException
                    || exchange.client().cancelled(exchange.carrier())) {
                permission.release();   // the caller gave up: nothing was learned about the service
                return null;
            }
            boolean tracked = permission.onError(exchange.startNanos(), thrown);
            return replaced(exchange, tracked, null);
        }
        if (exchange.target().failOn().contains(status)) {
            permission.onFailure(exchange.startNanos());
            return replaced(exchange, true, response);
        }
        permission.onSuccess(exchange.startNanos());
        return null;
    }

    /** The exchange ended without an outcome (cancelled, or it never went out). */
    public void release(Exchange exchange) {
        if (exchange.settle()) {
            exchange.permission().release();
        }
    }

    private Verdict replaced(Exchange exchange, boolean tracked, Object response) {
        Object answer = answer(exchange.client(), exchange.target(), exchange.endpoint(), exchange.carrier(),
                exchange.request(), false, tracked, exchange.breaker());
        if (answer == null) {
            return null;
        }
        if (response != null) {
            exchange.client().discard(response);
        }
        return Verdict.returning(answer);
    }

    /** The target's fallback response in the client's own type, when it has one that applies; else null. */
    private static Object answer(ClientSupport client, HttpTarget target, Endpoint endpoint, Object carrier,
                                 Object request, boolean rejected, boolean tracked, CircuitBreaker breaker) {
        if (!target.fallbackOn().applies(rejected, tracked)) {
            return null;
        }
        FallbackResponse fallback = FallbackResponses.of(target, endpoint);
        if (fallback == null) {
            return null;
        }
        Object response;
        try {
            response = client.respond(fallback, carrier, request);
        } catch (Exception | LinkageError unfit) {
            AgentLog.once("respond:" + client.kind() + ":" + unfit, target.location() + ": " + client.kind()
                    + " could not make the fallback response (" + unfit + "); the exchange is answered as without one");
            return null;
        }
        // fallback answered: the one place an HTTP fallback replaces an exchange's outcome (metrics hook here)
        return response;
    }
}
