package io.fluxgate.agent.http.apache4;

import io.fluxgate.agent.bootstrap.FallbackResponse;
import io.fluxgate.agent.http.ApacheHost;
import io.fluxgate.agent.http.ClientSupport;
import io.fluxgate.agent.http.Endpoint;
import io.fluxgate.agent.http.PerLoader;
import io.fluxgate.agent.http.Proxies;
import io.fluxgate.agent.http.Reflection;
import io.fluxgate.agent.policy.HttpClientKind;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;

/**
 * Apache HttpClient 4, reached by reflection on the application's copy. A fallback response is a
 * {@code BasicHttpResponse} behind a {@code CloseableHttpResponse} whose {@code close()} has
 * nothing to release.
 */
final class Apache4Support implements ClientSupport {
    private final PerLoader<Api> apis = new PerLoader<>(Api::new);

    @Override
    public HttpClientKind kind() {
        return HttpClientKind.APACHE_HTTPCLIENT_4;
    }

    @Override
    public Endpoint describe(Object client, Object host, Object request) throws Exception {
        Api apache = apis.of(client);
        Object line = Reflection.invoke(apache.requestLine, request);
        String method = (String) Reflection.invoke(apache.lineMethod, line);
        String uri = (String) Reflection.invoke(apache.lineUri, line);
        if (host == null) {
            return Endpoint.of(method, null, null, -1, uri);   // an absolute URI names the host
        }
        return apache.host.endpoint(method, host, uri);
    }

    @Override
    public int status(Object response) throws Exception {
        Api apache = apis.of(response);
        return (Integer) Reflection.invoke(apache.statusCode, Reflection.invoke(apache.statusLine, response));
    }

    @Override
    public Object respond(FallbackResponse answer, Object client, Object request) throws Exception {
        Api apache = apis.of(client);
        Object response = apache.newResponse.newInstance(apache.http11, answer.status(), answer.reason());
        Object entity = apache.newEntity.newInstance((Object) answer.body());
        for (int i = 0; i < answer.headerCount(); i++) {
            Reflection.invoke(apache.addHeader, response, answer.headerName(i), answer.headerValue(i));
            if ("Content-Type".equalsIgnoreCase(answer.headerName(i))) {
                Reflection.invoke(apache.setContentType, entity, answer.headerValue(i));
            }
        }
        Reflection.invoke(apache.setEntity, response, entity);
        return Proxies.implement(apache.closeableResponse, "fallback response " + answer.statusLine(),
                (proxy, method, arguments) -> "close".equals(method.getName()) && method.getParameterCount() == 0
                        ? null : Reflection.invoke(method, response, arguments));
    }

    /** The members of one HttpClient 4 (one class loader's), found once. */
    private static final class Api {
        final Method requestLine;
        final Method lineMethod;
        final Method lineUri;
        final ApacheHost host;
        final Method statusLine;
        final Method statusCode;
        final Class<?> closeableResponse;
        final Constructor<?> newResponse;
        final Constructor<?> newEntity;
        final Method addHeader;
        final Method setEntity;
        final Method setContentType;
        final Object http11;

        Api(ClassLoader loader) throws ReflectiveOperationException {
            requestLine = Reflection.method(loader, "org.apache.http.HttpRequest", "getRequestLine");
            lineMethod = Reflection.method(loader, "org.apache.http.RequestLine", "getMethod");
            lineUri = Reflection.method(loader, "org.apache.http.RequestLine", "getUri");
            host = new ApacheHost(loader, Apache4Instrumentation.HOST);
            statusLine = Reflection.method(loader, "org.apache.http.HttpResponse", "getStatusLine");
            statusCode = Reflection.method(loader, "org.apache.http.StatusLine", "getStatusCode");
            closeableResponse = Reflection.type(loader, "org.apache.http.client.methods.CloseableHttpResponse");
            Class<?> version = Reflection.type(loader, "org.apache.http.ProtocolVersion");
            newResponse = Reflection.type(loader, "org.apache.http.message.BasicHttpResponse")
                    .getConstructor(version, int.class, String.class);
            newEntity = Reflection.type(loader, "org.apache.http.entity.ByteArrayEntity").getConstructor(byte[].class);
            addHeader = Reflection.method(loader, "org.apache.http.HttpMessage", "addHeader", "java.lang.String",
                    "java.lang.String");
            setEntity = Reflection.method(loader, "org.apache.http.HttpResponse", "setEntity", "org.apache.http.HttpEntity");
            setContentType = Reflection.method(loader, "org.apache.http.entity.AbstractHttpEntity", "setContentType",
                    "java.lang.String");
            http11 = Reflection.type(loader, "org.apache.http.HttpVersion").getField("HTTP_1_1").get(null);
        }
    }
}
