package io.fluxgate;

import io.fluxgate.internal.Require;
import io.fluxgate.permit.Permit;
import io.fluxgate.retry.Retry;
import io.fluxgate.tracker.Tracker;
import io.fluxgate.tripper.AvgLatency;
import io.fluxgate.tripper.SlowRate;
import io.fluxgate.tripper.Tripper;
import io.fluxgate.window.LiveWindow;
import io.fluxgate.window.Window;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReferenceFieldUpdater;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A circuit breaker: it runs calls while the protected dependency is healthy, and refuses them
 * while it is not, so that a failing dependency costs a rejection instead of a timeout.
 *
 * <pre>{@code
 * CircuitBreaker breaker = CircuitBreaker.builder("payment_api")
 *     .tracker(Trackers.typeOf(IOException.class))
 *     .tripper(Trippers.parse("FailureStreak(5) | (MinRequests(20) & FailureRate(0.4))"))
 *     .build();
 * Receipt receipt = breaker.call(() -> payments.charge(amount));
 * }</pre>
 *
 * <p>Safe for use by many threads at once. In the CLOSED state a call takes no lock and
 * allocates nothing beyond what the call itself does.
 */
public final class CircuitBreaker {
    private static final Logger LOG = Logger.getLogger("io.fluxgate");
    /** Rejections are thrown without a stack trace unless asked for: see {@link CallNotPermittedException}. */
    private static final boolean REJECTION_STACK_TRACES = Boolean.getBoolean("fluxgate.rejectionStackTraces");
    private static final AtomicReferenceFieldUpdater<CircuitBreaker, BreakerState> CURRENT =
            AtomicReferenceFieldUpdater.newUpdater(CircuitBreaker.class, BreakerState.class, "current");

    private final String name;
    private final Window window;
    final Tracker tracker;
    final Tripper tripper;
    final Retry retry;
    final Permit permit;
    final int maxHalfOpenCalls;
    private final List<Listener> listeners;
    final CallListener calls;
    final Clock clock;
    final DoubleSupplier random;
    private final long[] slowThresholdsNanos;
    private final boolean sumDurations;

    private volatile BreakerState current;

    private CircuitBreaker(Builder builder) {
        this.name = builder.name;
        this.window = builder.window;
        this.tracker = builder.tracker;
        this.tripper = builder.tripper;
        this.retry = builder.retry;
        this.permit = builder.permit;
        this.maxHalfOpenCalls = builder.maxHalfOpenCalls;
        this.listeners = Collections.unmodifiableList(new ArrayList<>(builder.listeners));
        this.calls = builder.calls;
        this.clock = builder.clock;
        this.random = builder.random != null ? builder.random : () -> ThreadLocalRandom.current().nextDouble();
        this.slowThresholdsNanos = slowThresholds(tripper);
        this.sumDurations = tripper.leaves().stream().anyMatch(leaf -> leaf instanceof AvgLatency);
        this.current = builder.previous != null ? continueFrom(builder.previous)
                : enter(builder.initialState, new BreakerState.Entry(clock.nanoTime(), clock.currentTimeMillis(), 0, 0));
    }

    /**
     * The state {@code previous} stands in, with its counters and timestamps; its window too when
     * this breaker judges the same window the same way (same description, same slow thresholds).
     */
    private BreakerState continueFrom(CircuitBreaker previous) {
        BreakerState standing = previous.current;
        boolean sameWindow = window.equals(previous.window)
                && java.util.Arrays.equals(slowThresholdsNanos, previous.slowThresholdsNanos)
                && sumDurations == previous.sumDurations;
        LiveWindow kept = sameWindow && standing instanceof RecordingState ? ((RecordingState) standing).window : null;
        return enter(standing.state(), new BreakerState.Entry(standing.enteredNanos, standing.changedAtMillis,
                standing.reopens, standing.consecutiveFailures, kept));
    }

    /** Starts a breaker of the given name with the defaults of {@link Builder}. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * A breaker with every default: {@code CountWindow(100)}, {@code All()},
     * {@code MinRequests(100) & FailureRate(0.5)}, {@code Cooldown(60)}, {@code Random(0.5)},
     * at most 10 concurrent half-open calls.
     */
    public static CircuitBreaker ofDefaults(String name) {
        return builder(name).build();
    }

