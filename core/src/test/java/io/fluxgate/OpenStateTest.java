package io.fluxgate;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenStateTest {
    private final FakeClock clock = new FakeClock();
    private final ScriptedRandom random = new ScriptedRandom();

    private CircuitBreaker trippedBreaker(String retry) {
        CircuitBreaker breaker = CircuitBreaker.builder("api").clock(clock).random(random)
                .tripper(Trippers.parse("FailureStreak(1)")).retry(Retries.parse(retry)).permit(Permits.all())
                .build();
        new Calls(breaker, clock).fail();
        assertEquals(State.OPEN, breaker.state());
        return breaker;
    }

    @Test
    void rejectsCallsWithoutRunningThemAndNamesTheBreakerAndState() {
        CircuitBreaker breaker = trippedBreaker("Cooldown(60)");

        CallNotPermittedException rejection = new Calls(breaker, clock).rejected();
        assertEquals("api", rejection.breakerName());
        assertEquals(State.OPEN, rejection.state());
        assertTrue(rejection.getMessage().contains("'api' is open"), rejection.getMessage());
    }

    @Test
    void cooldownMovesToHalfOpenOnceTheWaitHasPassedAndHandlesThatSameCall() throws Exception {
        CircuitBreaker breaker = trippedBreaker("Cooldown(60)");
        Calls calls = new Calls(breaker, clock);

        clock.advance(Duration.ofSeconds(60).minusNanos(1));
        calls.rejected();
        assertEquals(State.OPEN, breaker.state());

        clock.advance(Duration.ofNanos(1));
        assertEquals("ok", calls.succeed(), "elapsed >= wait: the same call probes");
        assertEquals(State.CLOSED, breaker.state(), "a probe's success closes when the tripper does not hold");
    }

    @Test
    void backoffWaitsLongerAfterEachFailedRecoveryUpToTheMaximum() {
        CircuitBreaker breaker = trippedBreaker("Backoff(initial=10, multiplier=3, max_duration=50)");
        Calls calls = new Calls(breaker, clock);
        long[] expectedWaits = {10, 30, 50, 50};

        for (int reopens = 0; reopens < expectedWaits.length; reopens++) {
            assertEquals(reopens, breaker.info().reopens());
            clock.advance(Duration.ofSeconds(expectedWaits[reopens]).minusMillis(1));
            calls.rejected();
            clock.advanceMillis(1);
            calls.fail();  // the probe fails: back to OPEN with one more reopen
            assertEquals(State.OPEN, breaker.state());
        }
        assertEquals(4, breaker.info().reopens());
    }

    @Test
    void jitterIsDrawnOnceWhenEnteringOpenAndScalesTheCappedWait() {
        random.then(1.0 - 1e-9); // factor 1 + 0.5 * (2u - 1) ~ 1.5
        CircuitBreaker breaker = trippedBreaker("Cooldown(10, jitter_ratio=0.5)");
        Calls calls = new Calls(breaker, clock);
        assertEquals(1, random.draws(), "drawn on entering OPEN");

        clock.advance(Duration.ofMillis(14_999));
        calls.rejected();
        calls.rejected();
        assertEquals(1, random.draws(), "not drawn again while OPEN");

        clock.advanceMillis(1);
        random.then(0.0); // the next OPEN period draws again: factor 0.5
        calls.fail();
        assertEquals(2, random.draws());
        clock.advance(Duration.ofMillis(4_999));
        calls.rejected();
        clock.advanceMillis(1);
        random.then(0.5);
        calls.fail();
        assertEquals(State.OPEN, breaker.state(), "5s later the probe ran, failed and reopened");
        assertEquals(3, random.draws());
    }

    @Test
    void backoffJitterAppliesToTheCappedWait() {
        random.then(0.0); // factor 0.8
        CircuitBreaker breaker = trippedBreaker("Backoff(initial=100, max_duration=100, jitter_ratio=0.2)");
        Calls calls = new Calls(breaker, clock);

        clock.advance(Duration.ofSeconds(80).minusNanos(1));
        calls.rejected();
        clock.advance(Duration.ofNanos(1));
        random.then(0.5);
        calls.fail();
        assertEquals(1, breaker.info().reopens(), "the probe ran and failed");
    }

    @Test
    void neverStaysOpenUntilReset() throws Exception {
        CircuitBreaker breaker = trippedBreaker("Never()");
        Calls calls = new Calls(breaker, clock);

        clock.advance(Duration.ofDays(3650));
        calls.rejected();
        breaker.reset();
        assertEquals("ok", calls.succeed());
    }

    @Test
    void alwaysProbesOnTheNextCall() throws Exception {
        CircuitBreaker breaker = trippedBreaker("Always()");
        assertEquals("ok", new Calls(breaker, clock).succeed());
        assertEquals(State.CLOSED, breaker.state());
    }

    @Test
    void openingResetsTheWindowAndStampsChangedAt() {
        CircuitBreaker breaker = CircuitBreaker.builder("api").clock(clock).tripper(Trippers.parse("FailureStreak(2)"))
                .build();
        assertEquals(FakeClock.START_MILLIS, breaker.info().changedAt().toEpochMilli(), "construction time");
        Calls calls = new Calls(breaker, clock);
        calls.fail();
        clock.advanceMillis(1234);
        calls.fail();

        CircuitBreakerInfo info = breaker.info();
        assertEquals(State.OPEN, info.state());
        assertEquals(FakeClock.START_MILLIS + 1234, info.changedAt().toEpochMilli());
        assertEquals(0, info.metric().totalCount(), "every transition resets the window");
    }
}
