package demo.http;

import org.apache.http.Header;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.util.EntityUtils;

import java.io.IOException;

/** Apache HttpClient 4.5: {@code execute(HttpUriRequest)}. */
final class Apache4Client implements Client {
    private final CloseableHttpClient client = HttpClients.createDefault();

    @Override
    public Fetched get(String url) throws IOException {
        try (CloseableHttpResponse response = client.execute(new HttpGet(url))) {
            Header servedBy = response.getFirstHeader("X-Served-By");
            return new Fetched(response.getStatusLine().getStatusCode(), EntityUtils.toString(response.getEntity()),
                    servedBy == null ? null : servedBy.getValue());
        }
    }
}
