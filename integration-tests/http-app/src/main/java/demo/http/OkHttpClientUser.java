package demo.http;

import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/** OkHttp: {@code execute()}, and {@code enqueue(Callback)} waited for. */
final class OkHttpClientUser implements Client {
    private final OkHttpClient client = new OkHttpClient();

    @Override
    public Fetched get(String url) throws IOException {
        try (Response response = client.newCall(new Request.Builder().url(url).build()).execute()) {
            return fetched(response);
        }
    }

    @Override
    public Fetched getAsync(String url) throws Exception {
        CompletableFuture<Fetched> answer = new CompletableFuture<Fetched>();
        client.newCall(new Request.Builder().url(url).build()).enqueue(new Callback() {
            @Override
            public void onFailure(Call call, IOException e) {
                answer.completeExceptionally(e);
            }

            @Override
            public void onResponse(Call call, Response response) throws IOException {
                try {
                    answer.complete(fetched(response));
                } finally {
                    response.close();
                }
            }
        });
        try {
            return answer.get(20, TimeUnit.SECONDS);
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof Exception ? (Exception) failed.getCause() : failed;
        }
    }

    private static Fetched fetched(Response response) throws IOException {
        return new Fetched(response.code(), response.body().string(), response.header("X-Served-By"));
    }
}
