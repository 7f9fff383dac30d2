package io.fluxgate;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A breaker rebuilt with new settings goes on from where the old one stood. */
class ContinuingTest {
    private final FakeClock clock = new FakeClock();

    private CircuitBreaker.Builder builder(String tripper, int window) {
        return CircuitBreaker.builder("api").clock(clock).window(Windows.count(window))
                .tripper(Trippers.parse(tripper)).retry(Retries.cooldown(Duration.ofSeconds(10)))
                .permit(Permits.all()).random(() -> 0.0);
    }

    @Test
    void theStateCountersAndWindowCarryOverWhenTheWindowIsUnchanged() throws Exception {
        CircuitBreaker old = builder("FailureStreak(5)", 10).build();
        Calls calls = new Calls(old, clock);
        calls.succeed(2);
        calls.fail(3);

        CircuitBreaker next = builder("FailureStreak(4)", 10).continuing(old).build();
        assertEquals(State.CLOSED, next.state());
        assertEquals(5, next.info().metric().totalCount(), "the window was kept");
        assertEquals(3, next.info().consecutiveFailures());
        assertEquals(old.info().changedAt(), next.info().changedAt());
        new Calls(next, clock).fail();
        assertEquals(State.OPEN, next.state(), "the streak went on: 4 with the new tripper");
    }

    @Test
    void aDifferentWindowStartsEmptyButTheStateStays() {
        CircuitBreaker old = builder("FailureStreak(2)", 10).build();
        new Calls(old, clock).fail(2);
        clock.advanceSeconds(4);

        CircuitBreaker next = builder("FailureStreak(2)", 20).continuing(old).build();
        assertEquals(State.OPEN, next.state());
        assertEquals(0, next.info().metric().totalCount());
        Calls calls = new Calls(next, clock);
        calls.rejected();
        clock.advanceSeconds(6);
        calls.fail();
        assertEquals(State.HALF_OPEN, next.state(), "the cooldown counted from when the old breaker opened");
        calls.fail();
        assertEquals(1, next.info().reopens());
    }

    @Test
    void aContinuedMetricsOnlyBreakerStaysMetricsOnlyWhateverItsInitialState() {
        CircuitBreaker old = builder("FailureStreak(1)", 10).initialState(State.METRICS_ONLY).build();
        CircuitBreaker next = builder("FailureStreak(1)", 10).initialState(State.FORCED_OPEN).continuing(old).build();
        assertEquals(State.METRICS_ONLY, next.state());
    }
}
