package io.fluxgate.agent.http;

import io.fluxgate.CircuitBreaker;
import io.fluxgate.HttpCallNotPermittedException;
import io.fluxgate.State;
import io.fluxgate.agent.bootstrap.FallbackResponse;
import io.fluxgate.agent.bootstrap.Verdict;
import io.fluxgate.agent.policy.HttpClientKind;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CancellationException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** One exchange is one breaker call: {@code failOn} statuses are failures, transport errors go to the tracker. */
class HttpGateTest {
    private static final String BREAKERS = "\"svc\": {\"window\": \"CountWindow(10)\", \"tripper\": \"FailureStreak(5)\","
            + " \"tracker\": \"TypeOf(java.io.IOException)\", \"retry\": \"Never()\", \"permit\": \"All()\"}";
    private static final StubClient CLIENT = new StubClient(HttpClientKind.OKHTTP);

    private final HttpRoutes routes = HttpPolicies.routes(HttpPolicies.of(BREAKERS,
            "{\"http\": {\"path\": \"/api/*\"}, \"breaker\": \"svc\", \"failOn\": {\"status\": [\"5xx\", 429]}},"
            + "{\"http\": {\"path\": \"/answered/*\"}, \"breaker\": \"svc\", \"fallbackOn\": \"tracked\","
            + " \"failOn\": {\"status\": [503]},"
            + " \"fallback\": {\"response\": {\"status\": 200, \"body\": \"cached\", \"headers\": {\"X-From\": \"fallback\"}}}}"));
    private final HttpGate gate = new HttpGate(routes);

    private Exchange begin(String request) throws Exception {
        return (Exchange) gate.begin(CLIENT, null, null, request);
    }

    private CircuitBreaker svc() {
        return routes.breakers().of(routes.targets().all().get(0), null);
    }

    @Test
    void failOnStatusesAndClassesAreFailuresOtherStatusesSuccesses() throws Exception {
        for (int status : new int[] {200, 404, 503, 301, 429, 500, 599}) {
            assertNull(gate.finish(begin("GET http://h/api/1"), status, null));
        }
        assertEquals(7, svc().info().metric().totalCount());
        assertEquals(4, svc().info().metric().failureCount(), "503, 429, 500 and 599");
        assertEquals(3, svc().info().consecutiveFailures(), "429, 500 and 599 were failures in a row");
    }

    @Test
    void transportErrorsGoToTheTrackerAndCancellationsRecordNothing() throws Exception {
        gate.finish(begin("GET http://h/api/1"), null, new IOException("connection refused"));
        gate.finish(begin("GET http://h/api/1"), null, new IllegalStateException("not tracked"));
        gate.finish(begin("GET http://h/api/1"), null, new CancellationException());
        gate.release(begin("GET http://h/api/1"));

        assertEquals(1, svc().info().metric().totalCount(), "an exception the tracker ignores counts for nothing");
        assertEquals(1, svc().info().metric().failureCount());
    }

    @Test
    void anExchangeRecordsOneOutcomeHoweverOftenItEnds() throws Exception {
        Exchange exchange = begin("GET http://h/api/1");
        gate.finish(exchange, 503, null);
        gate.finish(exchange, 200, null);
        gate.settle(exchange, -1, null, new IOException("late"));
        gate.release(exchange);

        assertEquals(1, svc().info().metric().totalCount());
    }

    @Test
    void aRefusalIsAnIOExceptionNamingTheBreakerAndItsState() throws Exception {
        svc().forceOpen();

        Verdict refused = (Verdict) gate.begin(CLIENT, null, null, "GET http://h/api/1");

        HttpCallNotPermittedException error = assertInstanceOf(HttpCallNotPermittedException.class, refused.error);
        assertInstanceOf(IOException.class, error);
        assertEquals("svc", error.breakerName());
        assertEquals(State.FORCED_OPEN, error.state());
        assertEquals(true, error.getMessage().contains("'svc'") && error.getMessage().contains("forced_open"),
                error.getMessage());
    }

    @Test
    void aResponseFallbackAnswersRefusalsAndTrackedFailures() throws Exception {
        Verdict replaced = gate.finish(begin("GET http://h/answered/1"), 503, null);
        FallbackResponse answer = (FallbackResponse) replaced.value;
        assertEquals(200, answer.status());
        assertEquals("fallback", answer.headerField("x-from"));
        assertEquals("cached", new String(answer.body(), StandardCharsets.UTF_8));
        assertNull(gate.finish(begin("GET http://h/answered/1"), 500, null), "500 is not in this target's failOn");

        svc().forceOpen();
        Verdict refused = (Verdict) gate.begin(CLIENT, null, null, "GET http://h/answered/1");
        assertNull(refused.error);
        assertEquals(200, ((FallbackResponse) refused.value).status());
    }

    @Test
    void anExchangeWhoseRequestTheClientCannotReadRunsUnprotected() throws Exception {
        ClientSupport unreadable = new ClientSupport() {
            @Override
            public HttpClientKind kind() {
                return HttpClientKind.OKHTTP;
            }

            @Override
            public Endpoint describe(Object carrier, Object host, Object request) {
                return null;
            }

            @Override
            public int status(Object response) {
                return (Integer) response;
            }

            @Override
            public Object respond(FallbackResponse answer, Object carrier, Object request) {
                return answer;
            }
        };
        svc().forceOpen();

        assertNull(gate.begin(unreadable, null, null, "GET http://h/api/1"), "neither admitted nor refused");
    }

    @Test
    void exchangesNoTargetCoversAreLeftAlone() throws Exception {
        assertNull(gate.begin(CLIENT, null, null, "GET http://h/other"));
        assertSame(routes, gate.routes());
    }
}
