package io.fluxgate.agent.http;

import io.fluxgate.agent.bootstrap.FallbackResponse;
import io.fluxgate.agent.policy.HttpClientKind;

import java.io.Closeable;
import java.io.IOException;

/**
 * What the shared {@link HttpGate} needs from one HTTP client, in that client's own terms: where a
 * request goes, a response's status, and a fallback response as the client's response type. The
 * client's classes live in the application's class loader, so implementations reach them by
 * reflection on the objects the advice passes.
 */
public interface ClientSupport {

    HttpClientKind kind();

    /**
     * Where the request goes; {@code carrier}, {@code host} and {@code request} as the advice passed
     * them. Null when the request cannot be read (the client has said so): the exchange runs unprotected.
     */
    Endpoint describe(Object carrier, Object host, Object request) throws Exception;

    /** The status of the client's response object. */
    int status(Object response) throws Exception;

    /** The client's response object answering with {@code answer}, as a call with this carrier and request returns it. */
    Object respond(FallbackResponse answer, Object carrier, Object request) throws Exception;

    /** Frees a real response that a fallback response replaces: closes it, where it can be closed. */
    default void discard(Object response) {
        if (response instanceof Closeable) {
            try {
                ((Closeable) response).close();
            } catch (IOException | RuntimeException ignored) {
                // the replaced response's connection is released either way
            }
        }
    }

    /** Whether the application cancelled the call, so that its failure says nothing about the service. */
    default boolean cancelled(Object carrier) {
        return false;
    }

    /**
     * An asynchronous exchange: what the client uses instead of {@code pending} (see
     * {@code HttpDispatcher.follow}). Clients without an asynchronous API never get here.
     */
    default Object follow(HttpGate gate, Object exchangeOrVerdict, Object carrier, Object pending) throws Exception {
        throw new UnsupportedOperationException(kind() + " has no asynchronous exchanges");
    }
}
