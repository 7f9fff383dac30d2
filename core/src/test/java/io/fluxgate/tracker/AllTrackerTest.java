package io.fluxgate.tracker;

import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AllTrackerTest {

    @Test
    void tracksEveryThrowableErrorsIncluded() {
        assertTrue(All.INSTANCE.test(new IOException()));
        assertTrue(All.INSTANCE.test(new IllegalStateException()));
        assertTrue(All.INSTANCE.test(new OutOfMemoryError()));
        assertTrue(All.INSTANCE.test(new StackOverflowError()));
        assertTrue(All.INSTANCE.test(new Throwable()));
    }

    @Test
    void toStringIsItsExpression() {
        assertEquals("All()", All.INSTANCE.toString());
    }
}
