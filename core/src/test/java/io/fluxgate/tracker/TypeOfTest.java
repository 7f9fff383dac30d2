package io.fluxgate.tracker;

import org.junit.jupiter.api.Test;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.util.Arrays;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** TypeOf made from classes (the Java API and strict parsing). */
class TypeOfTest {

    @Test
    void matchesInstancesOfTheTypeAndItsSubclasses() {
        TypeOf io = new TypeOf(IOException.class);
        assertTrue(io.test(new IOException()));
        assertTrue(io.test(new FileNotFoundException()));
        assertTrue(io.test(new SocketTimeoutException()));
    }

    @Test
    void doesNotMatchSuperclassesOrUnrelatedTypes() {
        TypeOf io = new TypeOf(IOException.class);
        assertFalse(io.test(new Exception()));
        assertFalse(io.test(new IllegalStateException()));
        assertFalse(io.test(new UncheckedIOException(new IOException())));   // only the cause is an IOException
        assertFalse(io.test(null));
    }

    @Test
    void matchesAnyOfSeveralTypes() {
        TypeOf either = new TypeOf(IOException.class, TimeoutException.class);
        assertTrue(either.test(new FileNotFoundException()));
        assertTrue(either.test(new TimeoutException()));
        assertFalse(either.test(new IllegalArgumentException()));
    }

    @Test
    void matchesErrorsWhenAskedTo() {
        TypeOf errors = new TypeOf(Error.class);
        assertTrue(errors.test(new OutOfMemoryError()));
        assertFalse(errors.test(new RuntimeException()));
    }

    @Test
    void matchesNestedClassesAndTheirSubclasses() {
        assertTrue(new TypeOf(Outer.Inner.class).test(new Outer.Inner()));
        assertTrue(new TypeOf(Failures.ServiceException.class).test(new Failures.GatewayTimeout()));
    }

    @Test
    void needsAtLeastOneType() {
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, TypeOf::new);
        assertEquals("TypeOf: types must name at least one type", none.getMessage());
        IllegalArgumentException nullArray = assertThrows(IllegalArgumentException.class,
                () -> new TypeOf((Class<? extends Throwable>[]) null));
        assertEquals("TypeOf: types must not be null", nullArray.getMessage());
        IllegalArgumentException nullType = assertThrows(IllegalArgumentException.class,
                () -> new TypeOf(IOException.class, null));
        assertEquals("TypeOf: types must not be null", nullType.getMessage());
    }

    @Test
    void toStringNamesTheTypesByBinaryName() {
        assertEquals("TypeOf(java.io.IOException, java.util.concurrent.TimeoutException)",
                new TypeOf(IOException.class, TimeoutException.class).toString());
        assertEquals("TypeOf(io.fluxgate.tracker.Outer$Inner)", new TypeOf(Outer.Inner.class).toString());
        assertEquals(Arrays.asList("java.io.IOException"), new TypeOf(IOException.class).typeNames());
    }

    @Test
    void equalityFollowsTheTypesInOrder() {
        assertEquals(new TypeOf(IOException.class), new TypeOf(IOException.class));
        assertEquals(new TypeOf(IOException.class).hashCode(), new TypeOf(IOException.class).hashCode());
        assertNotEquals(new TypeOf(IOException.class), new TypeOf(FileNotFoundException.class));
        assertNotEquals(new TypeOf(IOException.class, TimeoutException.class),
                new TypeOf(TimeoutException.class, IOException.class));
    }

    @Test
    void aLaterChangeToTheCallersArrayChangesNothing() {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Class<? extends Throwable>[] types = new Class[] {IOException.class};
        TypeOf io = new TypeOf(types);
        types[0] = IllegalStateException.class;
        assertTrue(io.test(new IOException()));
        assertFalse(io.test(new IllegalStateException()));
    }
}
