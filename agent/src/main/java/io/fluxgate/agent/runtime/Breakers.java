package io.fluxgate.agent.runtime;

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

/** The breakers of a policy, made on first use and shared by every target that names them. */
public final class Breakers {
    private final Policy policy;
    private final List<Listener> listeners;
    private final ConcurrentMap<String, CircuitBreaker> byName = new ConcurrentHashMap<>();

    public Breakers(Policy policy, List<Listener> listeners) {
        this.policy = policy;
        this.listeners = Collections.unmodifiableList(new ArrayList<>(listeners));
    }

    /** The breaker a (non-template) target names. */
    public CircuitBreaker of(Target target) {
        return byName.computeIfAbsent(target.breakerName(), name -> {
            CircuitBreaker.Builder builder = policy.breakerOf(target).newBuilder(name);
            for (Listener listener : listeners) {
                builder.listener(listener);
            }
            return builder.build();
        });
    }

    public Collection<CircuitBreaker> all() {
        return Collections.unmodifiableCollection(byName.values());
    }
}
