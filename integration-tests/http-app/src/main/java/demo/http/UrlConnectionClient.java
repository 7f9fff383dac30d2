package demo.http;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;

/** {@code HttpURLConnection}: the status first, then the body from the input or error stream. */
final class UrlConnectionClient implements Client {

    @Override
    public Fetched get(String url) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL(url).openConnection();
        int status = connection.getResponseCode();
        String body = Streams.text(status >= 400 ? connection.getErrorStream() : connection.getInputStream());
        return new Fetched(status, body, connection.getHeaderField("X-Served-By"));
    }

    /** The oldest style: connect, read the body, and let an error status throw. */
    @Override
    public Fetched stream(String url) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL(url).openConnection();
        connection.connect();
        String body = Streams.text(connection.getInputStream());
        return new Fetched(connection.getResponseCode(), body, connection.getHeaderField("X-Served-By"));
    }
}
