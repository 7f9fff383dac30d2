package io.fluxgate.agent.observe;

import io.fluxgate.CallNotPermittedException;
import io.fluxgate.CircuitBreaker;
import io.fluxgate.State;
import io.fluxgate.agent.policy.Policy;
import io.fluxgate.agent.runtime.Breakers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.management.MBeanInfo;
import javax.management.MBeanServer;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static io.fluxgate.agent.observe.Fixtures.breaker;
import static io.fluxgate.agent.observe.Fixtures.call;
import static io.fluxgate.agent.observe.Fixtures.failing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JmxExporterTest {
    private static final MBeanServer MBEANS = ManagementFactory.getPlatformMBeanServer();
    private final List<String> said = new ArrayList<>();

    static ObjectName name(String breaker) {
        try {
            return JmxExporter.objectName(breaker);
        } catch (MalformedObjectNameException e) {
            throw new AssertionError(e);
        }
    }

    @BeforeEach
    @AfterEach
    void unregister() throws Exception {
        for (ObjectName name : MBEANS.queryNames(new ObjectName("io.fluxgate:type=CircuitBreaker,*"), null)) {
            MBEANS.unregisterMBean(name);
        }
    }

    /** Registration runs on the calling thread here, so the tests need not wait for it. */
    private JmxExporter exporter() {
        return new JmxExporter(() -> MBEANS, Runnable::run, said::add);
    }

    @Test
    void showsEachBreakerMadeBeforeAndAfterWatchingStarted() throws Exception {
        Policy policy = Fixtures.policy();
        Breakers breakers = new Breakers(policy, List.of());
        CircuitBreaker inventory = breaker(breakers, policy, "inventory");
        exporter().watch(breakers);
        assertTrue(MBEANS.isRegistered(new ObjectName("io.fluxgate:type=CircuitBreaker,name=inventory")));

        breaker(breakers, policy, "prices");
        assertTrue(MBEANS.isRegistered(new ObjectName("io.fluxgate:type=CircuitBreaker,name=prices")));
        assertEquals(List.of(), said);
        assertEquals(State.CLOSED, inventory.state());
    }

    @Test
    void attributesAreTheBreakersFigures() throws Exception {
        Policy policy = Fixtures.policy();
        Breakers breakers = new Breakers(policy, List.of());
        exporter().watch(breakers);
        CircuitBreaker inventory = breaker(breakers, policy, "inventory");
        call(inventory, () -> 42);
        call(inventory, failing());
        ObjectName name = JmxExporter.objectName("inventory");

        assertEquals("closed", MBEANS.getAttribute(name, "State"));
        assertEquals(inventory.info().changedAt().toString(), MBEANS.getAttribute(name, "ChangedAt"));
        assertEquals(0, MBEANS.getAttribute(name, "Reopens"));
        assertEquals(1, MBEANS.getAttribute(name, "ConsecutiveFailures"));
        assertEquals(2L, MBEANS.getAttribute(name, "TotalCount"));
        assertEquals(1L, MBEANS.getAttribute(name, "FailureCount"));
        assertEquals(0.5, (double) MBEANS.getAttribute(name, "FailureRate"), 1e-12);
        assertTrue((double) MBEANS.getAttribute(name, "AvgDurationMillis") >= 0);

        MBeanInfo info = MBEANS.getMBeanInfo(name);
        assertEquals(List.of("AvgDurationMillis", "ChangedAt", "ConsecutiveFailures", "FailureCount", "FailureRate",
                        "Reopens", "State", "TotalCount"),
                Arrays.stream(info.getAttributes()).map(a -> a.getName()).sorted().toList());
        assertTrue(Arrays.stream(info.getAttributes()).noneMatch(a -> a.isWritable()), "read-only attributes");
        assertEquals(List.of("disable", "forceOpen", "metricsOnly", "reset"),
                Arrays.stream(info.getOperations()).map(o -> o.getName()).sorted().toList());
    }

    @Test
    void operationsSteerTheBreaker() throws Exception {
        Policy policy = Fixtures.policy();
        Breakers breakers = new Breakers(policy, List.of());
        exporter().watch(breakers);
        CircuitBreaker inventory = breaker(breakers, policy, "inventory");
        ObjectName name = JmxExporter.objectName("inventory");

        MBEANS.invoke(name, "forceOpen", null, null);
        assertEquals("forced_open", MBEANS.getAttribute(name, "State"));
        assertInstanceOf(CallNotPermittedException.class, call(inventory, () -> 42));
        MBEANS.invoke(name, "metricsOnly", null, null);
        assertEquals(State.METRICS_ONLY, inventory.state());
        MBEANS.invoke(name, "disable", null, null);
        assertEquals(State.DISABLED, inventory.state());
        MBEANS.invoke(name, "reset", null, null);
        assertEquals(State.CLOSED, inventory.state());
    }

    @Test
    void namesObjectNameReservesAreQuoted() throws Exception {
        assertEquals(new ObjectName("io.fluxgate:type=CircuitBreaker,name=per-host-api.example.com"),
                JmxExporter.objectName("per-host-api.example.com"), "a plain name stays unquoted");
        for (String odd : List.of("a,b", "x=y", "host:8080", "what?", "star*", "quote\"d")) {
            ObjectName name = JmxExporter.objectName(odd);
            assertFalse(name.isPattern(), odd);
            assertEquals(ObjectName.quote(odd), name.getKeyProperty("name"), odd);
            assertEquals(odd, ObjectName.unquote(name.getKeyProperty("name")), odd);
            assertEquals("CircuitBreaker", name.getKeyProperty("type"));
        }
    }

    @Test
    void beingToldTwiceOfABreakerKeepsOneMBean() throws Exception {
        Policy policy = Fixtures.policy();
        Breakers breakers = new Breakers(policy, List.of());
        breaker(breakers, policy, "inventory");
        JmxExporter exporter = exporter();
        exporter.watch(breakers);
        exporter.watch(breakers);
        assertEquals(1, MBEANS.queryNames(new ObjectName("io.fluxgate:type=CircuitBreaker,*"), null).size());
        assertEquals(List.of(), said);
    }

    @Test
    void unregistersWhatItRegistered() throws Exception {
        Policy policy = Fixtures.policy();
        Breakers breakers = new Breakers(policy, List.of());
        breaker(breakers, policy, "inventory");
        breaker(breakers, policy, "prices");
        JmxExporter exporter = exporter();
        exporter.watch(breakers);
        assertEquals(2, MBEANS.queryNames(new ObjectName("io.fluxgate:type=CircuitBreaker,*"), null).size());
        exporter.unregisterAll();
        assertEquals(0, MBEANS.queryNames(new ObjectName("io.fluxgate:type=CircuitBreaker,*"), null).size());
    }
}
