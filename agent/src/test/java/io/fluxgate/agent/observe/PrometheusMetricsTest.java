package io.fluxgate.agent.observe;

import io.fluxgate.CallNotPermittedException;
import io.fluxgate.CircuitBreaker;
import io.fluxgate.State;
import io.fluxgate.agent.policy.Policy;
import io.fluxgate.agent.policy.PrometheusListenerSpec;
import io.fluxgate.agent.runtime.Breakers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static io.fluxgate.agent.observe.Fixtures.breaker;
import static io.fluxgate.agent.observe.Fixtures.call;
import static io.fluxgate.agent.observe.Fixtures.failing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PrometheusMetricsTest {
    private final List<String> said = new ArrayList<>();
    private final List<HttpEndpoint> started = new ArrayList<>();

    @AfterEach
    void stop() {
        started.forEach(HttpEndpoint::stop);
    }

    private static Policy policy(int port) {
        return Fixtures.policy("\"listeners\": [{\"type\": \"prometheus\", \"port\": " + port + "}]");
    }

    private String serve(PrometheusMetrics metrics, Policy policy) {
        HttpEndpoint endpoint = PrometheusEndpoint.start((PrometheusListenerSpec) policy.listeners().get(0), metrics,
                said::add);
        started.add(endpoint);
        return endpoint.baseUrl() + "/metrics";
    }

    private static PrometheusText scrape(String url) {
        HttpResponse<String> response = Fixtures.get(url);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        return PrometheusText.parse(response.body());
    }

    @Test
    void countsEveryCallOnceByOutcomeAndFallbacksBesides() {
        Policy policy = policy(0);
        PrometheusMetrics metrics = PrometheusMetrics.create();
        Breakers breakers = new Breakers(policy, List.of(metrics), metrics);
        metrics.watch(breakers);
        CircuitBreaker inventory = breaker(breakers, policy, "inventory");

        assertNull(call(inventory, () -> 42));
        assertInstanceOf(IOException.class, call(inventory, failing()));
        assertInstanceOf(IllegalArgumentException.class, call(inventory, () -> {
            throw new IllegalArgumentException("not tracked");
        }));
        assertInstanceOf(IOException.class, call(inventory, failing()));
        assertEquals(State.OPEN, inventory.state());
        assertInstanceOf(CallNotPermittedException.class, call(inventory, () -> 42));
        metrics.fallbackAnswered("inventory");

        PrometheusText text = scrape(serve(metrics, policy));
        assertEquals(2, text.value("fluxgate_calls_total", "breaker", "inventory", "outcome", "success"),
                "a success, and a throwable the tracker ignores");
        assertEquals(2, text.value("fluxgate_calls_total", "breaker", "inventory", "outcome", "failure"));
        assertEquals(1, text.value("fluxgate_calls_total", "breaker", "inventory", "outcome", "rejected"));
        assertEquals(1, text.value("fluxgate_calls_total", "breaker", "inventory", "outcome", "fallback"));
        assertEquals(4, text.value("fluxgate_call_duration_seconds_count", "breaker", "inventory"),
                "every call that ran, none that was rejected");
        assertEquals(4, text.value("fluxgate_call_duration_seconds_bucket", "breaker", "inventory", "le", "+Inf"));
        assertEquals(1, text.value("fluxgate_breaker_transitions_total", "breaker", "inventory", "from", "closed",
                "to", "open"));
        for (State state : State.values()) {
            assertEquals(state == State.OPEN ? 1 : 0,
                    text.value("fluxgate_breaker_state", "breaker", "inventory", "state", state.label()), state.label());
        }
        assertEquals("counter", text.types.get("fluxgate_calls_total"));
        assertEquals("histogram", text.types.get("fluxgate_call_duration_seconds"));
        assertEquals("gauge", text.types.get("fluxgate_breaker_state"));
    }

    @Test
    void aBreakerHasZeroedSeriesAsSoonAsItIsMade() {
        Policy policy = policy(0);
        PrometheusMetrics metrics = PrometheusMetrics.create();
        Breakers breakers = new Breakers(policy, List.of(metrics), metrics);
        metrics.watch(breakers);
        breaker(breakers, policy, "prices");

        PrometheusText text = scrape(serve(metrics, policy));
        for (String outcome : List.of("success", "failure", "rejected", "fallback")) {
            assertEquals(0, text.value("fluxgate_calls_total", "breaker", "prices", "outcome", outcome), outcome);
        }
        assertEquals(1, text.value("fluxgate_breaker_state", "breaker", "prices", "state", "closed"));
        assertEquals(0, text.value("fluxgate_call_duration_seconds_count", "breaker", "prices"));
    }

    @Test
    void durationsLandInCumulativeBucketsInSeconds() {
        Policy policy = policy(0);
        PrometheusMetrics metrics = PrometheusMetrics.create();
        metrics.onSuccess("timed", 3_000_000);        // 3 ms
        metrics.onFailure("timed", 40_000_000, null);  // 40 ms
        metrics.onSuccess("timed", 60_000_000_000L);   // a minute, beyond the last bound

        PrometheusText text = scrape(serve(metrics, policy));
        assertEquals(0, text.value("fluxgate_call_duration_seconds_bucket", "breaker", "timed", "le", "0.0025"));
        assertEquals(1, text.value("fluxgate_call_duration_seconds_bucket", "breaker", "timed", "le", "0.005"));
        assertEquals(2, text.value("fluxgate_call_duration_seconds_bucket", "breaker", "timed", "le", "0.05"));
        assertEquals(2, text.value("fluxgate_call_duration_seconds_bucket", "breaker", "timed", "le", "30.0"));
        assertEquals(3, text.value("fluxgate_call_duration_seconds_bucket", "breaker", "timed", "le", "+Inf"));
        assertEquals(60.043, text.value("fluxgate_call_duration_seconds_sum", "breaker", "timed"), 1e-9);
    }

    @Test
    void aScraperThatOffersProtobufGetsText() {
        Policy policy = policy(0);
        PrometheusMetrics metrics = PrometheusMetrics.create();
        metrics.onSuccess("inventory", 1000);
        String url = serve(metrics, policy);

        HttpResponse<String> response = Fixtures.get(url, "application/vnd.google.protobuf;"
                + "proto=io.prometheus.client.MetricFamily;encoding=delimited;q=0.7,text/plain;version=0.0.4;q=0.3");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(1, PrometheusText.parse(response.body())
                .value("fluxgate_calls_total", "breaker", "inventory", "outcome", "success"));

        HttpResponse<String> openMetrics = Fixtures.get(url, "application/openmetrics-text; version=1.0.0");
        assertEquals(200, openMetrics.statusCode());
        assertTrue(openMetrics.body().endsWith("# EOF\n"), openMetrics.body());
    }

    @Test
    void reportsTheEndpointOnStartAndAPortInUseWithoutFailing() throws IOException {
        PrometheusMetrics metrics = PrometheusMetrics.create();
        String url = serve(metrics, policy(0));
        assertEquals(List.of("prometheus metrics on " + url), said);

        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            said.clear();
            Policy policy = policy(taken.getLocalPort());
            assertNull(PrometheusEndpoint.start((PrometheusListenerSpec) policy.listeners().get(0), metrics, said::add));
            assertEquals(1, said.size(), said.toString());
            assertTrue(said.get(0).startsWith("policy.json:"), said.get(0));
            assertTrue(said.get(0).contains("the prometheus listener is not started: cannot listen on 127.0.0.1:"
                    + taken.getLocalPort()), said.get(0));
        }
    }

    @Test
    void countingACallAllocatesNothing() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        PrometheusMetrics metrics = PrometheusMetrics.create();
        Runnable calls = () -> {
            for (int i = 0; i < 20_000; i++) {
                metrics.onSuccess("inventory", 1_000_000);
                metrics.onFailure("inventory", 2_000_000, null);
                metrics.onIgnored("inventory", 2_000_000, null);
                metrics.onRejected("inventory", State.OPEN);
                metrics.fallbackAnswered("inventory");
            }
        };
        calls.run();   // the series are made on first use
        long before = threads.getCurrentThreadAllocatedBytes();
        calls.run();
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(allocated < 4096, "100,000 counted calls allocated " + allocated + " bytes");
    }
}
