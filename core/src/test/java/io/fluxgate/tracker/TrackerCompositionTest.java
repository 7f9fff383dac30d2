package io.fluxgate.tracker;

import org.junit.jupiter.api.Test;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrackerCompositionTest {
    private static final Tracker IO = new TypeOf(IOException.class);
    private static final Tracker NOT_FOUND = new TypeOf(FileNotFoundException.class);
    private static final Tracker TIMEOUT = new TypeOf(TimeoutException.class);

    @Test
    void andNeedsBoth() {
        Tracker ioButNotMissingFiles = IO.and(NOT_FOUND.negate());
        assertTrue(ioButNotMissingFiles.test(new IOException()));
        assertTrue(ioButNotMissingFiles.test(new EOFException()));
        assertFalse(ioButNotMissingFiles.test(new FileNotFoundException()));
        assertFalse(ioButNotMissingFiles.test(new TimeoutException()));
    }

    @Test
    void orNeedsEither() {
        Tracker ioOrTimeout = IO.or(TIMEOUT);
        assertTrue(ioOrTimeout.test(new IOException()));
        assertTrue(ioOrTimeout.test(new TimeoutException()));
        assertFalse(ioOrTimeout.test(new IllegalStateException()));
    }

    @Test
    void negateInverts() {
        Tracker notIo = IO.negate();
        assertFalse(notIo.test(new IOException()));
        assertTrue(notIo.test(new IllegalStateException()));
        assertTrue(notIo.test(new OutOfMemoryError()));
        assertFalse(All.INSTANCE.negate().test(new Error()));
    }

    @Test
    void negatingTwiceGivesBackTheTrackerItself() {
        assertSame(IO, IO.negate().negate());
        Tracker compound = IO.or(TIMEOUT);
        assertSame(compound, compound.negate().negate());
    }

    @Test
    void toStringIsTheExpression() {
        assertEquals("TypeOf(java.io.IOException) & ~TypeOf(java.io.FileNotFoundException)",
                IO.and(NOT_FOUND.negate()).toString());
        assertEquals("TypeOf(java.io.IOException) | TypeOf(java.util.concurrent.TimeoutException)",
                IO.or(TIMEOUT).toString());
        assertEquals("~(TypeOf(java.io.IOException) | TypeOf(java.util.concurrent.TimeoutException))",
                IO.or(TIMEOUT).negate().toString());
        assertEquals("~(All() & TypeOf(java.io.IOException))", All.INSTANCE.and(IO).negate().toString());
        assertEquals("(All() | TypeOf(java.io.IOException)) & TypeOf(java.util.concurrent.TimeoutException)",
                All.INSTANCE.or(IO).and(TIMEOUT).toString());
        assertEquals("All() | TypeOf(java.io.IOException) & TypeOf(java.util.concurrent.TimeoutException)",
                All.INSTANCE.or(IO.and(TIMEOUT)).toString());
    }

    @Test
    void rightNestedCompositesKeepTheirGroupingInText() {
        assertEquals("All() & (TypeOf(java.io.IOException) & TypeOf(java.util.concurrent.TimeoutException))",
                All.INSTANCE.and(IO.and(TIMEOUT)).toString());
        assertEquals("All() | (TypeOf(java.io.IOException) | TypeOf(java.util.concurrent.TimeoutException))",
                All.INSTANCE.or(IO.or(TIMEOUT)).toString());
    }

    @Test
    void equalityIsStructural() {
        assertEquals(IO.and(TIMEOUT), new TypeOf(IOException.class).and(new TypeOf(TimeoutException.class)));
        assertEquals(IO.and(TIMEOUT).hashCode(),
                new TypeOf(IOException.class).and(new TypeOf(TimeoutException.class)).hashCode());
        assertEquals(IO.negate(), new TypeOf(IOException.class).negate());
        assertEquals(IO.negate().hashCode(), new TypeOf(IOException.class).negate().hashCode());
        assertNotEquals(IO.and(TIMEOUT), IO.or(TIMEOUT));
        assertNotEquals(IO.and(TIMEOUT), TIMEOUT.and(IO));
        assertNotEquals(IO.negate(), IO);
    }

    @Test
    void compositesRefuseAMissingOperand() {
        assertEquals("&: right operand must not be null",
                assertThrows(IllegalArgumentException.class, () -> IO.and(null)).getMessage());
        assertEquals("|: right operand must not be null",
                assertThrows(IllegalArgumentException.class, () -> IO.or(null)).getMessage());
    }
}
