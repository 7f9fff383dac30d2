package io.fluxgate.agent.http;

import io.fluxgate.agent.bootstrap.FallbackResponse;
import io.fluxgate.agent.policy.HttpClientKind;

/**
 * Stands in for a client library: a request is a URL string, a response an {@link Integer} status,
 * and a fallback response is the {@link FallbackResponse} itself.
 */
final class StubClient implements ClientSupport {
    private final HttpClientKind kind;

    StubClient(HttpClientKind kind) {
        this.kind = kind;
    }

    @Override
    public HttpClientKind kind() {
        return kind;
    }

    @Override
    public Endpoint describe(Object carrier, Object host, Object request) {
        String[] methodAndUrl = ((String) request).split(" ", 2);
        return Endpoint.of(methodAndUrl[0], null, null, -1, methodAndUrl[1]);
    }

    @Override
    public int status(Object response) {
        return (Integer) response;
    }

    @Override
    public Object respond(FallbackResponse answer, Object carrier, Object request) {
        return answer;
    }

    @Override
    public void discard(Object response) {
        // nothing to free
    }
}
