package io.fluxgate.agent.http.apache5;

import io.fluxgate.agent.AgentLog;
import io.fluxgate.agent.bootstrap.FallbackResponse;
import io.fluxgate.agent.bootstrap.Verdict;
import io.fluxgate.agent.http.AnsweredFuture;
import io.fluxgate.agent.http.ApacheHost;
import io.fluxgate.agent.http.ClientSupport;
import io.fluxgate.agent.http.Endpoint;
import io.fluxgate.agent.http.Exchange;
import io.fluxgate.agent.http.FutureRelay;
import io.fluxgate.agent.http.HttpGate;
import io.fluxgate.agent.http.PerLoader;
import io.fluxgate.agent.http.Proxies;
import io.fluxgate.agent.http.Reflection;
import io.fluxgate.agent.policy.HttpClientKind;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.Future;

/**
 * Apache HttpClient 5, reached by reflection on the application's copy. The classic client's advice
 * passes the client, host and request; a fallback response is a {@code BasicClassicHttpResponse}
 * adapted to the {@code CloseableHttpResponse} that {@code doExecute} returns. The async client's
 * advice passes the response consumer, host and request producer; its fallback response is a
 * {@code SimpleHttpResponse}, for the {@code SimpleResponseConsumer} only.
 */
final class Apache5Support implements ClientSupport {
    static final String LABEL = "apache-httpclient-5";

    private final PerLoader<Api> apis = new PerLoader<>(Api::new);
    private final PerLoader<AsyncApi> asyncApis = new PerLoader<>(AsyncApi::new);

    @Override
    public HttpClientKind kind() {
        return HttpClientKind.APACHE_HTTPCLIENT_5;
    }

    @Override
    public Endpoint describe(Object client, Object host, Object request) throws Exception {
        Api apache = apis.of(client);
        if (!apache.request.isInstance(request)) {
            return describeProduced(client, host, request);
        }
        String method = (String) Reflection.invoke(apache.requestMethod, request);
        String path = (String) Reflection.invoke(apache.requestPath, request);
        if (host != null) {
            return apache.host.endpoint(method, host, path);
        }
        Object authority = Reflection.invoke(apache.requestAuthority, request);
        return Endpoint.of(method, (String) Reflection.invoke(apache.requestScheme, request),
                authority == null ? null : (String) Reflection.invoke(apache.authorityHost, authority),
                authority == null ? -1 : (Integer) Reflection.invoke(apache.authorityPort, authority), path);
    }

    /** An async exchange: the request its producer sends, where that can be read; else null (unprotected). */
    private Endpoint describeProduced(Object consumer, Object host, Object producer) throws Exception {
        Object request = asyncApis.of(producer).requestOf(producer);
        if (request == null) {
            AgentLog.once("apache5-producer:" + producer.getClass().getName(), "apache-httpclient-5: the async"
                    + " request producer " + producer.getClass().getName() + " does not say which request it sends;"
                    + " its exchanges run unprotected");
            return null;
        }
        return describe(consumer, host, request);
    }

    /** The status of a response; an async result that is not a response (nor a {@code Message} with one) has none. */
    @Override
    public int status(Object response) throws Exception {
        if (response.getClass().getClassLoader() == null) {
            return -1;   // a JDK type (a String, say) that the application's consumer made
        }
        Api apache;
        try {
            apache = apis.of(response);
        } catch (ReflectiveOperationException notFromTheLibrary) {
            return -1;
        }
        if (apache.response.isInstance(response)) {
            return (Integer) Reflection.invoke(apache.responseCode, response);
        }
        AsyncApi async = asyncApis.of(response);
        return async.message.isInstance(response) ? status(Reflection.invoke(async.head, response)) : -1;
    }

    @Override
    public Object respond(FallbackResponse answer, Object carrier, Object request) throws Exception {
        Api apache = apis.of(carrier);
        AsyncApi async = asyncApis.of(carrier);
        boolean classic = !async.consumer.isInstance(carrier);
        Object response = classic ? apache.newResponse.newInstance(answer.status(), answer.reason())
                : async.emptyResponse(answer, carrier);
        Object contentType = null;
        for (int i = 0; i < answer.headerCount(); i++) {
            Reflection.invoke(apache.addHeader, response, answer.headerName(i), answer.headerValue(i));
            if ("Content-Type".equalsIgnoreCase(answer.headerName(i))) {
                contentType = Reflection.invoke(apache.parseContentType, null, answer.headerValue(i));
            }
        }
        if (!classic) {
            async.setBody(response, answer.body(), contentType);
            return response;
        }
        Reflection.invoke(apache.setEntity, response, apache.newEntity.newInstance(answer.body(), contentType));
        return Reflection.invoke(apache.adapt, null, response);
    }

