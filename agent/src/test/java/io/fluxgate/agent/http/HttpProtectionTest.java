package io.fluxgate.agent.http;

import io.fluxgate.CircuitBreaker;
import io.fluxgate.agent.bootstrap.HttpBridge;
import io.fluxgate.agent.policy.HttpClientKind;
import io.fluxgate.agent.policy.Policy;
import io.fluxgate.agent.runtime.Breakers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.lang.instrument.ClassFileTransformer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A policy reload swaps the http targets and breakers, and weaves the clients the new policy adds. */
class HttpProtectionTest {
    private static final StubClient OKHTTP = new StubClient(HttpClientKind.OKHTTP);
    private static final StubClient APACHE_4 = new StubClient(HttpClientKind.APACHE_HTTPCLIENT_4);

    private final RecordingInstrumentation instrumentation = new RecordingInstrumentation();

    @AfterEach
    void uninstall() {
        HttpBridge.install(null);
    }

    private static Policy policy(String client, String host, String breaker) {
        return HttpPolicies.of("", "{\"http\": {\"client\": \"" + client + "\", \"host\": \"" + host + "\"}, "
                + "\"breaker\": \"" + breaker + "\"}");
    }

    private static CircuitBreaker breakerOf(HttpGate gate, StubClient client, String request) throws Exception {
        Object admitted = gate.begin(client, null, null, request);
        return admitted == null ? null : ((Exchange) admitted).breaker();
    }

    @Test
    void laterExchangesFollowTheNewTargetsAndBreakers() throws Exception {
        Policy first = policy("okhttp", "a.example.com", "a");
        HttpProtection protection = HttpWeaving.install(first, HttpPolicies.breakers(first), instrumentation);
        HttpGate gate = protection.gate();
        Exchange underWay = (Exchange) gate.begin(OKHTTP, null, null, "GET http://a.example.com/");
        assertEquals("a", underWay.breaker().name());
        assertNull(breakerOf(gate, OKHTTP, "GET http://b.example.com/"));

        Policy second = policy("okhttp", "b.example.com", "b");
        Breakers secondBreakers = HttpPolicies.breakers(second);
        protection.update(second, secondBreakers);

        assertNull(breakerOf(gate, OKHTTP, "GET http://a.example.com/"), "a removed target protects no more");
        CircuitBreaker b = breakerOf(gate, OKHTTP, "GET http://b.example.com/");
        assertSame(secondBreakers.get("b"), b, "a new target protects with the new breakers");
        gate.finish(underWay, 200, null);
        assertEquals(1, underWay.breaker().info().metric().totalCount(), "an exchange under way ends on its breaker");
    }

    @Test
    void clientsTheNewPolicyNeedsAreWovenOnceAndNoneAreUnwoven() throws Exception {
        Policy first = policy("okhttp", "*", "a");
        HttpProtection protection = HttpWeaving.install(first, HttpPolicies.breakers(first), instrumentation);
        assertEquals(1, instrumentation.transformers.size());
        assertTrue(weaves("okhttp3/internal/connection/RealCall"));
        assertTrue(!weaves("org/apache/http/impl/client/InternalHttpClient"));

        Policy second = policy("apache-httpclient-4", "*", "b");
        protection.update(second, HttpPolicies.breakers(second));
        assertEquals(2, instrumentation.transformers.size());
        assertTrue(weaves("org/apache/http/impl/client/InternalHttpClient"));
        assertNull(breakerOf(protection.gate(), OKHTTP, "GET http://a.example.com/"));
        assertEquals("b", breakerOf(protection.gate(), APACHE_4, "GET http://a.example.com/").name());

        protection.update(first, HttpPolicies.breakers(first));
        protection.update(second, HttpPolicies.breakers(second));
        assertEquals(2, instrumentation.transformers.size(), "a client is woven once");
    }

    @Test
    void installWorksWhenTheFirstPolicyWithHttpTargetsComesByReload() throws Exception {
        Policy none = HttpPolicies.of("", "");
        HttpProtection protection = HttpWeaving.install(none, HttpPolicies.breakers(none), instrumentation);
        assertEquals(0, instrumentation.transformers.size(), "nothing to weave");

        Policy later = policy("any", "*", "all");
        protection.update(later, HttpPolicies.breakers(later));
        assertEquals(1, instrumentation.transformers.size());
        for (String type : new String[] {"sun/net/www/protocol/http/HttpURLConnection",
                "jdk/internal/net/http/HttpClientImpl", "okhttp3/internal/connection/RealCall",
                "org/apache/hc/client5/http/impl/classic/InternalHttpClient"}) {
            assertTrue(weaves(type), type);
        }
    }

    /** Whether a recorded transformer's gate lets a class with this internal name through to the weaver. */
    private boolean weaves(String internalName) {
        for (ClassFileTransformer transformer : instrumentation.transformers) {
            if (((ClientGate) transformer).weaves(internalName)) {
                return true;
            }
        }
        return false;
    }
}
