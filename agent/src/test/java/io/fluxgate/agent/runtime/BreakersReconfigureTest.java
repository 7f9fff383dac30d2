package io.fluxgate.agent.runtime;

import io.fluxgate.CallListener;
import io.fluxgate.CircuitBreaker;
import io.fluxgate.Listener;
import io.fluxgate.State;
import io.fluxgate.agent.policy.MethodTarget;
import io.fluxgate.agent.policy.Policy;
import io.fluxgate.agent.policy.PolicyException;
import io.fluxgate.agent.policy.PolicyLoader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A reloaded policy reconfigures the breakers made so far without losing where they stand. */
class BreakersReconfigureTest {
    private static final String TARGET = "com.acme.legacy.Inventory#stock(..)";

    @Test
    void anUnchangedBreakerIsKeptAsItIs() throws Exception {
        Policy first = policy("inventory", "FailureStreak(3)", "CountWindow(10)", "closed", TARGET);
        Breakers breakers = new Breakers(first, Collections.emptyList());
        CircuitBreaker before = breakers.of(first.methodTargets().get(0));

        Breakers.Reconfiguration outcome = reconfigure(breakers,
                policy("inventory", "FailureStreak(3)", "CountWindow(10)", "closed", TARGET));

        assertSame(before, breakers.get("inventory"));
        assertTrue(outcome.changed().isEmpty() && outcome.removed().isEmpty());
    }

    @Test
    void aChangedBreakerGoesOnFromItsStateAndWindow() throws Exception {
        Policy first = policy("inventory", "FailureStreak(3)", "CountWindow(10)", "closed", TARGET);
        Breakers breakers = new Breakers(first, Collections.emptyList());
        CircuitBreaker before = breakers.of(first.methodTargets().get(0));
        fail(before, 2);

        Breakers.Reconfiguration outcome = reconfigure(breakers,
                policy("inventory", "FailureStreak(4)", "CountWindow(10)", "closed", TARGET));

        CircuitBreaker after = breakers.get("inventory");
        assertNotSame(before, after);
        assertEquals(List.of("inventory"), outcome.changed());
        assertTrue(outcome.windowsReset().isEmpty(), "the same window is kept");
        assertEquals(2, after.info().metric().totalCount());
        fail(after, 1);
        assertEquals(State.CLOSED, after.state(), "3 in a row no longer trips");
        fail(after, 1);
        assertEquals(State.OPEN, after.state(), "the streak went on to 4");
    }

    @Test
    void aDifferentWindowStartsEmptyAndSaysSo() throws Exception {
        Policy first = policy("inventory", "FailureStreak(3)", "CountWindow(10)", "closed", TARGET);
        Breakers breakers = new Breakers(first, Collections.emptyList());
        fail(breakers.of(first.methodTargets().get(0)), 1);

        Breakers.Reconfiguration outcome = reconfigure(breakers,
                policy("inventory", "FailureStreak(3)", "CountWindow(20)", "closed", TARGET));

        assertEquals(List.of("inventory"), outcome.windowsReset());
        assertEquals(0, breakers.get("inventory").info().metric().totalCount());
    }

    @Test
    void aChangedStateIsAppliedAndTold() throws Exception {
        Policy first = policy("inventory", "FailureStreak(2)", "CountWindow(10)", "metrics_only", TARGET);
        List<String> transitions = new ArrayList<>();
        List<Listener> listeners = List.of(signal -> transitions.add(signal.oldState() + "->" + signal.newState()));
        Breakers breakers = new Breakers(first, listeners);
        CircuitBreaker before = breakers.of(first.methodTargets().get(0));
        fail(before, 3);
        assertEquals(State.METRICS_ONLY, before.state());

        breakers.reconfigure(policy("inventory", "FailureStreak(2)", "CountWindow(10)", "closed", TARGET), listeners,
                CallListener.NONE, false);

        CircuitBreaker after = breakers.get("inventory");
        assertEquals(State.CLOSED, after.state());
        assertEquals(List.of("metrics_only->closed"), transitions);
        fail(after, 2);
        assertEquals(State.OPEN, after.state());
    }

    @Test
    void aStateForcedByAnOperatorStaysWhenThePolicyDoesNotChangeIt() throws Exception {
        Policy first = policy("inventory", "FailureStreak(2)", "CountWindow(10)", "closed", TARGET);
        Breakers breakers = new Breakers(first, Collections.emptyList());
        breakers.of(first.methodTargets().get(0)).forceOpen();

        reconfigure(breakers, policy("inventory", "FailureStreak(5)", "CountWindow(10)", "closed", TARGET));

        assertEquals(State.FORCED_OPEN, breakers.get("inventory").state());
    }

    @Test
    void aBreakerTheNewPolicyDropsIsRemovedAndObserversAreTold() throws Exception {
        Policy first = policy("inventory", "FailureStreak(2)", "CountWindow(10)", "closed", TARGET);
        Breakers breakers = new Breakers(first, Collections.emptyList());
        breakers.of(first.methodTargets().get(0));
        List<String> removed = new ArrayList<>();
        breakers.onRemoved(removed::add);
        List<String> created = new ArrayList<>();
        breakers.onCreated(breaker -> created.add(breaker.name()));

        Policy next = policy("stock", "FailureStreak(2)", "CountWindow(10)", "closed", TARGET);
        Breakers.Reconfiguration outcome = reconfigure(breakers, next);

        assertEquals(List.of("inventory"), outcome.removed());
        assertEquals(List.of("inventory"), removed);
        assertNull(breakers.get("inventory"));
        breakers.of(next.methodTargets().get(0));
        assertEquals(List.of("inventory", "stock"), created, "the first replayed, then the new policy's");
    }

    @Test
    void sitesMoveToTheNewBreakersAtOnce() throws Exception {
        Policy first = policy("inventory", "FailureStreak(2)", "CountWindow(10)", "metrics_only", TARGET);
        Breakers breakers = new Breakers(first, Collections.emptyList());
        MethodTarget target = first.methodTargets().get(0);
        SiteTable sites = new SiteTable();
        Site site = sites.add(target, breakers.of(target), "com.acme.legacy.Inventory", "stock",
                List.of("java.lang.String"), false, getClass().getClassLoader());

        reconfigure(breakers, policy("inventory", "FailureStreak(2)", "CountWindow(10)", "closed", TARGET));
        sites.rebind(breaker -> breakers.get(breaker.name()));

        Site rebound = sites.get(site.id());
        assertSame(breakers.get("inventory"), rebound.breaker());
        assertSame(target, rebound.target());
        assertEquals(site.method(), rebound.method());
    }

    private static Breakers.Reconfiguration reconfigure(Breakers breakers, Policy next) {
        return breakers.reconfigure(next, Collections.emptyList(), CallListener.NONE, false);
    }

    private static void fail(CircuitBreaker breaker, int times) {
        for (int i = 0; i < times; i++) {
            assertThrows(IOException.class, () -> breaker.call(() -> {
                throw new IOException("down");
            }));
        }
    }

    private static Policy policy(String breaker, String tripper, String window, String state, String method)
            throws PolicyException {
        return PolicyLoader.load("policy.json", "{\"version\": 1, \"breakers\": {\"" + breaker + "\": {"
                + "\"tracker\": \"TypeOf(java.io.IOException)\", \"tripper\": \"" + tripper + "\", \"window\": \""
                + window + "\", \"retry\": \"Cooldown(60s)\", \"state\": \"" + state + "\"}},"
                + " \"targets\": [{\"method\": \"" + method + "\", \"breaker\": \"" + breaker + "\"}]}");
    }
}
