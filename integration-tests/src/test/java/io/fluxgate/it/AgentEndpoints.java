package io.fluxgate.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The agent's HTTP endpoints in a child JVM: where it says they listen, and requests to them. */
public final class AgentEndpoints {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private static final Pattern ADDRESS = Pattern.compile("http://127\\.0\\.0\\.1:\\d+(/metrics)?");

    private AgentEndpoints() {
    }

    /** The Prometheus endpoint the agent announced: {@code http://127.0.0.1:<port>/metrics}. */
    public static String metricsUrl(AppProcess app) {
        return announced(app, "fluxgate: prometheus metrics on http://127.0.0.1:");
    }

    /** The admin endpoint the agent announced: {@code http://127.0.0.1:<port>}. */
    public static String adminUrl(AppProcess app) {
        return announced(app, "fluxgate: admin endpoint on http://127.0.0.1:");
    }

    /** The address in the agent's line, e.g. "fluxgate: admin endpoint on http://127.0.0.1:40123 (...)". */
    private static String announced(AppProcess app, String prefix) {
        String line = app.awaitStderr("starting with '" + prefix + "'", l -> l.startsWith(prefix), TIMEOUT);
        Matcher url = ADDRESS.matcher(line);
        assertTrue(url.find(), line);
        return url.group();
    }

    public static HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build());
    }

    /** A POST without a body; {@code token}, when not null, as the bearer token. */
    public static HttpResponse<String> post(String url, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .POST(HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
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
