package io.fluxgate.agent.live;

import io.fluxgate.agent.policy.Policy;
import io.fluxgate.agent.policy.PolicyException;
import io.fluxgate.agent.policy.PolicyLoader;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one-line account of a reload, and what it tells the reload to redo. */
class PolicyChangesTest {
    private static final String TARGET = "{\"method\": \"com.acme.Inventory#stock(..)\", \"breaker\": \"inventory\"}";

    @Test
    void theSamePolicyRewrittenElsewhereInTheFileIsNoChange() throws PolicyException {
        PolicyChanges changes = PolicyChanges.between(
                policy("\"inventory\": {\"state\": \"closed\"}", TARGET, ""),
                load("{\n\n  \"version\": 1, \"breakers\": {\"inventory\": {\"state\": \"closed\"}},\n"
                        + "  \"targets\": [" + TARGET + "]}"));
        assertTrue(changes.none());
        assertEquals("nothing changed", changes.summary());
    }

    @Test
    void namesTheSettingsOfAChangedBreaker() throws PolicyException {
        PolicyChanges changes = PolicyChanges.between(
                policy("\"inventory\": {\"state\": \"metrics_only\"}", TARGET, ""),
                policy("\"inventory\": {\"state\": \"closed\", \"tripper\": \"FailureStreak(3)\"}", TARGET, ""));
        assertEquals("breakers changed: inventory (state metrics_only -> closed, tripper FailureStreak(3))",
                changes.summary());
        assertFalse(changes.methodTargetsChanged());
        assertFalse(changes.observersChanged());
    }

    @Test
    void countsTargetsAddedAndRemoved() throws PolicyException {
        String other = "{\"method\": \"com.acme.Prices#of(..)\", \"breaker\": \"prices\"}";
        PolicyChanges changes = PolicyChanges.between(
                policy("\"inventory\": {}", TARGET, ""),
                policy("\"prices\": {}", other, ""));
        assertEquals("breakers added: prices; breakers removed: inventory; method targets: +1 -1", changes.summary());
        assertTrue(changes.methodTargetsChanged());
    }

    @Test
    void aReorderingOfTargetsIsAChangeBecauseTheFirstMatchWins() throws PolicyException {
        String other = "{\"method\": \"com.acme.Inventory#*(..)\", \"breaker\": \"inventory\"}";
        PolicyChanges changes = PolicyChanges.between(
                policy("\"inventory\": {}", TARGET + ", " + other, ""),
                policy("\"inventory\": {}", other + ", " + TARGET, ""));
        assertEquals("method targets: +0 -0 (reordered)", changes.summary());
    }

    @Test
    void aFallbackEditChangesTheTarget() throws PolicyException {
        String withFallback = "{\"method\": \"com.acme.Inventory#stock(..)\", \"breaker\": \"inventory\","
                + " \"fallback\": {\"value\": -1}}";
        assertTrue(PolicyChanges.between(policy("\"inventory\": {}", TARGET, ""),
                policy("\"inventory\": {}", withFallback, "")).methodTargetsChanged());
    }

    @Test
    void listenersAndAdminAreObservers() throws PolicyException {
        PolicyChanges changes = PolicyChanges.between(
                policy("\"inventory\": {}", TARGET, ", \"listeners\": [{\"type\": \"log\"}]"),
                policy("\"inventory\": {}", TARGET, ", \"listeners\": [{\"type\": \"log\"}],"
                        + " \"admin\": {\"port\": 9465}"));
        assertTrue(changes.observersChanged());
        assertEquals("admin endpoint changed", changes.summary());
    }

    private static Policy policy(String breakers, String targets, String more) throws PolicyException {
        return load("{\"version\": 1, \"breakers\": {" + breakers + "}, \"targets\": [" + targets + "]" + more + "}");
    }

    private static Policy load(String json) throws PolicyException {
        return PolicyLoader.load("policy.json", json);
    }
}
