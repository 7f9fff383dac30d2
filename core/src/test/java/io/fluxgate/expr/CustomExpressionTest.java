package io.fluxgate.expr;

import io.fluxgate.Trackers;
import io.fluxgate.tracker.Custom;
import io.fluxgate.tracker.Tracker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CustomExpressionTest {
    private static final String RULES = "io.fluxgate.expr.fixtures.Rules";

    private final Logger logger = Logger.getLogger("io.fluxgate");
    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
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
    private boolean parentHandlers;

    @BeforeEach
    void captureTheLog() {
        parentHandlers = logger.getUseParentHandlers();
        logger.setUseParentHandlers(false);
        logger.addHandler(capture);
    }

    @AfterEach
    void restoreTheLog() {
        logger.removeHandler(capture);
        logger.setUseParentHandlers(parentHandlers);
    }

    @Test
    void callsAPublicStaticBooleanMethodTakingAThrowable() {
        Tracker serverErrors = Trackers.parse("Custom(" + RULES + "#isServerError)");
        assertInstanceOf(Custom.class, serverErrors);
        assertTrue(serverErrors.test(new IOException("503 Service Unavailable")));
        assertFalse(serverErrors.test(new IOException("404 Not Found")));
        assertEquals("Custom(" + RULES + "#isServerError)", serverErrors.toString());
    }

    @Test
    void aMethodForANarrowerTypeIsFalseForOtherThrowables() {
        Tracker timeouts = Trackers.parse("Custom(" + RULES + "#isIoTimeout)");
        assertTrue(timeouts.test(new IOException("read timed out")));
        assertFalse(timeouts.test(new IOException("refused")));
        assertFalse(timeouts.test(new IllegalStateException("timed out")));
    }

    @Test
    void aBoxedBooleanResultFits() {
        assertTrue(Trackers.parse("Custom(" + RULES + "#isBoxedServerError)").test(new IOException("500")));
    }

    @Test
    void aMethodOfAPackagePrivateClassCanBeCalled() {
        Tracker fatal = Trackers.parse("Custom(io.fluxgate.expr.fixtures.PackagePrivateRules#isFatal)");
        assertTrue(fatal.test(new OutOfMemoryError()));
        assertFalse(fatal.test(new IOException()));
    }

    @Test
    void combinesWithOtherTrackers() {
        Tracker parsed = Trackers.parse("TypeOf(java.io.IOException) & ~Custom(" + RULES + "#isServerError)");
        assertTrue(parsed.test(new IOException("404")));
        assertFalse(parsed.test(new IOException("502")));
        assertFalse(parsed.test(new IllegalStateException("404")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "com.acme.Missing#check        | class com.acme.Missing not found",
            RULES + "#noSuchMethod         | no public static boolean noSuchMethod(Throwable) in " + RULES,
            RULES + "#notStatic            | no public static boolean notStatic(Throwable) in " + RULES,
            RULES + "#wrongResult          | no public static boolean wrongResult(Throwable) in " + RULES,
            RULES + "#twoParameters        | no public static boolean twoParameters(Throwable) in " + RULES,
            RULES + "#noParameters         | no public static boolean noParameters(Throwable) in " + RULES,
            RULES + "#notPublic            | no public static boolean notPublic(Throwable) in " + RULES,
    })
    void aMethodThatDoesNotFitIsAnErrorWhenLoading(String reference, String reason) {
        String text = "Custom(" + reference + ")";
        ExpressionException error = assertThrows(ExpressionException.class, () -> Trackers.parse(text));
        assertEquals(reason, error.reason());
        assertEquals(1, error.column());
    }

    @Test
    void withoutALoaderTheMethodIsResolvedOnFirstUse() {
        Tracker lazy = Expressions.tracker("Custom(" + RULES + "#isServerError)", null);
        assertEquals("Custom(" + RULES + "#isServerError)", lazy.toString());
        assertEquals(Trackers.parse("Custom(" + RULES + "#isServerError)"), lazy);
        assertTrue(lazy.test(new IOException("500")));
        assertFalse(lazy.test(new IOException("200")));
        assertTrue(logged.isEmpty());
    }

    @Test
    void withoutALoaderAnUnresolvableMethodMatchesNothingAndIsReportedOnce() {
        Tracker missing = Expressions.tracker("Custom(com.acme.Missing#check)", null);
        assertFalse(missing.test(new RuntimeException()));
        assertFalse(missing.test(new Error()));
        assertEquals(1, logged.size());
        assertEquals(Level.WARNING, logged.get(0).getLevel());
        assertTrue(logged.get(0).getMessage().contains("Custom(com.acme.Missing#check) matches nothing"),
                logged.get(0).getMessage());
        assertTrue(logged.get(0).getMessage().contains("class com.acme.Missing not found"),
                logged.get(0).getMessage());
    }

    @Test
    void withoutALoaderAMethodThatDoesNotFitMatchesNothing() {
        Tracker unfit = Expressions.tracker("Custom(" + RULES + "#wrongResult)", null);
        assertFalse(unfit.test(new RuntimeException("500")));
        assertEquals(1, logged.size());
    }

    @Test
    void aReferenceNeedsAClassAndAMethod() {
        ExpressionException noMethod = assertThrows(ExpressionException.class,
                () -> Expressions.tracker("Custom(com.acme.Rules)", null));
        assertEquals(8, noMethod.column());
        assertEquals("func expects a method reference such as com.acme.Rules#isServerError, got 'com.acme.Rules'",
                noMethod.reason());
        ExpressionException twoHashes = assertThrows(ExpressionException.class,
                () -> Expressions.tracker("Custom(com.acme.Rules#a#b)", null));
        assertTrue(twoHashes.reason().startsWith("expected a method reference"), twoHashes.reason());
    }
}
