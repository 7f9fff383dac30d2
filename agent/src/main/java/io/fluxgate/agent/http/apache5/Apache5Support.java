package io.fluxgate.agent.http.apache5;

import io.fluxgate.agent.bootstrap.FallbackResponse;
import io.fluxgate.agent.http.ApacheHost;
import io.fluxgate.agent.http.ClientSupport;
import io.fluxgate.agent.http.Endpoint;
import io.fluxgate.agent.http.PerLoader;
import io.fluxgate.agent.http.Reflection;
import io.fluxgate.agent.policy.HttpClientKind;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;

/**
 * Apache HttpClient 5 (classic), reached by reflection on the application's copy. A fallback
 * response is a {@code BasicClassicHttpResponse} adapted to the {@code CloseableHttpResponse} that
 * {@code doExecute} returns.
 */
final class Apache5Support implements ClientSupport {
    private final PerLoader<Api> apis = new PerLoader<>(Api::new);

    @Override
    public HttpClientKind kind() {
        return HttpClientKind.APACHE_HTTPCLIENT_5;
    }

    @Override
    public Endpoint describe(Object client, Object host, Object request) throws Exception {
        Api apache = apis.of(client);
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

    @Override
    public int status(Object response) throws Exception {
        return (Integer) Reflection.invoke(apis.of(response).responseCode, response);
    }

    @Override
    public Object respond(FallbackResponse answer, Object client, Object request) throws Exception {
        Api apache = apis.of(client);
        Object response = apache.newResponse.newInstance(answer.status(), answer.reason());
        Object contentType = null;
        for (int i = 0; i < answer.headerCount(); i++) {
            Reflection.invoke(apache.addHeader, response, answer.headerName(i), answer.headerValue(i));
            if ("Content-Type".equalsIgnoreCase(answer.headerName(i))) {
                contentType = Reflection.invoke(apache.parseContentType, null, answer.headerValue(i));
            }
        }
        Reflection.invoke(apache.setEntity, response, apache.newEntity.newInstance(answer.body(), contentType));
        return Reflection.invoke(apache.adapt, null, response);
    }

    /** The members of one HttpClient 5 (one class loader's), found once. */
    private static final class Api {
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
