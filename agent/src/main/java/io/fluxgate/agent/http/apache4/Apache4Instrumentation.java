package io.fluxgate.agent.http.apache4;

import io.fluxgate.agent.http.ApacheHost;
import io.fluxgate.agent.http.ClientInstrumentation;
import io.fluxgate.agent.http.ClientSupport;
import io.fluxgate.agent.http.ExecuteAdvice;
import io.fluxgate.agent.http.Reference;
import io.fluxgate.agent.http.TypeInstrumentation;
import io.fluxgate.agent.policy.HttpClientKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.not;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

/**
 * Apache HttpClient 4.5.x: the library's own {@code CloseableHttpClient} implementations (the
 * builder's, the minimal one, and the deprecated {@code DefaultHttpClient} family).
 */
public final class Apache4Instrumentation implements ClientInstrumentation {
    static final String CLIENT = "org.apache.http.impl.client.CloseableHttpClient";
    static final String HOST = "org.apache.http.HttpHost";
    private static final String REQUEST = "org.apache.http.HttpRequest";

    @Override
    public HttpClientKind kind() {
        return HttpClientKind.APACHE_HTTPCLIENT_4;
    }

    @Override
    public String library() {
        return "apache-httpclient-4";
    }

    @Override
    public String markerClass() {
        return "org.apache.http.client.HttpClient";
    }

    @Override
    public List<Reference> references() {
        List<Reference> references = new ArrayList<>();
        references.add(Reference.method(CLIENT, "doExecute", HOST, REQUEST, "org.apache.http.protocol.HttpContext"));
        references.addAll(ApacheHost.references(HOST));
        references.addAll(Arrays.asList(
                Reference.method(REQUEST, "getRequestLine"),
                Reference.method("org.apache.http.RequestLine", "getMethod"),
                Reference.method("org.apache.http.RequestLine", "getUri"),
                Reference.method("org.apache.http.HttpResponse", "getStatusLine"),
                Reference.method("org.apache.http.StatusLine", "getStatusCode"),
                Reference.type("org.apache.http.client.methods.CloseableHttpResponse"),
                Reference.method("org.apache.http.message.BasicHttpResponse", "setEntity", "org.apache.http.HttpEntity"),
                Reference.method("org.apache.http.entity.ByteArrayEntity", "setContentType", "java.lang.String"),
                Reference.type("org.apache.http.HttpVersion")));
        return references;
    }

    @Override
    public List<TypeInstrumentation> types() {
        return Collections.singletonList(TypeInstrumentation.of(
                        "org.apache.http.impl.client.InternalHttpClient", "org.apache.http.impl.client.MinimalHttpClient",
                        "org.apache.http.impl.client.AbstractHttpClient")
                .advise(named("doExecute").and(takesArguments(3)).and(not(isAbstract())), ExecuteAdvice.class));
    }

    @Override
    public ClientSupport support() {
        return new Apache4Support();
    }
}