    // ---- running calls -------------------------------------------------------------------

    /** Runs {@code callable} if the breaker permits, records its outcome, and returns its result. */
    public <T> T call(Callable<T> callable) throws Exception {
        Permission permission = acquirePermission();
        long start = clock.nanoTime();
        T result;
        try {
            result = callable.call();
        } catch (Throwable error) {
            permission.onError(start, error);
            throw error;
        }
        permission.onSuccess(start);
        return result;
    }

    /** Like {@link #call(Callable)} for a supplier, which throws nothing checked. */
    public <T> T get(Supplier<T> supplier) {
        // Written out rather than delegated to call(): no adapter object per call, and a throw
        // crosses one frame fewer, which keeps failing calls cheap.
        Permission permission = acquirePermission();
        long start = clock.nanoTime();
        T result;
        try {
            result = supplier.get();
        } catch (Throwable error) {
            permission.onError(start, error);
            throw error;
        }
        permission.onSuccess(start);
        return result;
    }

    /** Like {@link #call(Callable)} for a runnable. */
    public void run(Runnable runnable) {
        Permission permission = acquirePermission();
        long start = clock.nanoTime();
        try {
            runnable.run();
        } catch (Throwable error) {
            permission.onError(start, error);
            throw error;
        }
        permission.onSuccess(start);
    }

    /**
     * Runs {@code callable} like {@link #call(Callable)}; if it throws anything (a rejection, a
     * tracked failure or an untracked one), returns {@code fallback}'s answer instead.
     */
    public <T> T callWithFallback(Callable<T> callable, Function<Throwable, T> fallback) {
        try {
            return call(callable);
        } catch (Throwable error) {
            return fallback.apply(error);
        }
    }

    /** A supplier that runs {@code supplier} through this breaker on every {@code get()}. */
    public <T> Supplier<T> decorate(Supplier<T> supplier) {
        return () -> get(supplier);
    }

    /**
     * Runs an asynchronous call. The outcome is recorded when the stage completes, and the
     * duration runs until then. Never throws: a rejection, or a supplier that throws instead of
     * returning a stage, yields a stage completed exceptionally.
     */
    public <T> CompletionStage<T> callAsync(Supplier<CompletionStage<T>> supplier) {
        Permission permission;
        try {
            permission = acquirePermission();
        } catch (CallNotPermittedException rejected) {
            return failed(rejected);
        }
        long start = clock.nanoTime();
        CompletionStage<T> stage;
        try {
            stage = supplier.get();
            if (stage == null) {
                throw new NullPointerException("the supplier of breaker '" + name + "' returned no stage");
            }
        } catch (Throwable error) {
            permission.onError(start, unwrap(error));
            return failed(error);
        }
        return stage.whenComplete((result, error) -> {
            if (error == null) {
                permission.onSuccess(start);
            } else {
                permission.onError(start, unwrap(error));
            }
        });
    }

    // ---- the low-level protocol ----------------------------------------------------------

    /**
     * Admits one call, moving from OPEN to HALF_OPEN first when the retry strategy allows it.
     * The caller runs the call and reports its outcome to the returned {@link Permission}.
     *
     * @throws CallNotPermittedException if the breaker refuses the call
     */
    public Permission acquirePermission() {
        return current.acquire();
    }

    /** The clock this breaker measures with; {@link Permission} start times come from it. */
    public Clock clock() {
        return clock;
    }

    // ---- looking and steering ------------------------------------------------------------

    public String name() {
        return name;
    }

    public State state() {
        return current.state();
    }

    public CircuitBreakerInfo info() {
        BreakerState state = current;
        return new CircuitBreakerInfo(state.state(), Instant.ofEpochMilli(state.changedAtMillis), state.reopens,
                state.consecutiveFailures, state.metric(clock.nanoTime()));
    }

    /** Closes the breaker, clearing its window and counters. */
    public void reset() {
        moveTo(State.CLOSED);
    }

