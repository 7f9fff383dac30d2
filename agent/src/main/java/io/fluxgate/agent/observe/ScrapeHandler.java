package io.fluxgate.agent.observe;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.prometheus.metrics.exporter.common.PrometheusHttpExchange;
import io.prometheus.metrics.exporter.common.PrometheusHttpRequest;
import io.prometheus.metrics.exporter.common.PrometheusHttpResponse;
import io.prometheus.metrics.exporter.common.PrometheusScrapeHandler;
import io.prometheus.metrics.exporter.httpserver.HttpExchangeAdapter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * {@code GET /metrics} through the client library's scrape handler (content negotiation,
 * compression, {@code name[]} filters). The agent ships the text formats only, so a scraper that
 * offers protobuf among its formats is answered in text instead of with an error.
 */
final class ScrapeHandler implements HttpHandler {
    private static final String PROTOBUF = "application/vnd.google.protobuf";

    private final PrometheusScrapeHandler scrape;

    ScrapeHandler(PrometheusMetrics metrics) {
        this.scrape = new PrometheusScrapeHandler(metrics.properties(), metrics.registry());
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        scrape.handleRequest(new TextFormatsOnly(new HttpExchangeAdapter(exchange)));
    }

    /** An Accept header without its protobuf media ranges. */
    static String withoutProtobuf(String accept) {
        if (accept == null || !accept.contains(PROTOBUF)) {
            return accept;
        }
        List<String> kept = new ArrayList<>();
        for (String range : accept.split(",")) {
            if (!range.contains(PROTOBUF)) {
                kept.add(range.trim());
            }
        }
        return kept.isEmpty() ? null : String.join(",", kept);
    }

    private static final class TextFormatsOnly implements PrometheusHttpExchange {
        private final PrometheusHttpExchange exchange;
        private final PrometheusHttpRequest request;

        TextFormatsOnly(PrometheusHttpExchange exchange) {
            this.exchange = exchange;
            this.request = new TextOnlyRequest(exchange.getRequest());
        }

        @Override
        public PrometheusHttpRequest getRequest() {
            return request;
        }

        @Override
        public PrometheusHttpResponse getResponse() {
            return exchange.getResponse();
        }

        @Override
        public void handleException(IOException failure) throws IOException {
            exchange.handleException(failure);
        }

        @Override
        public void handleException(RuntimeException failure) {
            exchange.handleException(failure);
        }

        @Override
        public void close() {
            exchange.close();
        }
    }

    private static final class TextOnlyRequest implements PrometheusHttpRequest {
        private final PrometheusHttpRequest request;

        TextOnlyRequest(PrometheusHttpRequest request) {
            this.request = request;
        }

        @Override
        public String getQueryString() {
            return request.getQueryString();
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            if (!"Accept".equalsIgnoreCase(name)) {
                return request.getHeaders(name);
            }
            List<String> values = new ArrayList<>();
            Enumeration<String> accepted = request.getHeaders(name);
            while (accepted != null && accepted.hasMoreElements()) {
                String value = withoutProtobuf(accepted.nextElement());
                if (value != null) {
                    values.add(value);
                }
            }
            return Collections.enumeration(values);
        }

        @Override
        public String getMethod() {
            return request.getMethod();
        }

        @Override
        public String getRequestPath() {
            return request.getRequestPath();
        }
    }
}
