package io.fluxgate.agent.policy;

import io.fluxgate.CircuitBreaker;
import io.fluxgate.State;
import org.junit.jupiter.api.Test;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each key resolves as: the breaker's own setting, then {@code defaults}, then the built-in defaults. */
class DefaultsMergeTest {

    @Test
    void builtInDefaultsAreTheBuildersDefaults() {
        BreakerSpec spec = Policies.json("{\"version\": 1, \"breakers\": {\"plain\": {}}}").breaker("plain").orElseThrow();

        assertEquals(CircuitBreaker.ofDefaults("plain").toString(), spec.newBuilder().build().toString());
        assertEquals("CountWindow(100)", spec.windowExpression());
        assertEquals("All()", spec.trackerExpression());
        assertEquals("MinRequests(100) & FailureRate(0.5)", spec.tripperExpression());
        assertEquals("Cooldown(60)", spec.retryExpression());
        assertEquals("Random(0.5)", spec.permitExpression());
        assertEquals(10, spec.maxHalfOpenCalls());
        assertEquals(State.CLOSED, spec.initialState());
        assertEquals(1000, spec.maxBreakers());
    }

    @Test
    void aBreakerSettingWinsOverDefaultsWhichWinOverBuiltIns() {
        Policy policy = Policies.json("""
                {"version": 1,
                 "defaults": {"window": "TimeWindow(10)", "tripper": "FailureStreak(3)", "maxHalfOpenCalls": 2,
                              "state": "metrics_only"},
                 "breakers": {"own": {"window": "CountWindow(7)", "state": "closed"}}}""");
        BreakerSpec own = policy.breaker("own").orElseThrow();

        assertEquals("CountWindow(7)", own.windowExpression(), "its own");
        assertEquals(State.CLOSED, own.initialState(), "its own");
        assertEquals("FailureStreak(3)", own.tripperExpression(), "from defaults");
        assertEquals(2, own.maxHalfOpenCalls(), "from defaults");
        assertEquals("Cooldown(60)", own.retryExpression(), "built in");
        assertEquals("Random(0.5)", own.permitExpression(), "built in");
    }

    @Test
    void aBreakerOnlyATargetNamesGetsTheDefaults() {
        Policy policy = Policies.json("""
                {"version": 1, "defaults": {"retry": "Never()"},
                 "targets": [{"method": "a.B#c()", "breaker": "undeclared"},
                             {"http": {}, "breaker": "host-{host}"}]}""");

        BreakerSpec undeclared = policy.breaker("undeclared").orElseThrow();
        assertFalse(undeclared.isDeclared());
        assertEquals("Never()", undeclared.retryExpression());
        assertEquals("CountWindow(100)", undeclared.windowExpression());
        assertEquals(List.of(), policy.warnings(), "no declared name is close");
        BreakerSpec template = policy.breaker("host-{host}").orElseThrow();
        assertTrue(template.isTemplate());
        assertEquals(1000, template.maxBreakers());
    }

    @Test
    void maxBreakersComesFromTheTemplateThenDefaults() {
        Policy policy = Policies.json("""
                {"version": 1, "defaults": {"maxBreakers": 50},
                 "breakers": {"a-{host}": {"maxBreakers": 5}, "b-{host}": {}}}""");

        assertEquals(5, policy.breaker("a-{host}").orElseThrow().maxBreakers());
        assertEquals(50, policy.breaker("b-{host}").orElseThrow().maxBreakers());
    }

    @Test
    void theBuilderCarriesEverySetting() throws Exception {
        BreakerSpec spec = Policies.json("""
                {"version": 1, "breakers": {"svc": {"tracker": "TypeOf(java.io.IOException)",
                 "tripper": "FailureStreak(2)", "maxHalfOpenCalls": 1, "state": "forced_open"}}}""")
                .breaker("svc").orElseThrow();

        CircuitBreaker forcedOpen = spec.newBuilder().build();
        assertEquals(State.FORCED_OPEN, forcedOpen.state());
        CircuitBreaker breaker = spec.newBuilder("svc-copy").initialState(State.CLOSED).build();
        assertEquals("svc-copy", breaker.name());
        for (int i = 0; i < 2; i++) {
            assertThrows(UncheckedIOException.class, () -> breaker.call(() -> {
                throw new UncheckedIOException(new IOException("not tracked: only IOException itself is"));
            }));
        }
        assertEquals(State.CLOSED, breaker.state(), "untracked failures do not trip");
        for (int i = 0; i < 2; i++) {
            assertThrows(FileNotFoundException.class, () -> breaker.call(() -> {
                throw new FileNotFoundException("a subclass of IOException: matched by name, nothing loaded");
            }));
        }
        assertEquals(State.OPEN, breaker.state());
    }

    @Test
    void aTemplateNeedsAHostBeforeItBuilds() {
        BreakerSpec template = Policies.json("{\"version\": 1, \"breakers\": {\"api-{host}\": {}}}")
                .breaker("api-{host}").orElseThrow();

        assertThrows(IllegalStateException.class, template::newBuilder);
        assertEquals("api-pay.example.com", template.newBuilder(template.nameFor("pay.example.com")).build().name());
    }

    @Test
    void withAClassLoaderTrackerClassesMustExist() throws PolicyException {
        String policy = "{\"version\": 1, \"breakers\": {\"a\": {\"tracker\": \"TypeOf(com.acme.Missing)\"}}}";

        assertEquals("TypeOf(com.acme.Missing)", PolicyLoader.load("policy.json", policy).breaker("a").orElseThrow()
                .trackerExpression(), "by name: not loaded, not an error");
        PolicyException invalid = assertThrows(PolicyException.class,
                () -> PolicyLoader.load("policy.json", policy, getClass().getClassLoader()));
        PolicyError error = invalid.errors().get(0);
        assertEquals("1:54", error.line() + ":" + error.column());
        assertTrue(error.message().contains("com.acme.Missing"), error::message);
        assertTrue(error.message().contains("column 8 of the expression"), error::message);
    }

    @Test
    void specsWithTheSameSettingsAreEqual() {
        Policy first = Policies.json("{\"version\": 1, \"breakers\": {\"a\": {\"window\": \"CountWindow(5)\"}}}");
        Policy second = Policies.json("{\"version\": 1, \"defaults\": {\"window\": \"CountWindow(5)\"},"
                + " \"breakers\": {\"a\": {}}}");
        Policy third = Policies.json("{\"version\": 1, \"breakers\": {\"a\": {\"window\": \"CountWindow(6)\"}}}");

        assertEquals(first.breaker("a"), second.breaker("a"));
        assertEquals(first.breaker("a").hashCode(), second.breaker("a").hashCode());
        assertFalse(first.breaker("a").equals(third.breaker("a")));
    }
}
