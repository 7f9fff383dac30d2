package io.fluxgate.agent.http.okhttp;

import io.fluxgate.agent.bootstrap.Verdict;
import io.fluxgate.agent.http.Exchange;
import io.fluxgate.agent.http.HttpGate;
import io.fluxgate.agent.http.Reflection;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;

/**
 * The application's {@code okhttp3.Callback}, with the exchange's outcome recorded before it is
 * called; a fallback response reaches it through {@code onResponse}, in place of the failure or
 * the failed response.
 */
final class RecordingCallback implements InvocationHandler {
    private final HttpGate gate;
    private final Exchange exchange;
    private final OkHttpApi okhttp;
    private final Object application;

    RecordingCallback(HttpGate gate, Exchange exchange, OkHttpApi okhttp, Object application) {
        this.gate = gate;
        this.exchange = exchange;
        this.okhttp = okhttp;
        this.application = application;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
        if ("onResponse".equals(method.getName())) {
            Verdict verdict = outcome(arguments[1], null);
            if (verdict != null) {
                return Reflection.invoke(okhttp.onResponse, application, arguments[0], verdict.value);
            }
        } else if ("onFailure".equals(method.getName())) {
            Verdict verdict = outcome(null, (Throwable) arguments[1]);
            if (verdict != null) {
                return Reflection.invoke(okhttp.onResponse, application, arguments[0], verdict.value);
            }
        }
        return Reflection.invoke(method, application, arguments);
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
}
