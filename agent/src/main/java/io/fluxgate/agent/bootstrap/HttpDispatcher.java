package io.fluxgate.agent.bootstrap;

/**
 * What the agent implements behind the {@link HttpBridge}: one breaker call per HTTP exchange.
 * Arguments are the client's own objects, passed as plain objects because the agent's code lives
 * in a class loader that cannot name the client's types.
 */
public interface HttpDispatcher {

    /**
     * An exchange is about to start.
     *
     * @param client the client's policy label, e.g. {@code okhttp}
     * @param carrier the object whose method was called (the call, the client, a body handler)
     * @param host the client's target host object, or null when the request carries it
     * @param request the client's request object, or null when the carrier carries it
     * @return null to let it run unprotected; a {@link Verdict} when the breaker refused it (what to
     *     do instead); otherwise the exchange, for {@link #finish}, {@link #follow} or {@link #release}
     */
    Object begin(String client, Object carrier, Object host, Object request);

    /** A synchronous exchange ended with the client's response or a throwable: null to keep it, or what to do instead. */
    Verdict finish(Object exchange, Object response, Throwable thrown);

    /**
     * An asynchronous exchange goes on through {@code pending} (a future or a callback): what the client
     * should use instead. When {@code exchangeOrVerdict} is a {@link Verdict} the exchange was refused, and
     * the verdict is delivered through {@code pending}'s failure path (or its fallback response).
     */
    Object follow(String client, Object exchangeOrVerdict, Object carrier, Object pending);

    /** The exchange ended without an outcome to record (it never started, or was cancelled). */
    void release(Object exchange);

    /** An {@code HttpURLConnection} is about to connect, send or read: null to go on, or what to do instead. */
    Verdict open(Object connection);

    /**
     * An {@code HttpURLConnection} method returned or threw.
     *
     * @param responseKnown the method reads the response ({@code getInputStream}), so the exchange ends here;
     *     otherwise ({@code connect}, {@code getOutputStream}) it only ends when the method threw
     */
    Verdict responded(Object connection, boolean responseKnown, Throwable thrown);

    /** The response a fallback answers for this connection, or null when the server's stands. */
    FallbackResponse answerOf(Object connection);

    /** The connection was disconnected: an exchange still open gives up its permission. */
    void closed(Object connection);
}
