package io.fluxgate.agent.http.jdkclient;

import io.fluxgate.agent.bootstrap.FallbackResponse;
import io.fluxgate.agent.http.Proxies;
import io.fluxgate.agent.http.Reflection;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiPredicate;

/**
 * A fallback response as a {@code java.net.http.HttpResponse}: its body goes through the
 * application's own body handler, as a server's body would.
 */
final class JdkResponses {
    private static final long BODY_WAIT_SECONDS = 10;

    private final JdkClientSupport.JdkApi jdk;

    JdkResponses(JdkClientSupport.JdkApi jdk) {
        this.jdk = jdk;
    }

    Object respond(FallbackResponse answer, Object bodyHandler, Object request) throws Exception {
        BiPredicate<String, String> all = (name, value) -> true;
        Object headers = Reflection.invoke(jdk.headersOf, null, headerMap(answer), all);
        Object info = Proxies.implement(jdk.responseInfo, "fallback response info " + answer.status(),
                (proxy, method, arguments) -> {
                    switch (method.getName()) {
                        case "statusCode": return answer.status();
                        case "headers": return headers;
                        case "version": return jdk.http11;
                        default: return Proxies.unknown(method);
                    }
                });
        Object body = body(answer, Reflection.invoke(jdk.handlerApply, bodyHandler, info));
        URI uri = (URI) Reflection.invoke(jdk.requestUri, request);
        String description = "(" + Reflection.invoke(jdk.requestMethod, request) + " " + uri + ") " + answer.status();
        return Proxies.implement(jdk.httpResponse, description, (proxy, method, arguments) -> {
            switch (method.getName()) {
                case "statusCode": return answer.status();
                case "request": return request;
                case "previousResponse": return Optional.empty();
                case "headers": return headers;
                case "body": return body;
                case "sslSession": return Optional.empty();
                case "uri": return uri;
                case "version": return jdk.http11;
                default: return Proxies.unknown(method);
            }
        });
    }

    /** Feeds the body to the handler's subscriber when it asks for it, and waits for the body it makes. */
    private Object body(FallbackResponse answer, Object subscriber) throws Exception {
        byte[] bytes = answer.body();
        AtomicBoolean delivered = new AtomicBoolean();
        Object subscription = Proxies.implement(jdk.subscription, "fallback body", (proxy, method, arguments) -> {
            if ("request".equals(method.getName()) && delivered.compareAndSet(false, true)) {
                if (bytes.length > 0) {
                    Reflection.invoke(jdk.onNext, subscriber,
                            Collections.singletonList(ByteBuffer.wrap(bytes).asReadOnlyBuffer()));
                }
                Reflection.invoke(jdk.onComplete, subscriber);
            }
            return null;
        });
        Reflection.invoke(jdk.onSubscribe, subscriber, subscription);
        CompletionStage<?> stage = (CompletionStage<?>) Reflection.invoke(jdk.getBody, subscriber);
        try {
            return stage.toCompletableFuture().get(BODY_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException failed) {
            Throwable cause = failed.getCause() == null ? failed : failed.getCause();
            throw new IOException("the body handler could not read the fallback response's body: " + cause, cause);
        }
    }

    private static Map<String, List<String>> headerMap(FallbackResponse answer) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 0; i < answer.headerCount(); i++) {
            headers.computeIfAbsent(answer.headerName(i), name -> new ArrayList<>()).add(answer.headerValue(i));
        }
        return new LinkedHashMap<>(headers);
    }
}
