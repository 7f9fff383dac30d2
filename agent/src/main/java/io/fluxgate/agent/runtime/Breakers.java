package io.fluxgate.agent.runtime;

import io.fluxgate.CallListener;
import io.fluxgate.CircuitBreaker;
import io.fluxgate.Listener;
import io.fluxgate.agent.policy.Policy;
import io.fluxgate.agent.policy.Target;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The breakers of a policy, made on first use and shared by every target that names them.
 * Observers (JMX, the admin endpoint) learn of each breaker as it is made.
 */
public final class Breakers {
    private final Policy policy;
    private final List<Listener> listeners;
    private final CallListener calls;
    private final ConcurrentMap<String, CircuitBreaker> byName = new ConcurrentHashMap<>();
    private final List<Consumer<CircuitBreaker>> creationObservers = new CopyOnWriteArrayList<>();

    public Breakers(Policy policy, List<Listener> listeners) {
        this(policy, listeners, CallListener.NONE);
    }

    /** @param calls told of every call of every breaker, for metrics */
    public Breakers(Policy policy, List<Listener> listeners, CallListener calls) {
        this.policy = policy;
        this.listeners = Collections.unmodifiableList(new ArrayList<>(listeners));
        this.calls = calls;
    }

    /** The breaker a (non-template) target names. */
    public CircuitBreaker of(Target target) {
        return named(target.breakerName(), target);
    }

    /**
     * The breaker called {@code name}, configured by the spec the target names (for a
     * {@code {host}} template, {@code name} is the template with the host filled in).
     */
    public CircuitBreaker named(String name, Target target) {
        CircuitBreaker existing = byName.get(name);
        if (existing != null) {
            return existing;
        }
        CircuitBreaker[] made = new CircuitBreaker[1];
        CircuitBreaker breaker = byName.computeIfAbsent(name, key -> {
            CircuitBreaker.Builder builder = policy.breakerOf(target).newBuilder(key).callListener(calls);
            for (Listener listener : listeners) {
                builder.listener(listener);
            }
            made[0] = builder.build();
            return made[0];
        });
        if (made[0] != null) {
            for (Consumer<CircuitBreaker> observer : creationObservers) {
                observer.accept(made[0]);
            }
        }
        return breaker;
    }

    /** Tells {@code observer} of every breaker made so far, then of each one made from now on. */
    public void onCreated(Consumer<CircuitBreaker> observer) {
        creationObservers.add(observer);
        for (CircuitBreaker breaker : byName.values()) {
            observer.accept(breaker);
        }
    }

    public Collection<CircuitBreaker> all() {
        return Collections.unmodifiableCollection(byName.values());
    }

    public CircuitBreaker get(String name) {
        return byName.get(name);
    }
}
