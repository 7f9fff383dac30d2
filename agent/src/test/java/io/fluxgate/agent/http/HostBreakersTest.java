package io.fluxgate.agent.http;

import io.fluxgate.CircuitBreaker;
import io.fluxgate.agent.policy.HttpTarget;
import io.fluxgate.agent.policy.Policy;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code {host}} templates: a breaker per host up to maxBreakers, then one shared overflow breaker. */
class HostBreakersTest {
    private final Policy policy = HttpPolicies.of(
            "\"per-{host}\": {\"maxBreakers\": 2}, \"shared\": {}",
            "{\"http\": {\"path\": \"/a/*\"}, \"breaker\": \"per-{host}\"},"
            + "{\"http\": {\"path\": \"/b/*\"}, \"breaker\": \"per-{host}\"},"
            + "{\"http\": {\"path\": \"/c/*\"}, \"breaker\": \"shared\"}");
    private final List<String> warnings = new ArrayList<>();
    private final HostBreakers breakers = new HostBreakers(policy, HttpPolicies.breakers(policy), warnings::add);
    private final HttpTarget a = policy.httpTargets().get(0);
    private final HttpTarget b = policy.httpTargets().get(1);
    private final HttpTarget c = policy.httpTargets().get(2);

    @Test
    void eachHostHasItsOwnBreakerSharedByTheTargetsNamingTheTemplate() {
        CircuitBreaker one = breakers.of(a, "one.example.com");

        assertEquals("per-one.example.com", one.name());
        assertSame(one, breakers.of(a, "one.example.com"));
        assertSame(one, breakers.of(b, "one.example.com"), "a template's breakers belong to the template");
        assertNotSame(one, breakers.of(a, "two.example.com"));
    }

    @Test
    void aPlainBreakerIsOneForEveryHost() {
        assertSame(breakers.of(c, "one.example.com"), breakers.of(c, "two.example.com"));
        assertEquals("shared", breakers.of(c, "one.example.com").name());
    }

    @Test
    void hostsBeyondMaxBreakersShareOneOverflowBreakerWithASingleWarning() {
        CircuitBreaker one = breakers.of(a, "one");
        CircuitBreaker two = breakers.of(a, "two");
        CircuitBreaker three = breakers.of(a, "three");
        CircuitBreaker four = breakers.of(b, "four");

        assertEquals("per-overflow", three.name());
        assertSame(three, four);
        assertSame(one, breakers.of(a, "one"), "hosts admitted before keep their breakers");
        assertSame(two, breakers.of(b, "two"));
        assertEquals(1, warnings.size(), "warned once: " + warnings);
        assertTrue(warnings.get(0).contains("'per-{host}'") && warnings.get(0).contains("'per-overflow'")
                && warnings.get(0).contains("2"), warnings.get(0));
    }

    @Test
    void aRequestWithoutAHostStillGetsABreaker() {
        assertEquals("per-unknown", breakers.of(a, null).name());
    }
}
