package io.fluxgate.agent.http;

import io.fluxgate.CircuitBreaker;
import io.fluxgate.agent.AgentLog;
import io.fluxgate.agent.policy.BreakerSpec;
import io.fluxgate.agent.policy.HttpTarget;
import io.fluxgate.agent.policy.Policy;
import io.fluxgate.agent.runtime.Breakers;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;

/**
 * The breaker guarding an exchange. A target naming a {@code {host}} template gets one breaker per
 * distinct host, up to the template's {@code maxBreakers}; beyond that every further host shares
 * the template's overflow breaker (the name with {@value #OVERFLOW_HOST} for the host), and a
 * warning says so once.
 */
public final class HostBreakers {
    /** Stands for the host in the name of a template's shared overflow breaker. */
    public static final String OVERFLOW_HOST = "overflow";

    private final Policy policy;
    private final Breakers breakers;
    private final Consumer<String> warnings;
    private final ConcurrentMap<String, Template> templates = new ConcurrentHashMap<>();

    public HostBreakers(Policy policy, Breakers breakers) {
        this(policy, breakers, AgentLog::info);
    }

    /** @param warnings told once per template when it overflows */
    public HostBreakers(Policy policy, Breakers breakers, Consumer<String> warnings) {
        this.policy = policy;
        this.breakers = breakers;
        this.warnings = warnings;
    }

    /** @param host the request's host in lower case; null when it names none */
    public CircuitBreaker of(HttpTarget target, String host) {
        BreakerSpec spec = policy.breakerOf(target);
        if (!spec.isTemplate()) {
            return breakers.of(target);
        }
        return templates.computeIfAbsent(spec.name(), name -> new Template(spec)).breakerFor(target, host);
    }

    /** The per-host breakers of one template, shared by every target that names it. */
    private final class Template {
        private final BreakerSpec spec;
        private final ConcurrentMap<String, CircuitBreaker> byHost = new ConcurrentHashMap<>();
        private volatile CircuitBreaker overflow;   // set once the template is full: no host is admitted after

        Template(BreakerSpec spec) {
            this.spec = spec;
        }

        CircuitBreaker breakerFor(HttpTarget target, String host) {
            String key = host == null || host.isEmpty() ? "unknown" : host;
            CircuitBreaker known = byHost.get(key);
            if (known != null) {
                return known;
            }
            CircuitBreaker shared = overflow;
            if (shared != null) {
                return shared;
            }
            synchronized (this) {   // only while a new host is admitted: the count and the map agree
                known = byHost.get(key);
                if (known != null) {
                    return known;
                }
                if (byHost.size() >= spec.maxBreakers()) {
                    if (overflow == null) {
                        overflow = overflow(target);
                    }
                    return overflow;
                }
                CircuitBreaker made = breakers.named(spec.nameFor(key), target);
                byHost.put(key, made);
                return made;
            }
        }

        private CircuitBreaker overflow(HttpTarget target) {
            String name = spec.nameFor(OVERFLOW_HOST);
            warnings.accept("breaker template '" + spec.name() + "' has made " + spec.maxBreakers()
                    + " per-host breakers (its maxBreakers); further hosts share the breaker '" + name + "'");
            return breakers.named(name, target);
        }
    }
}
