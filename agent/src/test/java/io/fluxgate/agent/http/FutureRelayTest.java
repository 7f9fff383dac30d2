package io.fluxgate.agent.http;

import io.fluxgate.CircuitBreaker;
import io.fluxgate.HttpCallNotPermittedException;
import io.fluxgate.agent.bootstrap.FallbackResponse;
import io.fluxgate.agent.bootstrap.Verdict;
import io.fluxgate.agent.policy.HttpClientKind;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An asynchronous exchange with a future and a callback: its outcome is recorded once, and the
 * future and the callback both get the same answer (the outcome, the fallback response, or the refusal).
 */
class FutureRelayTest {
    private static final String BREAKERS = "\"svc\": {\"window\": \"CountWindow(10)\", \"tripper\": \"FailureStreak(5)\","
            + " \"tracker\": \"TypeOf(java.io.IOException)\", \"retry\": \"Never()\", \"permit\": \"All()\"}";
    private static final StubClient CLIENT = new StubClient(HttpClientKind.APACHE_HTTPCLIENT_5);

    private final HttpRoutes routes = HttpPolicies.routes(HttpPolicies.of(BREAKERS,
            "{\"http\": {\"path\": \"/api/*\"}, \"breaker\": \"svc\", \"failOn\": {\"status\": [\"5xx\"]}},"
            + "{\"http\": {\"path\": \"/answered/*\"}, \"breaker\": \"svc\", \"fallbackOn\": \"any\","
            + " \"failOn\": {\"status\": [503]}, \"fallback\": {\"response\": {\"status\": 200, \"body\": \"cached\"}}}"));
    private final HttpGate gate = new HttpGate(routes);
    private final Heard callback = new Heard();
    private final AnsweredFuture answered = new AnsweredFuture();

    private FutureRelay relay(String request) throws Exception {
        return new FutureRelay(gate, (Exchange) gate.begin(CLIENT, null, null, request), answered, callback);
    }

    private CircuitBreaker svc() {
        return routes.breakers().of(routes.targets().all().get(0), null);
    }

    @Test
    void aResponseIsRecordedThenReachesTheFutureAndTheCallback() throws Exception {
        relay("GET http://h/api/1").completed(200);
        FutureRelay failing = new FutureRelay(gate, (Exchange) gate.begin(CLIENT, null, null, "GET http://h/api/1"),
                new AnsweredFuture(), FutureRelay.NONE);
        failing.completed(502);

        assertEquals(200, answered.get());
        assertEquals(List.of("completed 200"), callback.calls);
        assertEquals(502, failing.answered().get(), "a failOn response still reaches the application");
        assertEquals(2, svc().info().metric().totalCount());
        assertEquals(1, svc().info().metric().failureCount(), "the 502 is in failOn");
    }

    @Test
    void aTransportFailureIsTrackedAndReachesBoth() throws Exception {
        IOException refusedConnection = new IOException("connection refused");
        relay("GET http://h/api/1").failed(refusedConnection);

        ExecutionException thrown = assertThrows(ExecutionException.class, answered::get);
        assertSame(refusedConnection, thrown.getCause());
        assertEquals(List.of("failed " + refusedConnection), callback.calls);
        assertEquals(1, svc().info().metric().failureCount());
    }

    @Test
    void aCancelledExchangeRecordsNothing() throws Exception {
        FutureRelay relay = relay("GET http://h/api/1");
        relay.cancelled();
        relay.completed(200);   // a late word from the client changes nothing

        assertTrue(answered.isCancelled());
        assertEquals("cancelled", callback.calls.get(0));
        assertEquals(0, svc().info().metric().totalCount());
    }

    @Test
    void aFallbackResponseReplacesATrackedOutcomeInBoth() throws Exception {
        relay("GET http://h/answered/1").completed(503);
        FutureRelay failing = new FutureRelay(gate, (Exchange) gate.begin(CLIENT, null, null, "GET http://h/answered/1"),
                new AnsweredFuture(), FutureRelay.NONE);
        failing.failed(new IOException("reset"));

        FallbackResponse answer = assertInstanceOf(FallbackResponse.class, answered.get());
        assertEquals(200, answer.status());
        assertEquals(List.of("completed " + answer), callback.calls);
        assertInstanceOf(FallbackResponse.class, failing.answered().get(), "in place of a tracked exception too");
        assertEquals(2, svc().info().metric().failureCount(), "and both are recorded as failures");
    }

    @Test
    void aRefusalAnswersAtOnceWithTheExceptionOrTheFallbackResponse() throws Exception {
        svc().forceOpen();

        Verdict refusal = (Verdict) gate.begin(CLIENT, null, null, "GET http://h/api/1");
        AnsweredFuture refused = FutureRelay.refused(refusal, callback);
        ExecutionException thrown = assertThrows(ExecutionException.class, refused::get);
        assertInstanceOf(HttpCallNotPermittedException.class, thrown.getCause());
        assertEquals(List.of("failed " + thrown.getCause()), callback.calls);

        AnsweredFuture fallback = FutureRelay.refused((Verdict) gate.begin(CLIENT, null, null, "GET http://h/answered/1"),
                FutureRelay.NONE);
        assertEquals(200, ((FallbackResponse) fallback.get()).status());
    }

    @Test
    void cancellingTheAnsweredFutureCancelsTheClientsOwn() {
        CompletableFuture<Object> clientFuture = new CompletableFuture<>();
        answered.follows(clientFuture);
        answered.cancel(true);
        assertTrue(clientFuture.isCancelled());

        AnsweredFuture cancelledEarly = new AnsweredFuture();
        cancelledEarly.cancel(false);
        CompletableFuture<Object> late = new CompletableFuture<>();
        cancelledEarly.follows(late);
        assertTrue(late.isCancelled(), "a future cancelled before the client's was known cancels it when it is");

        AnsweredFuture done = new AnsweredFuture();
        CompletableFuture<Object> sent = new CompletableFuture<>();
        done.follows(sent);
        done.complete("answer");
        assertFalse(done.cancel(true));
        assertFalse(sent.isCancelled(), "a completed future cancels nothing");
    }

    /** The application's callback: what it was told, in order. */
    private static final class Heard implements FutureRelay.Callback {
        final List<String> calls = new ArrayList<>();

        @Override
        public void completed(Object result) {
            calls.add("completed " + result);
        }

        @Override
        public void failed(Exception failure) {
            calls.add("failed " + failure);
        }

        @Override
        public void cancelled() {
            calls.add("cancelled");
        }
    }
}
