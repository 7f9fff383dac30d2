package io.fluxgate.agent.observe;

import io.fluxgate.CallListener;
import io.fluxgate.CircuitBreaker;
import io.fluxgate.CircuitBreakerInfo;
import io.fluxgate.Listener;
import io.fluxgate.agent.AgentLog;
import io.fluxgate.agent.policy.AdminSpec;
import io.fluxgate.agent.policy.JmxListenerSpec;
import io.fluxgate.agent.policy.ListenerSpec;
import io.fluxgate.agent.policy.LogListenerSpec;
import io.fluxgate.agent.policy.Policy;
import io.fluxgate.agent.policy.PrometheusListenerSpec;
import io.fluxgate.agent.policy.SlackListenerSpec;
import io.fluxgate.agent.runtime.AppliedPolicy;
import io.fluxgate.agent.runtime.Breakers;
import io.fluxgate.agent.runtime.FallbackCounter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Everything the policy's {@code listeners} and {@code admin} ask for, in two steps around the
 * making of the breakers:
 *
 * <pre>{@code
 * Observability observability = Observability.start(policy);          // log, slack, prometheus, jmx
 * Breakers breakers = new Breakers(policy, observability.listeners(), observability.calls());
 * observability.watch(breakers, () -> applied);                        // gauges, MBeans, admin endpoint
 * ... new SiteDispatcher(sites, observability.fallbacks()) ...
 * }</pre>
 *
 * Nothing here stops the agent: a listener or endpoint that cannot start is reported with a
 * {@code fluxgate: } line, and the application runs on without it. Every thread is a daemon.
 */
public final class Observability {
    private final Environment environment;
    private final Consumer<String> say;
    private final List<Listener> listeners = new ArrayList<>();
    private final List<HttpEndpoint> endpoints = new ArrayList<>();
    private final List<SlackListener> slacks = new ArrayList<>();
    private PrometheusMetrics metrics;
    private JmxExporter jmx;
    private AdminSpec admin;
    private final List<Runnable> subscriptions = new ArrayList<>();
    private volatile Breakers breakers;

    private Observability(Environment environment, Consumer<String> say) {
        this.environment = environment;
        this.say = say;
    }

    /** Starts the listeners of {@code policy}, telling problems on stderr. */
    public static Observability start(Policy policy) {
        return start(policy, Environment.SYSTEM, AgentLog::info);
    }

    static Observability start(Policy policy, Environment environment, Consumer<String> say) {
        Observability observability = new Observability(environment, say);
        for (ListenerSpec spec : policy.listeners()) {
            observability.add(spec);
        }
        observability.admin = policy.admin().orElse(null);
        return observability;
    }

    /** The transition listeners each breaker gets, in the policy's order. */
    public List<Listener> listeners() {
        return Collections.unmodifiableList(listeners);
    }

    /** What counts calls: {@link CallListener#NONE} unless metrics are served, so the call path stays bare. */
    public CallListener calls() {
        return metrics != null ? metrics : CallListener.NONE;
    }

    /** Where dispatchers count the calls a fallback answered; {@link FallbackCounter#NONE} unless metrics are served. */
    public FallbackCounter fallbacks() {
        return metrics != null ? metrics : FallbackCounter.NONE;
    }

    /**
     * Connects what needs the breakers themselves: the state gauge, the MBeans, the admin endpoint.
     *
     * @param policyInForce the policy the admin endpoint shows; read on each request
     */
    public void watch(Breakers watched, Supplier<AppliedPolicy> policyInForce) {
        this.breakers = watched;
        if (metrics != null) {
            subscriptions.add(metrics.watch(watched));
        }
        if (jmx != null) {
            subscriptions.add(jmx.watch(watched));
        }
        if (admin != null) {
            HttpEndpoint endpoint = AdminEndpoint.start(admin, watched, policyInForce, environment, say);
            if (endpoint != null) {
                endpoints.add(endpoint);
            }
        }
    }

    /**
     * Stops the servers and the Slack senders and removes the MBeans, so that the listeners of a
     * policy that replaces this one can start in their place (call it before starting those).
     */
    public void stop() {
        subscriptions.forEach(Runnable::run);
        endpoints.forEach(HttpEndpoint::stop);
        slacks.forEach(SlackListener::stop);
        if (jmx != null) {
            jmx.unregisterAll();
        }
    }

    /** The endpoints that started, in order: prometheus ones, then admin. */
    List<HttpEndpoint> endpoints() {
        return Collections.unmodifiableList(endpoints);
    }

    private void add(ListenerSpec spec) {
        try {
            if (spec instanceof LogListenerSpec) {
                listeners.add(new LogListener(this::infoOf));
            } else if (spec instanceof PrometheusListenerSpec) {
                addPrometheus((PrometheusListenerSpec) spec);
            } else if (spec instanceof JmxListenerSpec) {
                if (jmx == null) {
                    jmx = JmxExporter.platform(say);
                }
            } else if (spec instanceof SlackListenerSpec) {
                SlackListener slack = SlackListener.start((SlackListenerSpec) spec, environment, this::infoOf, say);
                if (slack != null) {
                    slacks.add(slack);
                    listeners.add(slack);
                }
            }
        } catch (RuntimeException | LinkageError failure) {
            say.accept(spec.location() + ": the " + spec.type() + " listener could not start (" + failure
                    + "); the application runs on without it");
        }
    }

    /** One set of metrics, however many endpoints serve it; it counts only once one of them is up. */
    private void addPrometheus(PrometheusListenerSpec spec) {
        PrometheusMetrics candidate = metrics != null ? metrics : PrometheusMetrics.create();
        HttpEndpoint endpoint = PrometheusEndpoint.start(spec, candidate, say);
        if (endpoint == null) {
            return;
        }
        endpoints.add(endpoint);
        if (metrics == null) {
            metrics = candidate;
            listeners.add(metrics);
        }
    }

    private CircuitBreakerInfo infoOf(String breakerName) {
        Breakers watched = breakers;
        CircuitBreaker breaker = watched == null ? null : watched.get(breakerName);
        return breaker == null ? null : breaker.info();
    }
}
