package io.fluxgate.agent.http.urlconnection;

import io.fluxgate.agent.bootstrap.FallbackResponse;
import io.fluxgate.agent.bootstrap.Verdict;
import io.fluxgate.agent.http.Exchange;
import io.fluxgate.agent.http.HttpGate;

import java.io.IOException;
import java.net.HttpURLConnection;

/**
 * One {@code HttpURLConnection} object is one exchange, whichever of its methods the application
 * calls and however often: the first of {@code connect}, {@code getOutputStream} and
 * {@code getInputStream} admits it, the first that knows the response (or a transport failure)
 * records it, and every later call sees the same refusal or fallback response.
 */
public final class ConnectionExchanges {
    /** The exchange was recorded: later calls go on as the connection answers them. */
    private static final Object RECORDED = new Object();

    private final HttpGate gate;
    private final UrlConnectionSupport support;
    // A connection the application dropped is forgotten. Values never refer to their key.
    private final WeakIdentityMap<Object, Object> states = new WeakIdentityMap<>();
    private volatile boolean anyAnswered;

    public ConnectionExchanges(HttpGate gate) {
        this.gate = gate;
        this.support = new UrlConnectionSupport();
    }

    public Verdict open(Object connection) {
        Object state = states.get(connection);
        if (state instanceof Verdict) {
            return (Verdict) state;
        }
        if (state != null) {
            return null;   // under way, or recorded
        }
        Object admitted = gate.admit(support, support.describe(null, null, connection), null, null);
        if (admitted instanceof Verdict) {
            remember(connection, (Verdict) admitted);
            return (Verdict) admitted;
        }
        if (admitted != null) {
            states.put(connection, admitted);
        }
        return null;
    }

    public Verdict responded(Object connection, boolean responseKnown, Throwable thrown) {
        Object state = states.get(connection);
        if (!(state instanceof Exchange) || !responseKnown && thrown == null) {
            return null;
        }
        int status = responseKnown ? statusOf(connection) : -1;
        // getInputStream throws for error statuses too: only a throw without a status is a transport failure
        Verdict verdict = status > 0 || thrown == null ? gate.settle((Exchange) state, status, null, null)
                : gate.settle((Exchange) state, -1, null, thrown);
        if (verdict != null) {
            remember(connection, verdict);
        } else {
            states.put(connection, RECORDED);
        }
        return verdict;
    }

    public FallbackResponse answerOf(Object connection) {
        if (!anyAnswered) {
            return null;
        }
        Object state = states.get(connection);
        if (state instanceof Verdict && ((Verdict) state).value instanceof FallbackResponse) {
            return (FallbackResponse) ((Verdict) state).value;
        }
        return null;
    }

    /** An exchange still waiting for its response when the connection is dropped gives its permission back. */
    public void closed(Object connection) {
        Object state = states.get(connection);
        if (state instanceof Exchange) {
            gate.release((Exchange) state);
            states.put(connection, RECORDED);
        }
    }

    private void remember(Object connection, Verdict verdict) {
        if (verdict.value instanceof FallbackResponse) {
            anyAnswered = true;
        }
        states.put(connection, verdict);
    }

    /** The status the server answered, read from the connection's own record of it; -1 when none came. */
    private static int statusOf(Object connection) {
        try {
            return ((HttpURLConnection) connection).getResponseCode();
        } catch (IOException | RuntimeException noResponse) {
            return -1;
        }
    }
}
