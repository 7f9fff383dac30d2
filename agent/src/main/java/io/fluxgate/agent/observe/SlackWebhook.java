package io.fluxgate.agent.observe;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.fluxgate.agent.bootstrap.OwnTraffic;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * Posts one message to a Slack incoming webhook: {@code {"text": ...}}. Short timeouts, since a
 * slow webhook must not hold back the messages behind it; marked as the agent's own traffic, so
 * no breaker of the agent ever protects it.
 */
final class SlackWebhook {
    static final int CONNECT_TIMEOUT_MILLIS = 3000;
    static final int READ_TIMEOUT_MILLIS = 5000;
    private static final JsonFactory JSON = new JsonFactory();

    private final URL url;

    SlackWebhook(URL url) {
        this.url = url;
    }

    /** @throws IOException when the webhook cannot be reached or does not answer 2xx */
    void post(String text) throws IOException {
        byte[] body = json(text);
        OwnTraffic.begin();
        try {
            send(body);
        } catch (IOException failure) {
            // The URL is a secret: keep it out of messages that end up in logs.
            String reason = String.valueOf(failure.getMessage()).replace(url.toString(), "<webhook>");
            throw new IOException(failure.getClass().getSimpleName() + ": " + reason);
        } finally {
            OwnTraffic.end();
        }
    }

    private void send(byte[] body) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        try {
            connection.setConnectTimeout(CONNECT_TIMEOUT_MILLIS);
            connection.setReadTimeout(READ_TIMEOUT_MILLIS);
            connection.setUseCaches(false);
            connection.setDoOutput(true);
            connection.setRequestMethod("POST");
            connection.setRequestProperty("Content-Type", "application/json; charset=utf-8");
            connection.setFixedLengthStreamingMode(body.length);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body);
            }
            int status = connection.getResponseCode();
            drain(status >= 400 ? connection.getErrorStream() : connection.getInputStream());
            if (status < 200 || status > 299) {
                throw new IOException("the webhook answered HTTP " + status);
            }
        } finally {
            // Messages are rare: a connection per message, none kept open between them.
            connection.disconnect();
        }
    }

    private static byte[] json(String text) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (JsonGenerator json = JSON.createGenerator(body)) {
            json.writeStartObject();
            json.writeStringField("text", text);
            json.writeEndObject();
        }
        return body.toByteArray();
    }

    private static void drain(InputStream in) throws IOException {
        if (in == null) {
            return;
        }
        try (InputStream body = in) {
            byte[] buffer = new byte[1024];
            while (body.read(buffer) != -1) {
                // Slack answers "ok"; nothing in it is needed
            }
        }
    }
}
