package io.fluxgate.agent.http;

/** Shaped like a client's {@code doExecute}: woven once, never loaded by an application, to warm the weaver up. */
final class WarmUpClient {
    Object doExecute(Object host, Object request, Object context) {
        return request;
    }
}
