package io.fluxgate.agent.observe;

import io.fluxgate.agent.runtime.AppliedPolicy;
import io.fluxgate.CallListener;
import io.fluxgate.agent.policy.Policy;
import io.fluxgate.agent.runtime.Breakers;
import io.fluxgate.agent.runtime.FallbackCounter;
import org.junit.jupiter.api.Test;

import javax.management.MBeanServer;
import javax.management.ObjectName;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.fluxgate.agent.observe.Fixtures.breaker;
import static io.fluxgate.agent.observe.Fixtures.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ObservabilityTest {
    private static final MBeanServer MBEANS = ManagementFactory.getPlatformMBeanServer();
    private static final ObjectName INVENTORY_MBEAN = JmxExporterTest.name("inventory");
    private final List<String> said = new ArrayList<>();

    private Observability start(Policy policy, Map<String, String> environment) {
        return Observability.start(policy, environment::get, said::add);
    }

    @Test
    void withoutMetricsTheCallPathStaysBare() {
        Observability observability = start(Fixtures.policy("\"listeners\": [{\"type\": \"log\"}]"), Map.of());
        assertSame(CallListener.NONE, observability.calls());
        assertSame(FallbackCounter.NONE, observability.fallbacks());
        assertEquals(1, observability.listeners().size());
        assertInstanceOf(LogListener.class, observability.listeners().get(0));
        assertEquals(List.of(), said);
    }

    @Test
    void startsEveryListenerAndTheAdminEndpointInPolicyOrder() throws Exception {
        Policy policy = Fixtures.policy("\"listeners\": [{\"type\": \"prometheus\", \"port\": 0}, {\"type\": \"log\"},"
                + " {\"type\": \"jmx\"}, {\"type\": \"slack\", \"webhookUrlEnv\": \"HOOK\"}],\n"
                + "\"admin\": {\"port\": 0}");
        Observability observability = start(policy, Map.of("HOOK", "http://127.0.0.1:9/hook"));
        try {
            assertInstanceOf(PrometheusMetrics.class, observability.calls());
            assertSame(observability.calls(), observability.fallbacks());
            List<Class<?>> kinds = observability.listeners().stream().<Class<?>>map(Object::getClass).toList();
            assertEquals(List.of(PrometheusMetrics.class, LogListener.class, SlackListener.class), kinds);

            Breakers breakers = new Breakers(policy, observability.listeners(), observability.calls());
            observability.watch(breakers, () -> AppliedPolicy.first(policy));
            breaker(breakers, policy, "inventory");
            List<HttpEndpoint> endpoints = observability.endpoints();
            assertEquals(2, endpoints.size());
            assertEquals(List.of("prometheus metrics on " + endpoints.get(0).baseUrl() + "/metrics",
                    "slack: a message per transition to the webhook in $HOOK",
                    "admin endpoint on " + endpoints.get(1).baseUrl()), said);
            assertEquals(200, get(endpoints.get(0).baseUrl() + "/metrics").statusCode());
            assertEquals(200, get(endpoints.get(1).baseUrl() + "/breakers/inventory").statusCode());
            Await.until("the MBean is registered", () -> MBEANS.isRegistered(INVENTORY_MBEAN));
        } finally {
            observability.stop();
        }
        assertFalse(MBEANS.isRegistered(INVENTORY_MBEAN), "stop() removes the MBeans");
    }

    @Test
    void aPortInUseIsReportedAndTheRestRunsOn() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Policy policy = Fixtures.policy("\"listeners\": [{\"type\": \"prometheus\", \"port\": "
                    + taken.getLocalPort() + "}, {\"type\": \"log\"}],\n\"admin\": {\"port\": " + taken.getLocalPort()
                    + ", \"host\": \"localhost\"}");
            Observability observability = start(policy, Map.of());
            Breakers breakers = new Breakers(policy, observability.listeners(), observability.calls());
            observability.watch(breakers, () -> AppliedPolicy.first(policy));

            assertSame(CallListener.NONE, observability.calls(), "no endpoint serves the metrics: nothing counts");
            assertEquals(1, observability.listeners().size());
            assertEquals(2, said.size(), said.toString());
            assertTrue(said.get(0).contains("the prometheus listener is not started: cannot listen on 127.0.0.1:"
                    + taken.getLocalPort()), said.get(0));
            assertTrue(said.get(1).contains("the admin endpoint is not started: cannot listen on localhost:"
                    + taken.getLocalPort()), said.get(1));
        }
    }
}
