package io.fluxgate.it.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;

import javax.net.ssl.SSLContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local HTTP server on 127.0.0.1 and a free port that answers each host name it is reached by
 * (its {@code Host} header: {@code 127.0.0.1}, {@code localhost}) on its own: the status each host
 * answers with can be set, and each host's requests are counted, so that a test sees whether a
 * request reached it at all. Bodies are {@code hello} (2xx) or {@code down}; every response carries
 * {@code X-Served-By: test-server}. It speaks HTTP, or HTTPS with a key the test made.
 */
final class HostsServer implements AutoCloseable {
    private final HttpServer server;
    private final String scheme;
    private final ExecutorService threads;
    private final Map<String, Integer> statuses = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
    private final AtomicLong connections;

    private HostsServer(HttpServer server, String scheme, ExecutorService threads, AtomicLong connections) {
        this.server = server;
        this.scheme = scheme;
        this.threads = threads;
        this.connections = connections;
    }

    static HostsServer start() {
        return start(null);
    }

    /** An HTTPS server whose certificate and key are {@code tls}'s. */
    static HostsServer startHttps(SSLContext tls) {
        return start(tls);
    }

    private static HostsServer start(SSLContext tls) {
        AtomicLong connections = new AtomicLong();
        try {
            InetSocketAddress address = new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0);
            HttpServer server;
            if (tls == null) {
                server = HttpServer.create(address, 50);
            } else {
                HttpsServer https = HttpsServer.create(address, 50);
                https.setHttpsConfigurator(new CountingConfigurator(tls, connections));
                server = https;
            }
            ExecutorService threads = Executors.newFixedThreadPool(4, runnable -> {
                Thread thread = new Thread(runnable, "hosts-server");
                thread.setDaemon(true);
                return thread;
            });
            HostsServer hosts = new HostsServer(server, tls == null ? "http" : "https", threads, connections);
            server.createContext("/", hosts::answer);
            server.setExecutor(threads);
            server.start();
            return hosts;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the test server", e);
        }
    }

    /** {@code http://<host>:<port><path>}, or {@code https://...}. */
    String url(String host, String path) {
        return scheme + "://" + host + ":" + server.getAddress().getPort() + path;
    }

    /** From now on requests to {@code host} answer {@code status}. */
    HostsServer answer(String host, int status) {
        statuses.put(host, status);
        return this;
    }

    /** Requests that reached the server for {@code host} so far. */
    long requests(String host) {
        AtomicLong count = counts.get(host);
        return count == null ? 0 : count.get();
    }

    /** Connections an HTTPS server accepted so far (a TLS handshake each, requests or not); 0 for HTTP. */
    long connections() {
        return connections.get();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (InputStream request = exchange.getRequestBody(); OutputStream response = exchange.getResponseBody()) {
            request.readAllBytes();
            String host = hostOf(exchange.getRequestHeaders().getFirst("Host"));
            counts.computeIfAbsent(host, h -> new AtomicLong()).incrementAndGet();
            int status = statuses.getOrDefault(host, 200);
            byte[] body = (status < 300 ? "hello" : "down").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("X-Served-By", "test-server");
            exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(status, body.length);
            response.write(body);
        }
    }

    private static String hostOf(String header) {
        if (header == null) {
            return "";
        }
        int colon = header.lastIndexOf(':');
        return (colon > 0 ? header.substring(0, colon) : header).toLowerCase(Locale.ROOT);
    }

    /** Configures each new HTTPS connection, and counts it. */
    private static final class CountingConfigurator extends HttpsConfigurator {
        private final AtomicLong connections;

        CountingConfigurator(SSLContext tls, AtomicLong connections) {
            super(tls);
            this.connections = connections;
        }

        @Override
        public void configure(HttpsParameters parameters) {
            connections.incrementAndGet();
            super.configure(parameters);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
