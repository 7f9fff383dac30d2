package io.fluxgate;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a refused call gets: a cheap exception that still says which breaker refused it and why. */
class RejectionTest {
    private final FakeClock clock = new FakeClock();
    private final List<State> told = new ArrayList<>();
    private final CircuitBreaker breaker = CircuitBreaker.builder("inventory").clock(clock)
            .tripper(Trippers.failureStreak(1)).retry(Retries.cooldown(Duration.ofSeconds(5)))
            .permit(Permits.all()).maxHalfOpenCalls(1)
            .callListener(new CallListener() {
                @Override
                public void onRejected(String breakerName, State state) {
                    told.add(state);
                }
            })
            .build();
    private final Calls calls = new Calls(breaker, clock);

    @Test
    void aBreakersRejectionCarriesNameStateAndMessageButNoStackTrace() {
        calls.fail();
        CallNotPermittedException rejection = calls.rejected();
        assertEquals("inventory", rejection.breakerName());
        assertEquals(State.OPEN, rejection.state());
        assertEquals(CallNotPermittedException.message("inventory", State.OPEN), rejection.getMessage());
        assertEquals(0, rejection.getStackTrace().length);
    }

    @Test
    void eachRejectionIsItsOwnExceptionWithTheMessageOfItsState() {
        calls.fail();
        CallNotPermittedException first = calls.rejected();
        CallNotPermittedException second = calls.rejected();
        assertNotSame(first, second);
        assertEquals(first.getMessage(), second.getMessage());

        breaker.forceOpen();
        CallNotPermittedException forced = calls.rejected();
        assertEquals(State.FORCED_OPEN, forced.state());
        assertEquals(CallNotPermittedException.message("inventory", State.FORCED_OPEN), forced.getMessage());
        assertNotEquals(first.getMessage(), forced.getMessage());
        assertEquals(List.of(State.OPEN, State.OPEN, State.FORCED_OPEN), told);
    }

    @Test
    void aHalfOpenRejectionNamesHalfOpen() {
        calls.fail();
        clock.advance(Duration.ofSeconds(5));
        Permission probe = breaker.acquirePermission();
        CallNotPermittedException refused = assertThrows(CallNotPermittedException.class, breaker::acquirePermission);
        assertEquals(State.HALF_OPEN, refused.state());
        assertTrue(refused.getMessage().contains("'inventory' is half_open"), refused.getMessage());
        probe.release();
    }

    @Test
    void anExceptionMadeByHandStillRecordsWhereItWasMade() {
        CallNotPermittedException made = new CallNotPermittedException("inventory", State.OPEN);
        assertTrue(made.getStackTrace().length > 0);
        assertEquals(CallNotPermittedException.message("inventory", State.OPEN), made.getMessage());
    }
}
