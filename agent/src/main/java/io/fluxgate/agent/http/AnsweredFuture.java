package io.fluxgate.agent.http;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

/**
 * The future an asynchronous client call returns in place of the client's own, so that what it
 * completes with is the recorded outcome (or a fallback response, or a refusal). Cancelling it
 * cancels the client's exchange, whose callback then reports the cancellation.
 */
public final class AnsweredFuture extends CompletableFuture<Object> {
    private volatile Future<?> sent;

    /** The client's own future for the exchange, cancelled with this one. */
    public void follows(Future<?> clientFuture) {
        sent = clientFuture;
        if (isCancelled()) {
            clientFuture.cancel(false);
        }
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        Future<?> clientFuture = sent;
        if (cancelled && clientFuture != null) {
            clientFuture.cancel(mayInterruptIfRunning);
        }
        return cancelled;
    }
}