    /** Lets every call through and records nothing, until reset. */
    public void disable() {
        moveTo(State.DISABLED);
    }

    /** Lets every call through and records it, but never trips: observe before enforcing. */
    public void metricsOnly() {
        moveTo(State.METRICS_ONLY);
    }

    /** Rejects every call until reset. */
    public void forceOpen() {
        moveTo(State.FORCED_OPEN);
    }

    @Override
    public String toString() {
        return "CircuitBreaker{name=" + name + ", state=" + state() + ", window=" + window + ", tracker=" + tracker
                + ", tripper=" + tripper + ", retry=" + retry + ", permit=" + permit
                + ", maxHalfOpenCalls=" + maxHalfOpenCalls + "}";
    }

    // ---- the state machine ---------------------------------------------------------------

    BreakerState current() {
        return current;
    }

    LiveWindow openWindow() {
        return window.open(slowThresholdsNanos, sumDurations);
    }

    CallNotPermittedException rejection(State state) {
        if (calls != CallListener.NONE) {
            calls.onRejected(name, state);
        }
        return new CallNotPermittedException(name, state, REJECTION_STACK_TRACES);
    }

    private void moveTo(State target) {
        while (!transition(current, target)) {
            // a concurrent transition won; apply ours on top of it
        }
    }

    /** Moves from {@code from} to a new {@code target} state, unless another transition got there first. */
    boolean transition(BreakerState from, State target) {
        BreakerState next = enter(target, entryFrom(from, target));
        if (!CURRENT.compareAndSet(this, from, next)) {
            return false;
        }
        if (!listeners.isEmpty()) {
            publish(new Signal(name, from.state(), target, Instant.ofEpochMilli(next.changedAtMillis)));
        }
        return true;
    }

    private BreakerState.Entry entryFrom(BreakerState from, State target) {
        int reopens = target == State.CLOSED ? 0
                : from.reopens + (from.state() == State.HALF_OPEN && target == State.OPEN ? 1 : 0);
        int streak = target == State.CLOSED || target == State.HALF_OPEN ? 0 : from.consecutiveFailures;
        return new BreakerState.Entry(clock.nanoTime(), clock.currentTimeMillis(), reopens, streak);
    }

    private BreakerState enter(State state, BreakerState.Entry entry) {
        switch (state) {
            case CLOSED:
                return new ClosedState(this, entry);
            case OPEN:
                return new OpenState(this, entry);
            case HALF_OPEN:
                return new HalfOpenState(this, entry);
            case METRICS_ONLY:
                return new MetricsOnlyState(this, entry);
            case DISABLED:
                return new DisabledState(this, entry);
            case FORCED_OPEN:
                return new ForcedOpenState(this, entry);
            default:
                throw new AssertionError(state);
        }
    }

    private void publish(Signal signal) {
        for (Listener listener : listeners) {
            try {
                listener.onTransition(signal);
            } catch (VirtualMachineError fatal) {
                throw fatal;
            } catch (Throwable failure) {
                LOG.log(Level.WARNING, "fluxgate: listener " + listener + " failed on " + signal, failure);
            }
        }
    }

    private static long[] slowThresholds(Tripper tripper) {
        TreeSet<Long> thresholds = new TreeSet<>();
        for (Tripper leaf : tripper.leaves()) {
            if (leaf instanceof SlowRate) {
                thresholds.add(((SlowRate) leaf).thresholdNanos());
            }
        }
        return thresholds.stream().mapToLong(Long::longValue).toArray();
    }

