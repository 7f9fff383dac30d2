package io.fluxgate.agent.runtime;

import io.fluxgate.CallListener;
import io.fluxgate.CircuitBreaker;
import io.fluxgate.Listener;
import io.fluxgate.State;
import io.fluxgate.agent.policy.BreakerSpec;
import io.fluxgate.agent.policy.Policy;
import io.fluxgate.agent.policy.Target;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The breakers of the policy in force, made on first use and shared by every target that names
 * them. Observers (JMX, the admin endpoint) learn of each breaker as it is made or replaced, and
 * of each one a new policy drops. A reload {@linkplain #reconfigure reconfigures} them in place:
 * a breaker whose settings changed goes on from where it stood.
 */
public final class Breakers {
    private volatile Setup setup;   // written under the lock, read by the lock-free lookups
    private final ConcurrentMap<String, Made> byName = new ConcurrentHashMap<>();
    private final List<Consumer<CircuitBreaker>> creationObservers = new CopyOnWriteArrayList<>();
    private final List<Consumer<String>> removalObservers = new CopyOnWriteArrayList<>();

    public Breakers(Policy policy, List<Listener> listeners) {
        this(policy, listeners, CallListener.NONE);
    }

    /** @param calls told of every call of every breaker, for metrics */
    public Breakers(Policy policy, List<Listener> listeners, CallListener calls) {
        this.setup = new Setup(policy, listeners, calls);
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
        Made existing = byName.get(name);
        return existing != null ? existing.breaker : make(name, target);
    }

    /** The slow path, once per breaker: locked so that a reconfiguration never misses a breaker being made. */
    private synchronized CircuitBreaker make(String name, Target target) {
        Made existing = byName.get(name);
        if (existing != null) {
            return existing.breaker;
        }
        BreakerSpec spec = setup.policy.breakerOf(target);
        Made made = new Made(setup.builder(spec, name).build(), spec);
        byName.put(name, made);
        tellCreated(made.breaker);
        return made.breaker;
    }

    /**
     * Moves every breaker made so far to {@code next}: one whose spec is gone is dropped; one whose
     * spec is unchanged (and whose listeners stay) is kept as it is; any other is rebuilt with the
     * new settings, continuing from its state, counters and (when the window is unchanged) its
     * window, and then moved to the spec's {@code state} if that changed. Breakers made from now
     * on follow {@code next}.
     *
     * @param listenersChanged whether {@code listeners} or {@code calls} differ from those in use
     * @return what happened to each breaker
     */
    public synchronized Reconfiguration reconfigure(Policy next, List<Listener> listeners, CallListener calls,
                                                    boolean listenersChanged) {
        Setup nextSetup = new Setup(next, listeners, calls);
        Reconfiguration outcome = new Reconfiguration();
        for (Map.Entry<String, Made> entry : byName.entrySet()) {
            String name = entry.getKey();
            Made old = entry.getValue();
            BreakerSpec spec = next.breaker(old.spec.name()).orElse(null);
            if (spec == null) {
                byName.remove(name, old);
                outcome.removed.add(name);
                tellRemoved(name);
            } else if (!spec.equals(old.spec) || listenersChanged) {
                CircuitBreaker rebuilt = nextSetup.builder(spec, name).continuing(old.breaker).build();
                if (spec.initialState() != old.spec.initialState()) {
                    moveTo(rebuilt, spec.initialState());
                }
                byName.put(name, new Made(rebuilt, spec));
                if (!spec.equals(old.spec)) {
                    outcome.changed.add(name);
                }
                if (old.breaker.info().metric().totalCount() > 0 && rebuilt.info().metric().totalCount() == 0) {
                    outcome.windowsReset.add(name);   // a different window (or slow thresholds): it starts empty
                }
                tellCreated(rebuilt);
            }
        }
        setup = nextSetup;
        return outcome;
    }

    /** Tells {@code observer} of every breaker made so far, then of each one made (or rebuilt) from now on. */
    public synchronized Runnable onCreated(Consumer<CircuitBreaker> observer) {
        creationObservers.add(observer);
        for (Made made : byName.values()) {
            observer.accept(made.breaker);
        }
        return () -> creationObservers.remove(observer);
    }

    /** Tells {@code observer} the name of each breaker a new policy drops. */
    public Runnable onRemoved(Consumer<String> observer) {
        removalObservers.add(observer);
        return () -> removalObservers.remove(observer);
    }

    public Collection<CircuitBreaker> all() {
        List<CircuitBreaker> all = new ArrayList<>();
        for (Made made : byName.values()) {
            all.add(made.breaker);
        }
        return Collections.unmodifiableList(all);
    }

    public CircuitBreaker get(String name) {
        Made made = byName.get(name);
        return made == null ? null : made.breaker;
    }

    private void tellCreated(CircuitBreaker breaker) {
        for (Consumer<CircuitBreaker> observer : creationObservers) {
            observer.accept(breaker);
        }
    }

    private void tellRemoved(String name) {
        for (Consumer<String> observer : removalObservers) {
            observer.accept(name);
        }
    }

    /** The state a policy's {@code state} asks for, reached by the matching manual control. */
    private static void moveTo(CircuitBreaker breaker, State state) {
        switch (state) {
            case METRICS_ONLY:
                breaker.metricsOnly();
                break;
            case DISABLED:
                breaker.disable();
                break;
            case FORCED_OPEN:
                breaker.forceOpen();
                break;
            default:
                breaker.reset();
        }
    }

    /** A breaker and the spec it was made from (a template's spec for per-host breakers). */
    private static final class Made {
        final CircuitBreaker breaker;
        final BreakerSpec spec;

        Made(CircuitBreaker breaker, BreakerSpec spec) {
            this.breaker = breaker;
            this.spec = spec;
        }
    }

    /** What breakers are made with: the policy's specs, the listeners, the call listener. */
    private static final class Setup {
        final Policy policy;
        final List<Listener> listeners;
        final CallListener calls;

        Setup(Policy policy, List<Listener> listeners, CallListener calls) {
            this.policy = policy;
            this.listeners = Collections.unmodifiableList(new ArrayList<>(listeners));
            this.calls = calls;
        }

        CircuitBreaker.Builder builder(BreakerSpec spec, String name) {
            CircuitBreaker.Builder builder = spec.newBuilder(name).callListener(calls);
            for (Listener listener : listeners) {
                builder.listener(listener);
            }
            return builder;
        }
    }

    /** The names of the breakers a reconfiguration dropped, changed, and of those whose window's outcomes were dropped. */
    public static final class Reconfiguration {
        private final List<String> removed = new ArrayList<>();
        private final List<String> changed = new ArrayList<>();
        private final List<String> windowsReset = new ArrayList<>();

        public List<String> removed() {
            return Collections.unmodifiableList(removed);
        }

        public List<String> changed() {
            return Collections.unmodifiableList(changed);
        }

        public List<String> windowsReset() {
            return Collections.unmodifiableList(windowsReset);
        }
    }
}
