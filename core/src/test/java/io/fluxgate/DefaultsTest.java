package io.fluxgate;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The defaults of the seed documents: CountWindow(100), All(), MinRequests(100) & FailureRate(0.5), Cooldown(60), Random(0.5), 10. */
class DefaultsTest {
    private final FakeClock clock = new FakeClock();
    private final ScriptedRandom random = new ScriptedRandom();
    private final CircuitBreaker breaker = CircuitBreaker.builder("inventory").clock(clock).random(random).build();
    private final Calls calls = new Calls(breaker, clock);

    @Test
    void ofDefaultsDescribesItself() {
        assertEquals("CircuitBreaker{name=inventory, state=closed, window=CountWindow(100), tracker=All(), "
                + "tripper=MinRequests(100) & FailureRate(0.5), retry=Cooldown(60), permit=Random(0.5), "
                + "maxHalfOpenCalls=10}", CircuitBreaker.ofDefaults("inventory").toString());
    }

    @Test
    void tripsAtHalfOfTheLastHundredCallsFailing() throws Exception {
        calls.succeed(50);
        calls.fail(49);
        assertEquals(State.CLOSED, breaker.state(), "99 calls are fewer than MinRequests(100)");
        calls.fail(new Error("any throwable is tracked"));
        assertEquals(State.OPEN, breaker.state());
    }

    @Test
    void waitsSixtySecondsThenLetsHalfOfTheCallsProbeTenAtATime() {
        calls.fail(100);
        assertEquals(State.OPEN, breaker.state());
        clock.advance(Duration.ofSeconds(60).minusNanos(1));
        calls.rejected();
        clock.advance(Duration.ofNanos(1));

        random.then(0.5);
        calls.rejected();
        assertEquals(State.HALF_OPEN, breaker.state());
        for (int i = 0; i < 10; i++) {
            random.then(0.49);
            breaker.acquirePermission();
        }
        assertEquals(State.HALF_OPEN, calls.rejected().state(), "the 11th concurrent probe");
        assertEquals(0, random.remaining(), "a call beyond the limit is refused before any draw");
    }
}
