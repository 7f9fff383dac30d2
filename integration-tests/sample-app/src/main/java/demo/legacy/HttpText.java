package demo.legacy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/** Plain-text HTTP exchanges over HttpURLConnection, the way this code base has always done them. */
final class HttpText {
    private static final int CONNECT_TIMEOUT_MILLIS = 2_000;
    private static final int READ_TIMEOUT_MILLIS = 10_000;

    private HttpText() {
    }

    static String get(String url) throws IOException {
        return exchange("GET", url);
    }

    static String post(String url) throws IOException {
        return exchange("POST", url);
    }

    /** The trimmed response body; any status outside 2xx is an IOException naming the status. */
    private static String exchange(String method, String url) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL(url).openConnection();
        try {
            connection.setRequestMethod(method);
            connection.setConnectTimeout(CONNECT_TIMEOUT_MILLIS);
            connection.setReadTimeout(READ_TIMEOUT_MILLIS);
            if ("POST".equals(method)) {
                // An empty body still sends Content-Length: 0, which every server understands.
                connection.setDoOutput(true);
                try (OutputStream body = connection.getOutputStream()) {
                    body.flush();
                }
            }
            int status = connection.getResponseCode();
            if (status < 200 || status > 299) {
                drain(connection.getErrorStream());
                throw new IOException("HTTP " + status);
            }
            return read(connection.getInputStream()).trim();
        } finally {
            connection.disconnect();
        }
    }

    private static String read(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (InputStream body = in) {
            byte[] buffer = new byte[4096];
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                bytes.write(buffer, 0, n);
            }
        }
        return new String(bytes.toByteArray(), StandardCharsets.UTF_8);
    }

    private static void drain(InputStream in) throws IOException {
        if (in != null) {
            read(in);
        }
    }
}
