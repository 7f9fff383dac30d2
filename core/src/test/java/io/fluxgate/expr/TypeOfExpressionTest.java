package io.fluxgate.expr;

import io.fluxgate.Trackers;
import io.fluxgate.expr.fixtures.ServiceFailures;
import io.fluxgate.tracker.Tracker;
import io.fluxgate.tracker.TypeOf;
import org.junit.jupiter.api.Test;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TypeOfExpressionTest {
    private static final String UNAVAILABLE = "io.fluxgate.expr.fixtures.ServiceFailures$Unavailable";
    private static final String RETRYABLE = "io.fluxgate.expr.fixtures.ServiceFailures$Retryable";

    @Test
    void loadsFullyQualifiedClasses() {
        Tracker io = Trackers.parse("TypeOf(java.io.IOException)");
        assertEquals(new TypeOf(IOException.class), io);
        assertTrue(io.test(new FileNotFoundException()));
        assertFalse(io.test(new IllegalStateException()));
    }

    @Test
    void javaLangNamesMayBeShort() {
        assertEquals(new TypeOf(RuntimeException.class), Trackers.parse("TypeOf(RuntimeException)"));
        assertEquals(new TypeOf(IllegalStateException.class, Error.class),
                Trackers.parse("TypeOf(IllegalStateException, Error)"));
    }

    @Test
    void takesSeveralTypes() {
        Tracker parsed = Trackers.parse("TypeOf(java.io.IOException, java.util.concurrent.TimeoutException)");
        assertEquals(new TypeOf(IOException.class, TimeoutException.class), parsed);
        assertTrue(parsed.test(new TimeoutException()));
        assertTrue(parsed.test(new IOException()));
        assertFalse(parsed.test(new RuntimeException()));
    }

    @Test
    void nestedClassesAreWrittenWithADollar() {
        Tracker parsed = Trackers.parse("TypeOf(" + UNAVAILABLE + ")");
        assertEquals(new TypeOf(ServiceFailures.Unavailable.class), parsed);
        assertTrue(parsed.test(new ServiceFailures.Unavailable()));
    }

    @Test
    void anInterfaceMatchesTheThrowablesThatImplementIt() {
        // Matching by name accepts interfaces, so loading them must as well (validate == agent).
        Tracker loaded = Trackers.parse("TypeOf(" + RETRYABLE + ")");
        assertTrue(loaded.test(new ServiceFailures.Throttled()));
        assertFalse(loaded.test(new ServiceFailures.Unavailable()));
        Tracker byName = Expressions.tracker("TypeOf(" + RETRYABLE + ")", null);
        assertTrue(byName.test(new ServiceFailures.Throttled()));
        assertFalse(byName.test(new ServiceFailures.Unavailable()));
    }

    @Test
    void aClassThatIsNotAThrowableIsRefused() {
        ExpressionException error = assertThrows(ExpressionException.class,
                () -> Trackers.parse("TypeOf(java.io.IOException, java.lang.String)"));
        assertEquals(29, error.column());
        assertEquals("java.lang.String is not a Throwable", error.reason());
    }

    @Test
    void classesAreLoadedThroughTheGivenLoader() {
        // A loader that sees only the JDK finds java.io but not this test's fixtures.
        ClassLoader jdkOnly = new ClassLoader(null) {
        };
        assertEquals(new TypeOf(IOException.class), Trackers.parse("TypeOf(java.io.IOException)", jdkOnly));
        ExpressionException error = assertThrows(ExpressionException.class,
                () -> Trackers.parse("TypeOf(" + UNAVAILABLE + ")", jdkOnly));
        assertEquals(8, error.column());
        assertEquals("class " + UNAVAILABLE + " not found", error.reason());
    }

    @Test
    void withoutALoaderTypesAreMatchedByNameAndNothingIsLoaded() {
        Tracker parsed = Expressions.tracker("TypeOf(RuntimeException, com.acme.NotOnThisClasspath)", null);
        assertInstanceOf(TypeOf.class, parsed);
        assertEquals(TypeOf.named("java.lang.RuntimeException", "com.acme.NotOnThisClasspath"), parsed);
        assertEquals(Arrays.asList("java.lang.RuntimeException", "com.acme.NotOnThisClasspath"),
                ((TypeOf) parsed).typeNames());
        assertTrue(parsed.test(new IllegalStateException()));
        assertFalse(parsed.test(new IOException()));
    }

    @Test
    void byNameANestedClassMatchesAndAnUnknownNameMatchesNothing() {
        assertTrue(Expressions.tracker("TypeOf(" + UNAVAILABLE + ")", null).test(new ServiceFailures.Unavailable()));
        Tracker unknown = Expressions.tracker("TypeOf(com.acme.Missing)", null);
        assertFalse(unknown.test(new RuntimeException()));
        assertFalse(unknown.test(new Error()));
    }

    @Test
    void byNameCombinesLikeLoadedTrackers() {
        Tracker parsed = Expressions.tracker("TypeOf(java.io.IOException) & ~TypeOf(java.io.FileNotFoundException)",
                null);
        assertTrue(parsed.test(new IOException()));
        assertFalse(parsed.test(new FileNotFoundException()));
        assertEquals("TypeOf(java.io.IOException) & ~TypeOf(java.io.FileNotFoundException)", parsed.toString());
    }
}
