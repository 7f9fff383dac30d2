package demo.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/** The JDK's {@code HttpClient}: {@code send}, and {@code sendAsync} waited for. */
final class JdkHttpClient implements Client {
    private final HttpClient client = HttpClient.newHttpClient();

    @Override
    public Fetched get(String url) throws Exception {
        return fetched(client.send(request(url), HttpResponse.BodyHandlers.ofString()));
    }

    @Override
    public Fetched getAsync(String url) throws Exception {
        try {
            return fetched(client.sendAsync(request(url), HttpResponse.BodyHandlers.ofString()).get(20, TimeUnit.SECONDS));
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof Exception ? (Exception) failed.getCause() : failed;
        }
    }

    private static HttpRequest request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).GET().build();
    }

    private static Fetched fetched(HttpResponse<String> response) {
        return new Fetched(response.statusCode(), response.body(),
                response.headers().firstValue("X-Served-By").orElse(null));
    }
}
