package io.fluxgate.agent.http.okhttp;

import io.fluxgate.agent.bootstrap.FallbackResponse;
import io.fluxgate.agent.bootstrap.Verdict;
import io.fluxgate.agent.http.ClientSupport;
import io.fluxgate.agent.http.Endpoint;
import io.fluxgate.agent.http.Exchange;
import io.fluxgate.agent.http.HttpGate;
import io.fluxgate.agent.http.PerLoader;
import io.fluxgate.agent.http.Proxies;
import io.fluxgate.agent.http.Reflection;
import io.fluxgate.agent.policy.HttpClientKind;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/** OkHttp's calls, reached by reflection on the application's OkHttp; the advice passes the call. */
final class OkHttpSupport implements ClientSupport {
    static final String LABEL = "okhttp";

    private final PerLoader<OkHttpApi> apis = new PerLoader<>(OkHttpApi::new);

    @Override
    public HttpClientKind kind() {
        return HttpClientKind.OKHTTP;
    }

    @Override
    public Endpoint describe(Object call, Object host, Object request) throws Exception {
        OkHttpApi okhttp = apis.of(call);
        Object sent = Reflection.invoke(okhttp.callRequest, call);
        Object url = Reflection.invoke(okhttp.requestUrl, sent);
        return Endpoint.of((String) Reflection.invoke(okhttp.requestMethod, sent),
                (String) Reflection.invoke(okhttp.urlScheme, url), (String) Reflection.invoke(okhttp.urlHost, url),
                (Integer) Reflection.invoke(okhttp.urlPort, url), (String) Reflection.invoke(okhttp.urlPath, url));
    }

    @Override
    public int status(Object response) throws Exception {
        return (Integer) Reflection.invoke(apis.of(response).responseCode, response);
    }

    @Override
    public Object respond(FallbackResponse answer, Object call, Object request) throws Exception {
        OkHttpApi okhttp = apis.of(call);
        return okhttp.response(answer, Reflection.invoke(okhttp.callRequest, call));
    }

    @Override
    public boolean cancelled(Object call) {
        try {
            return (Boolean) Reflection.invoke(apis.of(call).isCanceled, call);
        } catch (Exception unknown) {
            return false;
        }
    }

    /**
     * A refusal goes to the callback on the client's dispatcher executor, where OkHttp delivers its
     * own failures; an admitted call gets a callback that records the outcome first.
     */
    @Override
    public Object follow(HttpGate gate, Object exchangeOrVerdict, Object call, Object callback) throws Exception {
        OkHttpApi okhttp = apis.of(call);
        if (exchangeOrVerdict instanceof Verdict) {
            Verdict refused = (Verdict) exchangeOrVerdict;
            Runnable delivery = () -> deliver(okhttp, callback, call, refused);
            try {
                executorOf(okhttp, call).execute(delivery);
            } catch (RejectedExecutionException shutDown) {
                delivery.run();
            }
            return callback;
        }
        Exchange exchange = (Exchange) exchangeOrVerdict;
        return Proxies.implement(okhttp.callback, "recording " + callback,
                new RecordingCallback(gate, exchange, okhttp, callback));
    }

    private static Executor executorOf(OkHttpApi okhttp, Object call) throws Exception {
        Object client = Reflection.invoke(okhttp.callClient, call);
        Object dispatcher = Reflection.invoke(okhttp.clientDispatcher, client);
        return (Executor) Reflection.invoke(okhttp.dispatcherExecutor, dispatcher);
    }

    private static void deliver(OkHttpApi okhttp, Object callback, Object call, Verdict refused) {
        try {
            if (refused.error != null) {
                Reflection.invoke(okhttp.onFailure, callback, call, refused.error);
            } else {
                Reflection.invoke(okhttp.onResponse, callback, call, refused.value);
            }
        } catch (RuntimeException | Error fromCallback) {
            throw fromCallback;
        } catch (Exception fromCallback) {
            throw new IllegalStateException("the callback failed: " + fromCallback, fromCallback);
        }
    }
}
