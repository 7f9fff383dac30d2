package io.fluxgate.agent.http.jdkclient;

import io.fluxgate.agent.bootstrap.FallbackResponse;
import io.fluxgate.agent.bootstrap.Verdict;
import io.fluxgate.agent.http.ClientSupport;
import io.fluxgate.agent.http.Endpoint;
import io.fluxgate.agent.http.Exchange;
import io.fluxgate.agent.http.HttpGate;
import io.fluxgate.agent.http.Reflection;
import io.fluxgate.agent.policy.HttpClientKind;

import java.io.Closeable;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * The JDK's {@code HttpClient}: its types are JDK 11 API, which the agent (Java 8 bytecode) reaches
 * by reflection. The advice passes the request and the body handler; a fallback response runs its
 * body through that handler, so {@code body()} has the type the application asked for.
 */
final class JdkClientSupport implements ClientSupport {
    static final String LABEL = "jdk-httpclient";

    private volatile JdkApi api;

    @Override
    public HttpClientKind kind() {
        return HttpClientKind.JDK_HTTPCLIENT;
    }

    private JdkApi api() throws ReflectiveOperationException {
        JdkApi known = api;
        if (known == null) {
            known = new JdkApi();
            api = known;
        }
        return known;
    }

    @Override
    public Endpoint describe(Object bodyHandler, Object host, Object request) throws Exception {
        JdkApi jdk = api();
        return Endpoint.of((String) Reflection.invoke(jdk.requestMethod, request),
                (URI) Reflection.invoke(jdk.requestUri, request));
    }

    @Override
    public int status(Object response) throws Exception {
        return (Integer) Reflection.invoke(api().statusCode, response);
    }

    @Override
    public Object respond(FallbackResponse answer, Object bodyHandler, Object request) throws Exception {
        return new JdkResponses(api()).respond(answer, bodyHandler, request);
    }

    @Override
    public void discard(Object response) {
        try {
            Object body = Reflection.invoke(api().body, response);
            if (body instanceof Closeable) {
                ((Closeable) body).close();
            }
        } catch (Exception ignored) {
            // nothing to free
        }
    }

    /**
     * A refusal becomes a future already completed; an admitted exchange a future that completes
     * once its outcome is recorded (and replaced by the fallback response where it applies).
     */
    @Override
    public Object follow(HttpGate gate, Object exchangeOrVerdict, Object bodyHandler, Object pending) {
        if (exchangeOrVerdict instanceof Verdict) {
            Verdict refused = (Verdict) exchangeOrVerdict;
            CompletableFuture<Object> answered = new CompletableFuture<>();
            if (refused.error != null) {
                answered.completeExceptionally(refused.error);
            } else {
                answered.complete(refused.value);
            }
            return answered;
        }
        Exchange exchange = (Exchange) exchangeOrVerdict;
        CompletableFuture<?> sent = (CompletableFuture<?>) pending;
        CompletableFuture<Object> answered = new CompletableFuture<>();
        sent.whenComplete((response, error) -> complete(gate, exchange, answered, response, unwrap(error)));
        answered.whenComplete((response, error) -> {
            if (answered.isCancelled()) {
                sent.cancel(true);   // the application gave up: so does the exchange
            }
        });
        return answered;
    }

    private static void complete(HttpGate gate, Exchange exchange, CompletableFuture<Object> answered,
                                 Object response, Throwable error) {
        Verdict verdict;
        try {
            verdict = gate.finish(exchange, response, error);
        } catch (Exception | LinkageError unreadable) {
            gate.release(exchange);
            verdict = null;
        }
        if (verdict != null && verdict.error == null) {
            answered.complete(verdict.value);
        } else if (verdict != null) {
            answered.completeExceptionally(verdict.error);
        } else if (error != null) {
            answered.completeExceptionally(error);
        } else {
            answered.complete(response);
        }
    }

    private static Throwable unwrap(Throwable error) {
        if ((error instanceof CompletionException || error instanceof ExecutionException) && error.getCause() != null) {
            return error.getCause();
        }
        return error;
    }

    /** The members of {@code java.net.http} the support uses, found once. */
    static final class JdkApi {
        final Class<?> httpResponse;
        final Class<?> responseInfo;
        final Class<?> subscription;
        final Method requestMethod;
        final Method requestUri;
        final Method statusCode;
        final Method body;
        final Method handlerApply;
        final Method onSubscribe;
        final Method onNext;
        final Method onComplete;
        final Method getBody;
        final Method headersOf;
        final Object http11;

        JdkApi() throws ReflectiveOperationException {
            ClassLoader platform = Class.forName("java.net.http.HttpClient").getClassLoader();
            httpResponse = Reflection.type(platform, "java.net.http.HttpResponse");
            responseInfo = Reflection.type(platform, "java.net.http.HttpResponse$ResponseInfo");
            subscription = Reflection.type(platform, "java.util.concurrent.Flow$Subscription");
            requestMethod = Reflection.method(platform, "java.net.http.HttpRequest", "method");
            requestUri = Reflection.method(platform, "java.net.http.HttpRequest", "uri");
            statusCode = Reflection.method(platform, "java.net.http.HttpResponse", "statusCode");
            body = Reflection.method(platform, "java.net.http.HttpResponse", "body");
            handlerApply = Reflection.method(platform, "java.net.http.HttpResponse$BodyHandler", "apply",
                    "java.net.http.HttpResponse$ResponseInfo");
            onSubscribe = Reflection.method(platform, "java.util.concurrent.Flow$Subscriber", "onSubscribe",
                    "java.util.concurrent.Flow$Subscription");
            onNext = Reflection.method(platform, "java.util.concurrent.Flow$Subscriber", "onNext", "java.lang.Object");
            onComplete = Reflection.method(platform, "java.util.concurrent.Flow$Subscriber", "onComplete");
            getBody = Reflection.method(platform, "java.net.http.HttpResponse$BodySubscriber", "getBody");
            headersOf = Reflection.method(platform, "java.net.http.HttpHeaders", "of", "java.util.Map",
                    "java.util.function.BiPredicate");
            http11 = enumConstant(Reflection.type(platform, "java.net.http.HttpClient$Version"), "HTTP_1_1");
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private static Object enumConstant(Class<?> type, String name) {
            return Enum.valueOf((Class) type, name);
        }
    }
}
