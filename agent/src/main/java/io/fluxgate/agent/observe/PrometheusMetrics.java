package io.fluxgate.agent.observe;

import io.fluxgate.CallListener;
import io.fluxgate.CircuitBreaker;
import io.fluxgate.Listener;
import io.fluxgate.Signal;
import io.fluxgate.State;
import io.fluxgate.agent.runtime.Breakers;
import io.fluxgate.agent.runtime.FallbackCounter;
import io.prometheus.metrics.config.PrometheusProperties;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.model.registry.Collector;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.Unit;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The breakers' metrics in a Prometheus registry of the agent's own:
 * <ul>
 * <li>{@code fluxgate_breaker_state{breaker,state}}: 1 for the current state, 0 for the others;</li>
 * <li>{@code fluxgate_breaker_transitions_total{breaker,from,to}};</li>
 * <li>{@code fluxgate_calls_total{breaker,outcome}}: every call once as {@code success},
 *     {@code failure} or {@code rejected}; a call that threw something the tracker ignores is a
 *     {@code success}, as the breaker does not hold it against the dependency; {@code fallback}
 *     counts, in addition, the calls a fallback answered;</li>
 * <li>{@code fluxgate_call_duration_seconds{breaker}}: a histogram of the calls that ran.</li>
 * </ul>
 * Counting a call takes a map read and adder increments: no lock, no allocation.
 */
final class PrometheusMetrics implements CallListener, Listener, FallbackCounter {
    private final PrometheusProperties properties;
    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final Counter calls;
    private final Counter transitions;
    private final ConcurrentMap<String, BreakerSeries> series = new ConcurrentHashMap<>();

    private PrometheusMetrics() {
        // Defaults only: the application's own Prometheus configuration is not the agent's.
        properties = PrometheusProperties.builder().build();
        calls = Counter.builder(properties)
                .name("fluxgate_calls")
                .help("Calls through a circuit breaker by outcome: success, failure or rejected, each call once; "
                        + "fallback counts the calls a fallback answered, in addition")
                .labelNames("breaker", "outcome")
                .withoutExemplars()
                .register(registry);
        transitions = Counter.builder(properties)
                .name("fluxgate_breaker_transitions")
                .help("State transitions of a circuit breaker, manual ones included")
                .labelNames("breaker", "from", "to")
                .withoutExemplars()
                .register(registry);
        registry.register(new DurationCollector());
    }

    /** Builds the metrics with the agent's class loader as the context loader, so the library reads nothing of the application's. */
    static PrometheusMetrics create() {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(PrometheusMetrics.class.getClassLoader());
        try {
            return new PrometheusMetrics();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    PrometheusRegistry registry() {
        return registry;
    }

    PrometheusProperties properties() {
        return properties;
    }

    /** Adds the state gauge of {@code breakers}, and zeroed series for each breaker as it is made. */
    Runnable watch(Breakers breakers) {
        GaugeWithCallback.builder(properties)
                .name("fluxgate_breaker_state")
                .help("State of a circuit breaker: 1 for its current state, 0 for the others")
                .labelNames("breaker", "state")
                .callback(callback -> {
                    for (CircuitBreaker breaker : breakers.all()) {
                        State current = breaker.state();
                        for (State state : State.values()) {
                            callback.call(state == current ? 1 : 0, breaker.name(), state.label());
                        }
                    }
                })
                .register(registry);
        return breakers.onCreated(breaker -> seriesOf(breaker.name()));
    }

    @Override
    public void onSuccess(String breakerName, long durationNanos) {
        BreakerSeries of = seriesOf(breakerName);
        of.success.inc(1L);
        of.duration.record(durationNanos);
    }

    @Override
    public void onFailure(String breakerName, long durationNanos, Throwable error) {
        BreakerSeries of = seriesOf(breakerName);
        of.failure.inc(1L);
        of.duration.record(durationNanos);
    }

    @Override
    public void onIgnored(String breakerName, long durationNanos, Throwable error) {
        // Not a failure of the dependency: the breaker records nothing, the metric counts a success.
        onSuccess(breakerName, durationNanos);
    }

    @Override
    public void onRejected(String breakerName, State state) {
        seriesOf(breakerName).rejected.inc(1L);
    }

    @Override
    public void fallbackAnswered(String breakerName) {
        seriesOf(breakerName).fallback.inc(1L);
    }

    @Override
    public void onTransition(Signal signal) {
        transitions.labelValues(signal.breakerName(), signal.oldState().label(), signal.newState().label()).inc();
    }

    private BreakerSeries seriesOf(String breakerName) {
        BreakerSeries existing = series.get(breakerName);
        return existing != null ? existing : series.computeIfAbsent(breakerName, name -> new BreakerSeries(name, calls));
    }

    /** {@code fluxgate_call_duration_seconds}, read from each breaker's {@link DurationHistogram}. */
    private final class DurationCollector implements Collector {
        @Override
        public MetricSnapshot collect() {
            HistogramSnapshot.Builder snapshot = HistogramSnapshot.builder()
                    .name("fluxgate_call_duration_seconds")
                    .help("Duration of the calls that ran through a circuit breaker, rejected calls excluded")
                    .unit(Unit.SECONDS);
            for (BreakerSeries of : series.values()) {
                snapshot.dataPoint(of.duration.snapshot(Labels.of("breaker", of.breaker)));
            }
            return snapshot.build();
        }
    }
}
