package io.fluxgate.agent.http;

import io.fluxgate.CircuitBreaker;
import io.fluxgate.Permission;
import io.fluxgate.agent.policy.HttpTarget;

import java.util.concurrent.atomic.AtomicBoolean;

/** One admitted HTTP exchange: the permission it holds until its single outcome is recorded. */
public final class Exchange {
    private final ClientSupport client;
    private final HttpTarget target;
    private final CircuitBreaker breaker;
    private final Permission permission;
    private final long startNanos;
    private final Endpoint endpoint;
    private final Object carrier;
    private final Object request;
    private final AtomicBoolean settled = new AtomicBoolean();

    Exchange(ClientSupport client, HttpTarget target, CircuitBreaker breaker, Permission permission, long startNanos,
             Endpoint endpoint, Object carrier, Object request) {
        this.client = client;
        this.target = target;
        this.breaker = breaker;
        this.permission = permission;
        this.startNanos = startNanos;
        this.endpoint = endpoint;
        this.carrier = carrier;
        this.request = request;
    }

    public ClientSupport client() {
        return client;
    }

    public HttpTarget target() {
        return target;
    }

    public CircuitBreaker breaker() {
        return breaker;
    }

    Permission permission() {
        return permission;
    }

    long startNanos() {
        return startNanos;
    }

    public Endpoint endpoint() {
        return endpoint;
    }

    public Object carrier() {
        return carrier;
    }

    public Object request() {
        return request;
    }

    /** True the first time only: an exchange records one outcome, however many ways it is seen to end. */
    boolean settle() {
        return settled.compareAndSet(false, true);
    }

    @Override
    public String toString() {
        return client.kind() + " " + endpoint + " -> " + breaker.name();
    }
}