    private static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }

    private static <T> CompletionStage<T> failed(Throwable error) {
        CompletableFuture<T> stage = new CompletableFuture<>();
        stage.completeExceptionally(error);
        return stage;
    }

    /**
     * Configures a breaker. Every setting has Fluxgate's default; {@link #build()} may be called
     * more than once, and each call makes an independent breaker.
     */
    public static final class Builder {
        private final String name;
        private Window window = Windows.count(100);
        private Tracker tracker = Trackers.all();
        private Tripper tripper = Trippers.minRequests(100).and(Trippers.failureRate(0.5));
        private Retry retry = Retries.cooldown(java.time.Duration.ofSeconds(60));
        private Permit permit = Permits.random(0.5);
        private int maxHalfOpenCalls = 10;
        private final List<Listener> listeners = new ArrayList<>();
        private CallListener calls = CallListener.NONE;
        private Clock clock = Clock.system();
        private DoubleSupplier random;
        private State initialState = State.CLOSED;
        private CircuitBreaker previous;

        private Builder(String name) {
            Require.notNull("CircuitBreaker", "name", name);
            if (name.isEmpty()) {
                throw new IllegalArgumentException("CircuitBreaker: name must not be empty");
            }
            this.name = name;
        }

        /** Which outcomes are judged; default {@code CountWindow(100)}. */
        public Builder window(Window window) {
            this.window = Require.notNull("CircuitBreaker", "window", window);
            return this;
        }

        /** Which throwables are failures; default {@code All()}. */
        public Builder tracker(Tracker tracker) {
            this.tracker = Require.notNull("CircuitBreaker", "tracker", tracker);
            return this;
        }

        /** When to trip; default {@code MinRequests(100) & FailureRate(0.5)}. */
        public Builder tripper(Tripper tripper) {
            this.tripper = Require.notNull("CircuitBreaker", "tripper", tripper);
            return this;
        }

        /** How long to stay open; default {@code Cooldown(60)}. */
        public Builder retry(Retry retry) {
            this.retry = Require.notNull("CircuitBreaker", "retry", retry);
            return this;
        }

        /** Which half-open calls may probe; default {@code Random(0.5)}. */
        public Builder permit(Permit permit) {
            this.permit = Require.notNull("CircuitBreaker", "permit", permit);
            return this;
        }

        /** How many half-open probes may run at once; default 10. */
        public Builder maxHalfOpenCalls(int maxHalfOpenCalls) {
            this.maxHalfOpenCalls = Require.positive("CircuitBreaker", "maxHalfOpenCalls", maxHalfOpenCalls);
            return this;
        }

        /** Adds a listener; listeners are told of transitions in the order they were added. */
        public Builder listener(Listener listener) {
            listeners.add(Require.notNull("CircuitBreaker", "listener", listener));
            return this;
        }

        /** Told of every call's outcome, for metrics; default {@link CallListener#NONE}. */
        public Builder callListener(CallListener callListener) {
            this.calls = Require.notNull("CircuitBreaker", "callListener", callListener);
            return this;
        }

        /** The time source; default {@link Clock#system()}. */
        public Builder clock(Clock clock) {
            this.clock = Require.notNull("CircuitBreaker", "clock", clock);
            return this;
        }

        /** The random source, values in [0, 1); default {@link ThreadLocalRandom}. */
        public Builder random(DoubleSupplier random) {
            this.random = Require.notNull("CircuitBreaker", "random", random);
            return this;
        }

        /**
         * The state a new breaker starts in: {@code CLOSED} (default), {@code METRICS_ONLY},
         * {@code DISABLED} or {@code FORCED_OPEN}. OPEN and HALF_OPEN are outcomes of behaviour,
         * not settings.
         */
        public Builder initialState(State state) {
            Require.notNull("CircuitBreaker", "initialState", state);
            if (state == State.OPEN || state == State.HALF_OPEN) {
                throw new IllegalArgumentException("CircuitBreaker: initialState must be closed, metrics_only, "
                        + "disabled or forced_open, was " + state);
            }
            this.initialState = state;
            return this;
        }

        /**
         * Makes the new breaker continue where {@code previous} stands, for changing a running
         * breaker's settings: same state, changedAt, reopens and failure streak, and the same window
         * contents when the window and the tripper's slow-call thresholds are unchanged (otherwise
         * the window starts empty). Overrides {@link #initialState}. Calls admitted by
         * {@code previous} still report to it.
         */
        public Builder continuing(CircuitBreaker previous) {
            this.previous = Require.notNull("CircuitBreaker", "previous", previous);
            return this;
        }

        public CircuitBreaker build() {
            return new CircuitBreaker(this);
        }
    }
}
