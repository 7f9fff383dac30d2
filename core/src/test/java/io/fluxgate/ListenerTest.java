package io.fluxgate;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ListenerTest {
    private final FakeClock clock = new FakeClock();

    @Test
    void listenersAreToldInRegistrationOrderAndOneThatThrowsDisturbsNothing() throws Exception {
        List<String> heard = new ArrayList<>();
        List<LogRecord> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger("io.fluxgate");
        logger.addHandler(capture);
        try {
            CircuitBreaker breaker = CircuitBreaker.builder("orders").clock(clock).tripper(Trippers.failureStreak(1))
                    .listener(signal -> heard.add("first " + signal.newState()))
                    .listener(signal -> {
                        throw new IllegalStateException("a broken listener");
                    })
                    .listener(signal -> heard.add("third " + signal.oldState() + "->" + signal.newState()))
                    .build();
            Calls calls = new Calls(breaker, clock);

            calls.fail();
            assertEquals(State.OPEN, breaker.state());
            calls.rejected();
            breaker.reset();
            assertEquals("ok", calls.succeed());
        } finally {
            logger.removeHandler(capture);
        }
        assertEquals(List.of("first open", "third closed->open", "first closed", "third open->closed"), heard);
        assertEquals(2, logged.size(), "each failure of the broken listener is logged");
        assertEquals("a broken listener", logged.get(0).getThrown().getMessage());
    }

    @Test
    void aSignalCarriesTheBreakerNameBothStatesAndTheTransitionTime() {
        List<Signal> signals = new ArrayList<>();
        CircuitBreaker breaker = CircuitBreaker.builder("orders").clock(clock).listener(signals::add).build();
        clock.advanceMillis(42);
        breaker.forceOpen();

        Signal signal = signals.get(0);
        assertEquals("orders", signal.breakerName());
        assertEquals(State.CLOSED, signal.oldState());
        assertEquals(State.FORCED_OPEN, signal.newState());
        assertEquals(FakeClock.START_MILLIS + 42, signal.timestamp().toEpochMilli());
        assertEquals(breaker.info().changedAt(), signal.timestamp());
    }
}
