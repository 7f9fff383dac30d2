package io.fluxgate.expr;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ExpressionsTest {

    @Test
    void listsTheComponentNamesOfEachKind() {
        assertEquals(Arrays.asList("CountWindow", "TimeWindow"), Expressions.componentNames("window"));
        assertEquals(Arrays.asList("All", "TypeOf", "Custom"), Expressions.componentNames("tracker"));
        assertEquals(Arrays.asList("Closed", "HalfOpened", "MinRequests", "FailureRate", "AvgLatency", "SlowRate",
                "FailureStreak"), Expressions.componentNames("tripper"));
        assertEquals(Arrays.asList("Always", "Never", "Cooldown", "Backoff"), Expressions.componentNames("retry"));
        assertEquals(Arrays.asList("All", "Random", "RampUp"), Expressions.componentNames("permit"));
    }

    @Test
    void anUnknownKindIsNamed() {
        assertEquals("unknown component kind 'breaker': expected window, tracker, tripper, retry or permit",
                assertThrows(IllegalArgumentException.class, () -> Expressions.componentNames("breaker")).getMessage());
    }

    @Test
    void theListCannotBeChanged() {
        assertThrows(UnsupportedOperationException.class, () -> Expressions.componentNames("window").add("X"));
    }

    @Test
    void exceptionCarriesItsParts() {
        ExpressionException error = new ExpressionException("A(", 3, "something");
        assertEquals("A(", error.expression());
        assertEquals(3, error.column());
        assertEquals("something", error.reason());
        assertEquals("column 3: something in 'A('", error.getMessage());
    }
}
