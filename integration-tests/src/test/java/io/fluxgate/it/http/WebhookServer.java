package io.fluxgate.it.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A Slack incoming webhook played on 127.0.0.1 and a free port: it keeps each posted body and answers 200. */
final class WebhookServer implements AutoCloseable {
    private static final String PATH = "/services/hook";

    private final HttpServer server;
    private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();

    private WebhookServer(HttpServer server) {
        this.server = server;
    }

    static WebhookServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
            WebhookServer webhook = new WebhookServer(server);
            server.createContext(PATH, webhook::take);
            server.start();
            return webhook;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the webhook server", e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
    }

    /** The next posted body, or null when none came within {@code timeout}. */
    String next(Duration timeout) throws InterruptedException {
        return messages.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void take(HttpExchange exchange) throws IOException {
        try (InputStream body = exchange.getRequestBody()) {
            messages.add(new String(body.readAllBytes(), StandardCharsets.UTF_8));
        }
        exchange.sendResponseHeaders(200, -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
