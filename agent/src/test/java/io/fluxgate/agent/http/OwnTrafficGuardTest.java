package io.fluxgate.agent.http;

import io.fluxgate.HttpCallNotPermittedException;
import io.fluxgate.agent.bootstrap.HttpBridge;
import io.fluxgate.agent.bootstrap.OwnTraffic;
import io.fluxgate.agent.bootstrap.Verdict;
import io.fluxgate.agent.policy.Policy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Each of the two marks of the agent's own traffic, on its own, keeps an exchange away from the
 * breakers: the {@link OwnTraffic} mark on any thread, and a thread named like the agent's. The
 * policy refuses every exchange, so an exchange that reached the breakers would be refused.
 */
class OwnTrafficGuardTest {
    private final ExecutorService applicationThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "app"));
    private final ExecutorService agentThread = Executors.newSingleThreadExecutor(
            r -> new Thread(r, HttpBridge.AGENT_THREAD_PREFIX + "test"));

    @BeforeEach
    void refuseEveryExchange() {
        Policy policy = HttpPolicies.of("\"all\": {\"state\": \"forced_open\"}",
                "{\"http\": {\"client\": \"httpurlconnection\"}, \"breaker\": \"all\"}");
        HttpWeaving.install(policy, HttpPolicies.breakers(policy), new RecordingInstrumentation());
    }

    @AfterEach
    void uninstall() {
        HttpBridge.install(null);
        applicationThread.shutdownNow();
        agentThread.shutdownNow();
    }

    /** What the woven {@code connect()} of a fresh connection is told: null to go on. */
    private static Verdict connecting() {
        try {
            Object connection = new URL("http://127.0.0.1:9/own").openConnection();   // nothing is sent
            try {
                return HttpBridge.open(connection);
            } finally {
                HttpBridge.leave();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T on(ExecutorService thread, Supplier<T> task) throws Exception {
        return CompletableFuture.supplyAsync(task, thread).get();
    }

    @Test
    void theApplicationsExchangeIsRefused() throws Exception {
        Verdict verdict = on(applicationThread, OwnTrafficGuardTest::connecting);
        assertInstanceOf(HttpCallNotPermittedException.class, verdict.error);
    }

    @Test
    void anExchangeMarkedAsTheAgentsOwnIsLeftAloneOnAnyThread() throws Exception {
        Verdict verdict = on(applicationThread, () -> {
            OwnTraffic.begin();
            try {
                return connecting();
            } finally {
                OwnTraffic.end();
            }
        });
        assertNull(verdict);
        assertInstanceOf(HttpCallNotPermittedException.class, on(applicationThread, OwnTrafficGuardTest::connecting).error,
                "the mark ends with the request");
    }

    @Test
    void anExchangeOnAnAgentThreadIsLeftAlone() throws Exception {
        assertNull(on(agentThread, OwnTrafficGuardTest::connecting));
    }
}
