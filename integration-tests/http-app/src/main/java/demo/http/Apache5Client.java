package demo.http;

import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.EntityUtils;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Apache HttpClient 5: classic {@code execute(ClassicHttpRequest)}, and the async client's
 * {@code execute(SimpleHttpRequest, FutureCallback)}, whose future and callback must agree.
 */
final class Apache5Client implements Client {
    private final CloseableHttpClient client = HttpClients.createDefault();
    private CloseableHttpAsyncClient asyncClient;

    @Override
    public Fetched get(String url) throws Exception {
        try (CloseableHttpResponse response = client.execute(new HttpGet(url))) {
            Header servedBy = response.getFirstHeader("X-Served-By");
            return new Fetched(response.getCode(), EntityUtils.toString(response.getEntity()),
                    servedBy == null ? null : servedBy.getValue());
        }
    }

    @Override
    public Fetched getAsync(String url) throws Exception {
        CompletableFuture<SimpleHttpResponse> heard = new CompletableFuture<SimpleHttpResponse>();
        Future<SimpleHttpResponse> future = asyncClient().execute(SimpleRequestBuilder.get(url).build(),
                new FutureCallback<SimpleHttpResponse>() {
                    @Override
                    public void completed(SimpleHttpResponse response) {
                        heard.complete(response);
                    }

                    @Override
                    public void failed(Exception e) {
                        heard.completeExceptionally(e);
                    }

                    @Override
                    public void cancelled() {
                        heard.completeExceptionally(new CancellationException());
                    }
                });
        SimpleHttpResponse response;
        try {
            response = future.get(20, TimeUnit.SECONDS);
        } catch (ExecutionException failed) {
            Throwable viaCallback = causeOf(heard);
            if (viaCallback != failed.getCause()) {
                throw new IllegalStateException("the callback heard " + viaCallback + ", the future " + failed.getCause());
            }
            throw failed.getCause() instanceof Exception ? (Exception) failed.getCause() : failed;
        }
        if (heard.get(20, TimeUnit.SECONDS) != response) {
            throw new IllegalStateException("the callback and the future got different responses");
        }
        Header servedBy = response.getFirstHeader("X-Served-By");
        return new Fetched(response.getCode(), response.getBodyText(), servedBy == null ? null : servedBy.getValue());
    }

    private static Throwable causeOf(CompletableFuture<?> heard) throws Exception {
        try {
            heard.get(20, TimeUnit.SECONDS);
            return null;
        } catch (ExecutionException failed) {
            return failed.getCause();
        }
    }

    private synchronized CloseableHttpAsyncClient asyncClient() {
        if (asyncClient == null) {
            asyncClient = HttpAsyncClients.createDefault();
            asyncClient.start();
        }
        return asyncClient;
    }
}
