package io.fluxgate.agent.http.okhttp;

import io.fluxgate.agent.bootstrap.FallbackResponse;
import io.fluxgate.agent.http.Reflection;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;

/** The members of one OkHttp (one class loader's) that the support uses, found once. */
final class OkHttpApi {
    private static final String CALL = "okhttp3.internal.connection.RealCall";

    final Class<?> callback;
    final Method callRequest;
    final Method isCanceled;
    final Method callClient;
    final Method clientDispatcher;
    final Method dispatcherExecutor;
    final Method requestUrl;
    final Method requestMethod;
    final Method urlScheme;
    final Method urlHost;
    final Method urlPort;
    final Method urlPath;
    final Method responseCode;
    final Method onFailure;
    final Method onResponse;
    private final Constructor<?> newBuilder;
    private final Method builderRequest;
    private final Method builderProtocol;
    private final Method builderCode;
    private final Method builderMessage;
    private final Method builderHeader;
    private final Method builderBody;
    private final Method builderBuild;
    private final Method createBody;
    private final Method parseMediaType;
    private final Object http11;

    OkHttpApi(ClassLoader loader) throws ReflectiveOperationException {
        callback = Reflection.type(loader, "okhttp3.Callback");
        callRequest = Reflection.method(loader, CALL, "request");
        isCanceled = Reflection.method(loader, CALL, "isCanceled");
        callClient = Reflection.method(loader, CALL, "getClient");
        clientDispatcher = Reflection.method(loader, "okhttp3.OkHttpClient", "dispatcher");
        dispatcherExecutor = Reflection.method(loader, "okhttp3.Dispatcher", "executorService");
        requestUrl = Reflection.method(loader, "okhttp3.Request", "url");
        requestMethod = Reflection.method(loader, "okhttp3.Request", "method");
        urlScheme = Reflection.method(loader, "okhttp3.HttpUrl", "scheme");
        urlHost = Reflection.method(loader, "okhttp3.HttpUrl", "host");
        urlPort = Reflection.method(loader, "okhttp3.HttpUrl", "port");
        urlPath = Reflection.method(loader, "okhttp3.HttpUrl", "encodedPath");
        responseCode = Reflection.method(loader, "okhttp3.Response", "code");
        onFailure = Reflection.method(loader, "okhttp3.Callback", "onFailure", "okhttp3.Call", "java.io.IOException");
        onResponse = Reflection.method(loader, "okhttp3.Callback", "onResponse", "okhttp3.Call", "okhttp3.Response");
        String builder = "okhttp3.Response$Builder";
        newBuilder = Reflection.type(loader, builder).getConstructor();
        builderRequest = Reflection.method(loader, builder, "request", "okhttp3.Request");
        builderProtocol = Reflection.method(loader, builder, "protocol", "okhttp3.Protocol");
        builderCode = Reflection.method(loader, builder, "code", "int");
        builderMessage = Reflection.method(loader, builder, "message", "java.lang.String");
        builderHeader = Reflection.method(loader, builder, "addHeader", "java.lang.String", "java.lang.String");
        builderBody = Reflection.method(loader, builder, "body", "okhttp3.ResponseBody");
        builderBuild = Reflection.method(loader, builder, "build");
        createBody = Reflection.method(loader, "okhttp3.ResponseBody", "create", "[B", "okhttp3.MediaType");
        parseMediaType = Reflection.method(loader, "okhttp3.MediaType", "parse", "java.lang.String");
        http11 = Reflection.method(loader, "okhttp3.Protocol", "valueOf", "java.lang.String").invoke(null, "HTTP_1_1");
    }

    /** {@code new Response.Builder()...build()} answering {@code request} with the fallback response. */
    Object response(FallbackResponse answer, Object request) throws Exception {
        Object builder = newBuilder.newInstance();
        Reflection.invoke(builderRequest, builder, request);
        Reflection.invoke(builderProtocol, builder, http11);
        Reflection.invoke(builderCode, builder, answer.status());
        Reflection.invoke(builderMessage, builder, answer.reason());
        String contentType = null;
        for (int i = 0; i < answer.headerCount(); i++) {
            Reflection.invoke(builderHeader, builder, answer.headerName(i), answer.headerValue(i));
            if ("Content-Type".equalsIgnoreCase(answer.headerName(i))) {
                contentType = answer.headerValue(i);
            }
        }
        Object mediaType = contentType == null ? null : Reflection.invoke(parseMediaType, null, contentType);
        Reflection.invoke(builderBody, builder, Reflection.invoke(createBody, null, answer.body(), mediaType));
        return Reflection.invoke(builderBuild, builder);
    }
}
