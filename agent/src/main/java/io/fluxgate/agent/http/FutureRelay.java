package io.fluxgate.agent.http;

import io.fluxgate.agent.bootstrap.Verdict;

/**
 * Stands between an asynchronous client and the application for one exchange whose outcome
 * arrives through a callback ({@code completed}, {@code failed}, {@code cancelled}): records it
 * once, then completes the {@link AnsweredFuture} and tells the application's callback, with the
 * fallback response where it replaces the outcome.
 */
public final class FutureRelay {
    /** The application's callback, in the client's terms; {@link #NONE} when it gave none. */
    public interface Callback {
        void completed(Object result) throws Exception;

        void failed(Exception failure) throws Exception;

        void cancelled() throws Exception;
    }

    public static final Callback NONE = new Callback() {
        @Override
        public void completed(Object result) {
        }

        @Override
        public void failed(Exception failure) {
        }

        @Override
        public void cancelled() {
        }
    };

    private final HttpGate gate;
    private final Exchange exchange;
    private final AnsweredFuture answered;
    private final Callback application;

    public FutureRelay(HttpGate gate, Exchange exchange, AnsweredFuture answered, Callback application) {
        this.gate = gate;
        this.exchange = exchange;
        this.answered = answered;
        this.application = application;
    }

    /**
     * A refused exchange: the future and the callback answer at once with the refusal (or the
     * fallback response), as the client answers a request that cannot be sent.
     */
    public static AnsweredFuture refused(Verdict refusal, Callback application) throws Exception {
        AnsweredFuture answered = new AnsweredFuture();
        if (refusal.error != null) {
            answered.completeExceptionally(refusal.error);
            application.failed((Exception) refusal.error);
        } else {
            answered.complete(refusal.value);
            application.completed(refusal.value);
        }
        return answered;
    }

    public AnsweredFuture answered() {
        return answered;
    }

    public void completed(Object result) throws Exception {
        Object answer = replacement(outcome(result, null), result);
        answered.complete(answer);
        application.completed(answer);
    }

    public void failed(Exception failure) throws Exception {
        Verdict verdict = outcome(null, failure);
        if (verdict != null) {
            answered.complete(verdict.value);
            application.completed(verdict.value);
        } else {
            answered.completeExceptionally(failure);
            application.failed(failure);
        }
    }

    public void cancelled() throws Exception {
        gate.release(exchange);
        answered.cancel(false);
        application.cancelled();
    }

    /** Records the outcome; the fallback response that replaces it, or null. Never stops the callback. */
    private Verdict outcome(Object response, Throwable failure) {
        try {
            Verdict verdict = gate.finish(exchange, response, failure);
            return verdict != null && verdict.error == null ? verdict : null;
        } catch (Exception | LinkageError unreadable) {
            gate.release(exchange);
            return null;
        }
    }

    private static Object replacement(Verdict verdict, Object result) {
        return verdict != null ? verdict.value : result;
    }
}
