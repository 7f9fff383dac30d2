package io.fluxgate.agent.observe;

import com.fasterxml.jackson.core.JsonGenerator;
import io.fluxgate.CircuitBreaker;
import io.fluxgate.CircuitBreakerInfo;
import io.fluxgate.Metric;

import java.io.IOException;

/**
 * One breaker as the admin endpoint shows it:
 * {@code {"name", "state", "changedAt", "reopens", "consecutiveFailures",
 * "metric": {"totalCount", "failureCount", "failureRate", "totalDurationMillis", "avgDurationMillis"}}}.
 */
final class BreakerJson {
    private BreakerJson() {
    }

    static void write(JsonGenerator json, CircuitBreaker breaker) throws IOException {
        CircuitBreakerInfo info = breaker.info();
        Metric metric = info.metric();
        json.writeStartObject();
        json.writeStringField("name", breaker.name());
        json.writeStringField("state", info.state().label());
        json.writeStringField("changedAt", info.changedAt().toString());
        json.writeNumberField("reopens", info.reopens());
        json.writeNumberField("consecutiveFailures", info.consecutiveFailures());
        json.writeObjectFieldStart("metric");
        json.writeNumberField("totalCount", metric.totalCount());
        json.writeNumberField("failureCount", metric.failureCount());
        json.writeNumberField("failureRate", metric.failureRate());
        json.writeNumberField("totalDurationMillis", metric.totalDurationNanos() / 1e6);
        json.writeNumberField("avgDurationMillis", metric.avgDuration().toNanos() / 1e6);
        json.writeEndObject();
        json.writeEndObject();
    }
}
