package io.fluxgate.tracker;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** TypeOf made from class names, matched without loading anything (how the agent reads policies). */
class TypeOfNamedTest {

    @Test
    void matchesTheNamedClassAndItsSubclasses() {
        TypeOf io = TypeOf.named("java.io.IOException");
        assertTrue(io.test(new IOException()));
        assertTrue(io.test(new FileNotFoundException()));
        assertFalse(io.test(new Exception()));
        assertFalse(io.test(new IllegalStateException()));
        assertFalse(io.test(null));
    }

    @Test
    void matchesAnyOfSeveralNames() {
        TypeOf either = TypeOf.named("java.io.IOException", "java.util.concurrent.TimeoutException");
        assertTrue(either.test(new FileNotFoundException()));
        assertTrue(either.test(new TimeoutException()));
        assertFalse(either.test(new RuntimeException()));
    }

    @Test
    void matchesNestedClassesByBinaryName() {
        assertTrue(TypeOf.named("io.fluxgate.tracker.Outer$Inner").test(new Outer.Inner()));
        // The canonical (source) spelling is not a binary name.
        assertFalse(TypeOf.named("io.fluxgate.tracker.Outer.Inner").test(new Outer.Inner()));
    }

    @Test
    void matchesInterfacesImplementedDirectlyOrByASuperclass() {
        TypeOf network = TypeOf.named(Failures.NETWORK_TROUBLE);
        assertTrue(network.test(new Failures.UnavailableException()));
        assertTrue(network.test(new Failures.GatewayTimeout()));
        assertFalse(network.test(new Failures.ServiceException()));
    }

    @Test
    void matchesSuperinterfacesOfImplementedInterfaces() {
        TypeOf transientFailures = TypeOf.named(Failures.TRANSIENT);
        assertTrue(transientFailures.test(new Failures.UnavailableException()));
        assertTrue(transientFailures.test(new Failures.GatewayTimeout()));
        assertFalse(transientFailures.test(new Failures.ServiceException()));
    }

    @Test
    void aNameNoClassCarriesMatchesNothing() {
        TypeOf missing = TypeOf.named("com.example.NoSuchException");
        assertFalse(missing.test(new RuntimeException()));
        assertFalse(missing.test(new Error()));
        // Nor does a short name: qualifying java.lang names is the parser's job.
        assertFalse(TypeOf.named("RuntimeException").test(new RuntimeException()));
    }

    @Test
    void theAnswerPerClassIsStableAcrossCalls() {
        TypeOf service = TypeOf.named(Failures.SERVICE);
        for (int i = 0; i < 3; i++) {
            assertTrue(service.test(new Failures.GatewayTimeout()));
            assertFalse(service.test(new IOException()));
        }
    }

    @Test
    void needsAtLeastOneNonEmptyName() {
        assertEquals("TypeOf: types must name at least one type",
                assertThrows(IllegalArgumentException.class, TypeOf::named).getMessage());
        assertEquals("TypeOf: types must not be null",
                assertThrows(IllegalArgumentException.class, () -> TypeOf.named((String[]) null)).getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void refusesEmptyNames(String name) {
        assertEquals("TypeOf: types must not contain an empty name",
                assertThrows(IllegalArgumentException.class, () -> TypeOf.named("java.io.IOException", name))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> TypeOf.named((String) null));
    }

    @Test
    void toStringAndEquality() {
        assertEquals("TypeOf(java.io.IOException, io.fluxgate.tracker.Outer$Inner)",
                TypeOf.named("java.io.IOException", "io.fluxgate.tracker.Outer$Inner").toString());
        assertEquals(TypeOf.named("java.io.IOException"), TypeOf.named("java.io.IOException"));
        assertEquals(TypeOf.named("java.io.IOException").hashCode(), TypeOf.named("java.io.IOException").hashCode());
        assertNotEquals(TypeOf.named("java.io.IOException"), TypeOf.named("java.io.EOFException"));
        // Same text, different behaviour (one loaded, one by name): not interchangeable.
        assertNotEquals(TypeOf.named("java.io.IOException"), new TypeOf(IOException.class));
    }
}
