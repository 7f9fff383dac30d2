package io.fluxgate.agent.http.apache5;

import io.fluxgate.agent.bootstrap.FallbackResponse;
import io.fluxgate.agent.http.Reflection;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

/** The members of one HttpClient 5 async API (one class loader's) that the support uses, found once. */
final class AsyncApi {
    static final String PRODUCER = "org.apache.hc.core5.http.nio.AsyncRequestProducer";
    static final String BASIC_PRODUCER = "org.apache.hc.core5.http.nio.support.BasicRequestProducer";
    static final String CONSUMER = "org.apache.hc.core5.http.nio.AsyncResponseConsumer";
    static final String SIMPLE_CONSUMER = "org.apache.hc.client5.http.async.methods.SimpleResponseConsumer";
    static final String SIMPLE_RESPONSE = "org.apache.hc.client5.http.async.methods.SimpleHttpResponse";
    static final String CALLBACK = "org.apache.hc.core5.concurrent.FutureCallback";
    static final String MESSAGE = "org.apache.hc.core5.http.Message";

    final Class<?> producer;
    final Class<?> consumer;
    final Class<?> callback;
    final Class<?> message;
    final Method completed;
    final Method failed;
    final Method cancelled;
    final Method head;
    private final Class<?> basicProducer;
    private final Field producerRequest;
    private final Class<?> simpleConsumer;
    private final Constructor<?> newSimpleResponse;
    private final Method setBody;

    AsyncApi(ClassLoader loader) throws ReflectiveOperationException {
        producer = Reflection.type(loader, PRODUCER);
        consumer = Reflection.type(loader, CONSUMER);
        callback = Reflection.type(loader, CALLBACK);
        message = Reflection.type(loader, MESSAGE);
        completed = Reflection.method(loader, CALLBACK, "completed", "java.lang.Object");
        failed = Reflection.method(loader, CALLBACK, "failed", "java.lang.Exception");
        cancelled = Reflection.method(loader, CALLBACK, "cancelled");
        head = Reflection.method(loader, MESSAGE, "getHead");
        basicProducer = Reflection.type(loader, BASIC_PRODUCER);
        producerRequest = basicProducer.getDeclaredField("request");
        producerRequest.setAccessible(true);
        simpleConsumer = Reflection.type(loader, SIMPLE_CONSUMER);
        newSimpleResponse = Reflection.type(loader, SIMPLE_RESPONSE).getConstructor(int.class, String.class);
        setBody = Reflection.method(loader, SIMPLE_RESPONSE, "setBody", "[B", "org.apache.hc.core5.http.ContentType");
    }

    /** The request a producer sends, or null for a producer of the application's own kind, which is not read. */
    Object requestOf(Object requestProducer) throws IllegalAccessException {
        return basicProducer.isInstance(requestProducer) ? producerRequest.get(requestProducer) : null;
    }

    /**
     * An empty {@code SimpleHttpResponse} for a fallback response, when the response consumer is the
     * library's {@code SimpleResponseConsumer}, whose results are of that type; no other consumer's
     * result type is known.
     */
    Object emptyResponse(FallbackResponse answer, Object responseConsumer) throws ReflectiveOperationException {
        if (!simpleConsumer.isInstance(responseConsumer)) {
            throw new UnsupportedOperationException("the async client's response consumer "
                    + responseConsumer.getClass().getName() + " cannot be given a fallback response (only "
                    + SIMPLE_CONSUMER + " can)");
        }
        return newSimpleResponse.newInstance(answer.status(), answer.reason());
    }

    void setBody(Object simpleResponse, byte[] body, Object contentType) throws Exception {
        Reflection.invoke(setBody, simpleResponse, body, contentType);
    }
}