    /**
     * The async client: a refusal becomes a future already answered (its callback told); an admitted
     * exchange first gets the callback the client is given ({@code carrier} the response consumer,
     * {@code pending} the application's callback), then the future the application is given
     * ({@code carrier} that callback, {@code pending} the client's future).
     */
    @Override
    public Object follow(HttpGate gate, Object exchangeOrVerdict, Object carrier, Object pending) throws Exception {
        if (exchangeOrVerdict instanceof Verdict) {
            return FutureRelay.refused((Verdict) exchangeOrVerdict, ApplicationCallback.of(asyncApis.of(carrier),
                    pending));
        }
        if (pending instanceof Future && Proxy.isProxyClass(carrier.getClass())
                && Proxy.getInvocationHandler(carrier) instanceof RelayingCallback) {
            FutureRelay relay = ((RelayingCallback) Proxy.getInvocationHandler(carrier)).relay();
            relay.answered().follows((Future<?>) pending);
            return relay.answered();
        }
        AsyncApi async = asyncApis.of(carrier);
        FutureRelay relay = new FutureRelay(gate, (Exchange) exchangeOrVerdict, new AnsweredFuture(),
                ApplicationCallback.of(async, pending));
        return Proxies.implement(async.callback, "recording " + pending, new RelayingCallback(relay));
    }

    /** The members of one HttpClient 5 (one class loader's), found once. */
    private static final class Api {
        final Class<?> request;
        final Class<?> response;
        final Method requestMethod;
        final Method requestPath;
        final Method requestScheme;
        final Method requestAuthority;
        final Method authorityHost;
        final Method authorityPort;
        final ApacheHost host;
        final Method responseCode;
        final Constructor<?> newResponse;
        final Constructor<?> newEntity;
        final Method addHeader;
        final Method setEntity;
        final Method parseContentType;
        final Method adapt;

        Api(ClassLoader loader) throws ReflectiveOperationException {
            String request = "org.apache.hc.core5.http.HttpRequest";
            this.request = Reflection.type(loader, request);
            response = Reflection.type(loader, "org.apache.hc.core5.http.HttpResponse");
            requestMethod = Reflection.method(loader, request, "getMethod");
            requestPath = Reflection.method(loader, request, "getPath");
            requestScheme = Reflection.method(loader, request, "getScheme");
            requestAuthority = Reflection.method(loader, request, "getAuthority");
            authorityHost = Reflection.method(loader, "org.apache.hc.core5.net.URIAuthority", "getHostName");
            authorityPort = Reflection.method(loader, "org.apache.hc.core5.net.URIAuthority", "getPort");
            host = new ApacheHost(loader, Apache5Instrumentation.HOST);
            responseCode = Reflection.method(loader, "org.apache.hc.core5.http.HttpResponse", "getCode");
            newResponse = Reflection.type(loader, "org.apache.hc.core5.http.message.BasicClassicHttpResponse")
                    .getConstructor(int.class, String.class);
            Class<?> contentType = Reflection.type(loader, "org.apache.hc.core5.http.ContentType");
            newEntity = Reflection.type(loader, "org.apache.hc.core5.http.io.entity.ByteArrayEntity")
                    .getConstructor(byte[].class, contentType);
            addHeader = Reflection.method(loader, "org.apache.hc.core5.http.HttpMessage", "addHeader", "java.lang.String",
                    "java.lang.Object");
            setEntity = Reflection.method(loader, "org.apache.hc.core5.http.HttpEntityContainer", "setEntity",
                    "org.apache.hc.core5.http.HttpEntity");
            parseContentType = Reflection.method(loader, "org.apache.hc.core5.http.ContentType", "parse",
                    "java.lang.CharSequence");
            adapt = Reflection.method(loader, Apache5Instrumentation.RESPONSE, "adapt",
                    "org.apache.hc.core5.http.ClassicHttpResponse");
        }
    }
}
