package io.fluxgate;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every call is told once to the call listener, whatever the state, with its duration. */
class CallListenerTest {
    private final FakeClock clock = new FakeClock();
    private final List<String> heard = new ArrayList<>();
    private final CallListener recorder = new CallListener() {
        @Override
        public void onSuccess(String breakerName, long durationNanos) {
            heard.add(breakerName + " success " + Duration.ofNanos(durationNanos).toMillis());
        }

        @Override
        public void onFailure(String breakerName, long durationNanos, Throwable error) {
            heard.add(breakerName + " failure " + Duration.ofNanos(durationNanos).toMillis() + " "
                    + (error == null ? "-" : error.getClass().getSimpleName()));
        }

        @Override
        public void onIgnored(String breakerName, long durationNanos, Throwable error) {
            heard.add(breakerName + " ignored " + error.getClass().getSimpleName());
        }

        @Override
        public void onRejected(String breakerName, State state) {
            heard.add(breakerName + " rejected " + state);
        }
    };

    @Test
    void successesFailuresIgnoredAndRejectionsAreEachToldOnce() throws Exception {
        CircuitBreaker breaker = CircuitBreaker.builder("api").clock(clock).callListener(recorder)
                .tracker(Trackers.typeOf(IOException.class)).tripper(Trippers.failureStreak(2)).build();
        Calls calls = new Calls(breaker, clock);

        calls.succeedTaking(Duration.ofMillis(30));
        calls.fail(new IllegalStateException("not a dependency failure"));
        calls.fail(new IOException("down"));
        breaker.acquirePermission().onFailure(clock.nanoTime());
        calls.rejected();

        assertEquals(List.of("api success 30", "api ignored IllegalStateException", "api failure 0 IOException",
                "api failure 0 -", "api rejected open"), heard);
    }

    @Test
    void disabledAndForcedOpenBreakersStillTellTheirCalls() throws Exception {
        CircuitBreaker breaker = CircuitBreaker.builder("api").clock(clock).callListener(recorder).build();
        Calls calls = new Calls(breaker, clock);
        breaker.disable();
        calls.succeedTaking(Duration.ofMillis(5));
        calls.fail();
        breaker.forceOpen();
        calls.rejected();

        assertEquals(List.of("api success 5", "api failure 0 IOException", "api rejected forced_open"), heard);
    }
}
