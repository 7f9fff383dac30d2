package io.fluxgate.agent.observe;

import io.fluxgate.CircuitBreaker;
import io.fluxgate.agent.policy.Policy;
import io.fluxgate.agent.policy.PolicyException;
import io.fluxgate.agent.policy.PolicyLoader;
import io.fluxgate.agent.policy.Target;
import io.fluxgate.agent.runtime.Breakers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.fail;

/** Policies, breakers and HTTP requests for the observability tests. */
final class Fixtures {
    static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    private Fixtures() {
    }

    /**
     * A policy with breakers {@code inventory} (IOExceptions tracked, opens after two in a row,
     * never retries) and {@code prices} (defaults), each named by a target, and {@code extra}
     * appended to the top-level object, e.g. {@code "listeners": [...]}.
     */
    static Policy policy(String extra) {
        String json = "{\"version\": 1,\n"
                + "\"breakers\": {\"inventory\": {\"tracker\": \"TypeOf(java.io.IOException)\", "
                + "\"tripper\": \"FailureStreak(2)\", \"retry\": \"Never()\"}},\n"
                + "\"targets\": [\n"
                + "  {\"method\": \"com.acme.legacy.Inventory#stock(java.lang.String)\", \"breaker\": \"inventory\"},\n"
                + "  {\"method\": \"com.acme.legacy.Inventory#skus()\", \"breaker\": \"prices\"}]"
                + (extra.isEmpty() ? "" : ",\n" + extra) + "}";
        try {
            return PolicyLoader.load("policy.json", json);
        } catch (PolicyException invalid) {
            return fail("invalid test policy:\n" + invalid.getMessage());
        }
    }

    static Policy policy() {
        return policy("");
    }

    /** Makes (or finds) the breaker a target of {@code policy} names. */
    static CircuitBreaker breaker(Breakers breakers, Policy policy, String name) {
        for (Target target : policy.targets()) {
            if (target.breakerName().equals(name)) {
                return breakers.of(target);
            }
        }
        return fail("no target names " + name);
    }

    /** Runs a call through {@code breaker}; answers what it threw, or null. */
    static Throwable call(CircuitBreaker breaker, Callable<?> body) {
        try {
            breaker.call(body);
            return null;
        } catch (Throwable thrown) {
            return thrown;
        }
    }

    static Callable<Object> failing() {
        return () -> {
            throw new IOException("down");
        };
    }

    static HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build());
    }

    static HttpResponse<String> get(String url, String accept) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).header("Accept", accept).GET().build());
    }

    /** A POST with no body; {@code token} null for none. */
    static HttpResponse<String> post(String url, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .POST(HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
