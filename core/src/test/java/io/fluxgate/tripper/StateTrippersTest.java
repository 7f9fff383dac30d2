package io.fluxgate.tripper;

import io.fluxgate.State;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StateTrippersTest {

    @ParameterizedTest
    @EnumSource(State.class)
    void closedHoldsOnlyWhenTheClosedStateAsks(State state) {
        assertEquals(state == State.CLOSED, Closed.INSTANCE.test(FixedMetric.empty(), state, 0));
        assertEquals(state == State.CLOSED, Closed.INSTANCE.test(FixedMetric.of(100, 100), state, 100));
    }

    @ParameterizedTest
    @EnumSource(State.class)
    void halfOpenedHoldsOnlyWhenTheHalfOpenStateAsks(State state) {
        assertEquals(state == State.HALF_OPEN, HalfOpened.INSTANCE.test(FixedMetric.empty(), state, 0));
        assertEquals(state == State.HALF_OPEN, HalfOpened.INSTANCE.test(FixedMetric.of(100, 100), state, 100));
    }

    @ParameterizedTest
    @EnumSource(value = State.class, names = {"CLOSED", "HALF_OPEN"})
    void closedAndHalfOpenedScopeAConditionToOneState(State state) {
        Tripper stricterWhileRecovering = Closed.INSTANCE.and(new FailureRate(0.6))
                .or(HalfOpened.INSTANCE.and(new FailureRate(0.3)));
        FixedMetric fortyPercent = FixedMetric.of(10, 4);
        assertEquals(state == State.HALF_OPEN, stricterWhileRecovering.test(fortyPercent, state, 0));
    }
}
