package io.fluxgate.agent.observe;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.fluxgate.CircuitBreaker;
import io.fluxgate.agent.policy.Policy;
import io.fluxgate.agent.runtime.AppliedPolicy;
import io.fluxgate.agent.runtime.Breakers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.net.URLDecoder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The admin endpoint's requests:
 * <pre>
 * GET  /breakers                   every breaker made so far, by name
 * GET  /breakers/{name}            one breaker, 404 if unknown
 * POST /breakers/{name}/{action}   reset | disable | metrics-only | force-open; answers the breaker after it
 * GET  /policy                     {"source", "version", "revision", "appliedAt", "content"} of the policy in force
 * </pre>
 * A wrong method is 405 (with {@code Allow}); with a token, a POST without it is 401. Reading
 * needs no token.
 */
final class AdminHandler implements HttpHandler {
    // The streaming API only: Jackson's object mapper would add a quarter of a second to start-up.
    private static final JsonFactory JSON = new JsonFactory();

    private final Breakers breakers;
    private final Supplier<AppliedPolicy> policyInForce;
    private final BearerToken token;

    /** @param token what POST requests must carry, or null when they need none */
    AdminHandler(Breakers breakers, Supplier<AppliedPolicy> policyInForce, BearerToken token) {
        this.breakers = breakers;
        this.policyInForce = policyInForce;
        this.token = token;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            route(exchange, segments(exchange.getRequestURI().getRawPath()));
        } catch (RuntimeException failure) {
            send(exchange, 500, error("internal error: " + failure));
        } finally {
            exchange.close();
        }
    }

    private void route(HttpExchange exchange, List<String> path) throws IOException {
        String method = exchange.getRequestMethod();
        if (path.size() == 1 && path.get(0).equals("policy")) {
            if (allowed(exchange, method, "GET")) {
                send(exchange, 200, policy());
            }
        } else if (path.size() == 1 && path.get(0).equals("breakers")) {
            if (allowed(exchange, method, "GET")) {
                send(exchange, 200, list());
            }
        } else if (path.size() == 2 && path.get(0).equals("breakers")) {
            if (allowed(exchange, method, "GET")) {
                CircuitBreaker breaker = breakers.get(path.get(1));
                if (breaker == null) {
                    send(exchange, 404, unknown(path.get(1)));
                } else {
                    send(exchange, 200, json -> BreakerJson.write(json, breaker));
                }
            }
        } else if (path.size() == 3 && path.get(0).equals("breakers") && action(path.get(2)) != null) {
            if (allowed(exchange, method, "POST") && authorized(exchange)) {
                act(exchange, path.get(1), action(path.get(2)));
            }
        } else {
            send(exchange, 404, error("no such resource; try GET /breakers, GET /breakers/{name}, "
                    + "POST /breakers/{name}/{reset|disable|metrics-only|force-open} or GET /policy"));
        }
    }

    private void act(HttpExchange exchange, String name, Consumer<CircuitBreaker> action) throws IOException {
        CircuitBreaker breaker = breakers.get(name);
        if (breaker == null) {
            send(exchange, 404, unknown(name));
            return;
        }
        action.accept(breaker);
        send(exchange, 200, json -> BreakerJson.write(json, breaker));
    }

    private Body list() {
        List<CircuitBreaker> sorted = new ArrayList<>(breakers.all());
        sorted.sort(Comparator.comparing(CircuitBreaker::name));
        return json -> {
            json.writeStartArray();
            for (CircuitBreaker breaker : sorted) {
                BreakerJson.write(json, breaker);
            }
            json.writeEndArray();
        };
    }

    private Body policy() {
        AppliedPolicy applied = policyInForce.get();
        Policy policy = applied.policy();
        return json -> {
            json.writeStartObject();
            json.writeStringField("source", policy.source());
            json.writeNumberField("version", policy.version());
            json.writeNumberField("revision", applied.revision());
            json.writeStringField("appliedAt", applied.appliedAt().toString());
            json.writeStringField("content", policy.content());
            json.writeEndObject();
        };
    }

    private static boolean allowed(HttpExchange exchange, String method, String allowed) throws IOException {
        if (method.equals(allowed)) {
            return true;
        }
        exchange.getResponseHeaders().set("Allow", allowed);
        send(exchange, 405, error("method " + method + " not allowed here; use " + allowed));
        return false;
    }

    private boolean authorized(HttpExchange exchange) throws IOException {
        if (token == null || token.admits(exchange.getRequestHeaders().getFirst("Authorization"))) {
            return true;
        }
        exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"fluxgate\"");
        send(exchange, 401, error("this request needs the header Authorization: Bearer <token>"));
        return false;
    }

    private static Body unknown(String name) {
        return error("no breaker named '" + name + "'");
    }

    private static Body error(String message) {
        return json -> {
            json.writeStartObject();
            json.writeStringField("error", message);
            json.writeEndObject();
        };
    }

    private static void send(HttpExchange exchange, int status, Body body) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (JsonGenerator json = JSON.createGenerator(buffer).useDefaultPrettyPrinter()) {
            body.write(json);
        }
        byte[] bytes = buffer.toByteArray();
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** A response body, written when the response is sent. */
    @FunctionalInterface
    private interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    /** The decoded, non-empty segments of a path: a breaker name may be percent-encoded. */
    static List<String> segments(String rawPath) {
        List<String> segments = new ArrayList<>();
        for (String raw : rawPath.split("/")) {
            if (!raw.isEmpty()) {
                segments.add(decode(raw));
            }
        }
        return segments;
    }

    private static String decode(String segment) {
        try {
            // URLDecoder is for forms, where '+' is a space; in a path it is a plus.
            return URLDecoder.decode(segment.replace("+", "%2B"), "UTF-8");
        } catch (UnsupportedEncodingException | IllegalArgumentException malformed) {
            return segment;
        }
    }

    /** The manual operation a path segment asks for, or null. */
    private static Consumer<CircuitBreaker> action(String segment) {
        switch (segment) {
            case "reset":
                return CircuitBreaker::reset;
            case "disable":
                return CircuitBreaker::disable;
            case "metrics-only":
                return CircuitBreaker::metricsOnly;
            case "force-open":
                return CircuitBreaker::forceOpen;
            default:
                return null;
        }
    }
}
