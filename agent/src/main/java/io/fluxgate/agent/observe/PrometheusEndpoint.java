package io.fluxgate.agent.observe;

import com.sun.net.httpserver.HttpHandler;
import io.fluxgate.agent.policy.PrometheusListenerSpec;

import java.util.Collections;
import java.util.function.Consumer;

/**
 * {@code {"type": "prometheus", "host": ..., "port": ...}}: {@code GET /metrics}, served by the
 * client library's scrape handler on a server of the agent's, whose threads are daemons (the
 * library's own server would also set JVM-wide {@code sun.net.httpserver} properties).
 */
final class PrometheusEndpoint {
    private PrometheusEndpoint() {
    }

    /** @return the running endpoint, or null when it could not start (and {@code say} was told why) */
    static HttpEndpoint start(PrometheusListenerSpec spec, PrometheusMetrics metrics, Consumer<String> say) {
        HttpHandler handler = new ScrapeHandler(metrics);
        HttpEndpoint endpoint = HttpEndpoint.start("the prometheus listener", spec.location().toString(),
                spec.host(), spec.port(), Collections.singletonMap("/metrics", handler), "fluxgate-prometheus", say);
        if (endpoint != null) {
            say.accept("prometheus metrics on " + endpoint.baseUrl() + "/metrics");
        }
        return endpoint;
    }
}
