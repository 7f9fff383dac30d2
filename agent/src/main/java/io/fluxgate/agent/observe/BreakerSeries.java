package io.fluxgate.agent.observe;

import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.core.metrics.Counter;

/**
 * The call series of one breaker, looked up once when the breaker is first seen so that counting
 * a call is a map read and an adder increment.
 */
final class BreakerSeries {
    final String breaker;
    final CounterDataPoint success;
    final CounterDataPoint failure;
    final CounterDataPoint rejected;
    final CounterDataPoint fallback;
    final DurationHistogram duration = new DurationHistogram();

    BreakerSeries(String breaker, Counter calls) {
        this.breaker = breaker;
        this.success = calls.labelValues(breaker, "success");
        this.failure = calls.labelValues(breaker, "failure");
        this.rejected = calls.labelValues(breaker, "rejected");
        this.fallback = calls.labelValues(breaker, "fallback");
    }
}
