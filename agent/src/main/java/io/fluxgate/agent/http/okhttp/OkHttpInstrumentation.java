package io.fluxgate.agent.http.okhttp;

import io.fluxgate.agent.http.ClientInstrumentation;
import io.fluxgate.agent.http.ClientSupport;
import io.fluxgate.agent.http.ExecuteAdvice;
import io.fluxgate.agent.http.Reference;
import io.fluxgate.agent.http.TypeInstrumentation;
import io.fluxgate.agent.policy.HttpClientKind;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

/** OkHttp 4.x and 5.x (the JVM artifact): {@code RealCall.execute()} and {@code enqueue(Callback)}. */
public final class OkHttpInstrumentation implements ClientInstrumentation {
    static final String REAL_CALL = "okhttp3.internal.connection.RealCall";

    @Override
    public HttpClientKind kind() {
        return HttpClientKind.OKHTTP;
    }

    @Override
    public String library() {
        return "okhttp";
    }

    @Override
    public String markerClass() {
        return "okhttp3.OkHttpClient";
    }

    @Override
    public List<Reference> references() {
        return Arrays.asList(
                Reference.method(REAL_CALL, "execute"),
                Reference.method(REAL_CALL, "enqueue", "okhttp3.Callback"),
                Reference.method(REAL_CALL, "request"),
                Reference.method(REAL_CALL, "isCanceled"),
                Reference.method(REAL_CALL, "getClient"),
                Reference.method("okhttp3.OkHttpClient", "dispatcher"),
                Reference.method("okhttp3.Dispatcher", "executorService"),
                Reference.method("okhttp3.Request", "url"),
                Reference.method("okhttp3.Request", "method"),
                Reference.method("okhttp3.HttpUrl", "scheme"),
                Reference.method("okhttp3.HttpUrl", "host"),
                Reference.method("okhttp3.HttpUrl", "port"),
                Reference.method("okhttp3.HttpUrl", "encodedPath"),
                Reference.method("okhttp3.Response", "code"),
                Reference.method("okhttp3.Response", "close"),
                Reference.method("okhttp3.Response$Builder", "build"),
                Reference.method("okhttp3.Response$Builder", "request", "okhttp3.Request"),
                Reference.method("okhttp3.Response$Builder", "protocol", "okhttp3.Protocol"),
                Reference.method("okhttp3.Response$Builder", "code", "int"),
                Reference.method("okhttp3.Response$Builder", "message", "java.lang.String"),
                Reference.method("okhttp3.Response$Builder", "addHeader", "java.lang.String", "java.lang.String"),
                Reference.method("okhttp3.Response$Builder", "body", "okhttp3.ResponseBody"),
                Reference.method("okhttp3.ResponseBody", "create", "[B", "okhttp3.MediaType"),
                Reference.method("okhttp3.MediaType", "parse", "java.lang.String"),
                Reference.method("okhttp3.Callback", "onFailure", "okhttp3.Call", "java.io.IOException"),
                Reference.method("okhttp3.Callback", "onResponse", "okhttp3.Call", "okhttp3.Response"));
    }

    @Override
    public List<TypeInstrumentation> types() {
        return Collections.singletonList(TypeInstrumentation.of(REAL_CALL)
                .advise(named("execute").and(takesArguments(0)), ExecuteAdvice.class)
                .advise(named("enqueue").and(takesArguments(1)), EnqueueAdvice.class));
    }

    @Override
    public ClientSupport support() {
        return new OkHttpSupport();
    }
}
