package io.fluxgate.agent.http.urlconnection;

import io.fluxgate.agent.bootstrap.FallbackResponse;
import io.fluxgate.agent.http.ClientSupport;
import io.fluxgate.agent.http.Endpoint;
import io.fluxgate.agent.policy.HttpClientKind;

import java.net.HttpURLConnection;
import java.net.URL;

/** {@code HttpURLConnection} is a JDK type the agent can name; its fallback response is the {@link FallbackResponse} itself. */
final class UrlConnectionSupport implements ClientSupport {

    @Override
    public HttpClientKind kind() {
        return HttpClientKind.HTTPURLCONNECTION;
    }

    @Override
    public Endpoint describe(Object carrier, Object host, Object request) {
        HttpURLConnection connection = (HttpURLConnection) request;
        URL url = connection.getURL();
        return Endpoint.of(connection.getRequestMethod(), url.getProtocol(), url.getHost(), url.getPort(), url.getPath());
    }

    @Override
    public int status(Object response) throws Exception {
        return ((HttpURLConnection) response).getResponseCode();
    }

    @Override
    public Object respond(FallbackResponse answer, Object carrier, Object request) {
        return answer;   // the woven connection methods read it
    }

    @Override
    public void discard(Object response) {
        // the connection keeps its own stream; it is never read once a fallback answers
    }
}
