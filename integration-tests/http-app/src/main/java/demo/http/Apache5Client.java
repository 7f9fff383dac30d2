package demo.http;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/** Apache HttpClient 5, classic: {@code execute(ClassicHttpRequest)}. */
final class Apache5Client implements Client {
    private final CloseableHttpClient client = HttpClients.createDefault();

    @Override
    public Fetched get(String url) throws Exception {
        try (CloseableHttpResponse response = client.execute(new HttpGet(url))) {
            Header servedBy = response.getFirstHeader("X-Served-By");
            return new Fetched(response.getCode(), EntityUtils.toString(response.getEntity()),
                    servedBy == null ? null : servedBy.getValue());
        }
    }
}
