package io.fluxgate.agent.http.apache5;

import io.fluxgate.agent.http.ApacheHost;
import io.fluxgate.agent.http.ClientInstrumentation;
import io.fluxgate.agent.http.ClientSupport;
import io.fluxgate.agent.http.ExecuteAdvice;
import io.fluxgate.agent.http.Reference;
import io.fluxgate.agent.http.TypeInstrumentation;
import io.fluxgate.agent.policy.HttpClientKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.not;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

/**
 * Apache HttpClient 5.x: the library's own {@code CloseableHttpClient} implementations (classic API)
 * and {@code CloseableHttpAsyncClient} implementations (async API).
 */
public final class Apache5Instrumentation implements ClientInstrumentation {
    static final String CLIENT = "org.apache.hc.client5.http.impl.classic.CloseableHttpClient";
    static final String RESPONSE = "org.apache.hc.client5.http.impl.classic.CloseableHttpResponse";
    static final String HOST = "org.apache.hc.core5.http.HttpHost";
    private static final String REQUEST = "org.apache.hc.core5.http.HttpRequest";
    private static final String ASYNC_CLIENT = "org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient";

    @Override
    public HttpClientKind kind() {
        return HttpClientKind.APACHE_HTTPCLIENT_5;
    }

    @Override
    public String library() {
        return "apache-httpclient-5";
    }

    @Override
    public String markerClass() {
        return "org.apache.hc.client5.http.classic.HttpClient";
    }

    @Override
    public List<Reference> references() {
        List<Reference> references = new ArrayList<>(Arrays.asList(
                Reference.method(CLIENT, "doExecute", HOST, "org.apache.hc.core5.http.ClassicHttpRequest",
                        "org.apache.hc.core5.http.protocol.HttpContext"),
                Reference.method(RESPONSE, "adapt", "org.apache.hc.core5.http.ClassicHttpResponse")));
        references.addAll(ApacheHost.references(HOST));
        references.addAll(Arrays.asList(
                Reference.method(REQUEST, "getMethod"),
                Reference.method(REQUEST, "getPath"),
                Reference.method(REQUEST, "getScheme"),
                Reference.method(REQUEST, "getAuthority"),
                Reference.method("org.apache.hc.core5.http.HttpResponse", "getCode"),
                Reference.method("org.apache.hc.core5.http.HttpMessage", "addHeader", "java.lang.String", "java.lang.Object"),
                Reference.method("org.apache.hc.core5.http.HttpEntityContainer", "setEntity",
                        "org.apache.hc.core5.http.HttpEntity"),
                Reference.method("org.apache.hc.core5.http.ContentType", "parse", "java.lang.CharSequence"),
                Reference.type("org.apache.hc.core5.http.message.BasicClassicHttpResponse"),
                Reference.type("org.apache.hc.core5.http.io.entity.ByteArrayEntity")));
        references.addAll(asyncReferences());
        return references;
    }

    private static List<Reference> asyncReferences() {
        return Arrays.asList(
                Reference.method(ASYNC_CLIENT, "doExecute", HOST, AsyncApi.PRODUCER, AsyncApi.CONSUMER,
                        "org.apache.hc.core5.http.nio.HandlerFactory", "org.apache.hc.core5.http.protocol.HttpContext",
                        AsyncApi.CALLBACK),
                Reference.type(AsyncApi.BASIC_PRODUCER),
                Reference.type(AsyncApi.SIMPLE_CONSUMER),
                Reference.method(AsyncApi.SIMPLE_RESPONSE, "setBody", "[B", "org.apache.hc.core5.http.ContentType"),
                Reference.method(AsyncApi.MESSAGE, "getHead"),
                Reference.method(AsyncApi.CALLBACK, "completed", "java.lang.Object"),
                Reference.method(AsyncApi.CALLBACK, "failed", "java.lang.Exception"),
                Reference.method(AsyncApi.CALLBACK, "cancelled"));
    }

    @Override
    public List<TypeInstrumentation> types() {
        return Arrays.asList(
                TypeInstrumentation.of(
                        "org.apache.hc.client5.http.impl.classic.InternalHttpClient",
                        "org.apache.hc.client5.http.impl.classic.MinimalHttpClient")
                        .advise(named("doExecute").and(takesArguments(3)).and(not(isAbstract())), ExecuteAdvice.class),
                TypeInstrumentation.of(
                        "org.apache.hc.client5.http.impl.async.InternalAbstractHttpAsyncClient",
                        "org.apache.hc.client5.http.impl.async.AbstractMinimalHttpAsyncClientBase")
                        .advise(named("doExecute").and(takesArguments(6)).and(not(isAbstract())),
                                AsyncExecuteAdvice.class));
    }

    @Override
    public ClientSupport support() {
        return new Apache5Support();
    }
}
