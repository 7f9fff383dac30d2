package io.fluxgate.expr;

import io.fluxgate.Trackers;
import io.fluxgate.Trippers;
import io.fluxgate.tracker.Tracker;
import io.fluxgate.tracker.TypeOf;
import io.fluxgate.tripper.Closed;
import io.fluxgate.tripper.FailureRate;
import io.fluxgate.tripper.FailureStreak;
import io.fluxgate.tripper.HalfOpened;
import io.fluxgate.tripper.MinRequests;
import io.fluxgate.tripper.Tripper;
import org.junit.jupiter.api.Test;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How {@code &}, {@code |}, {@code ~} and parentheses group. */
class PrecedenceTest {
    private static final Tripper A = new FailureStreak(5);
    private static final Tripper B = new MinRequests(20);
    private static final Tripper C = new FailureRate(0.4);
    private static final Tripper D = new FailureRate(0.9);

    @Test
    void andBindsTighterThanOr() {
        assertEquals(A.or(B.and(C)), Trippers.parse("FailureStreak(5) | MinRequests(20) & FailureRate(0.4)"));
        assertEquals(A.and(B).or(C), Trippers.parse("FailureStreak(5) & MinRequests(20) | FailureRate(0.4)"));
        assertEquals(A.and(B).or(C.and(D)),
                Trippers.parse("FailureStreak(5) & MinRequests(20) | FailureRate(0.4) & FailureRate(0.9)"));
    }

    @Test
    void parenthesesOverridePrecedence() {
        assertEquals(A.or(B).and(C), Trippers.parse("(FailureStreak(5) | MinRequests(20)) & FailureRate(0.4)"));
        assertEquals(A.and(B.or(C)), Trippers.parse("FailureStreak(5) & (MinRequests(20) | FailureRate(0.4))"));
        assertEquals(A, Trippers.parse("((FailureStreak(5)))"));
    }

    @Test
    void sameOperatorsGroupFromTheLeft() {
        assertEquals(A.and(B).and(C), Trippers.parse("FailureStreak(5) & MinRequests(20) & FailureRate(0.4)"));
        assertEquals(A.or(B).or(C), Trippers.parse("FailureStreak(5) | MinRequests(20) | FailureRate(0.4)"));
        assertEquals(A.and(B.and(C)), Trippers.parse("FailureStreak(5) & (MinRequests(20) & FailureRate(0.4))"));
    }

    @Test
    void theGroupingDecidesTheOutcome() {
        // Only the streak holds: "streak | (min & rate)" trips, "(streak | min) & rate" does not.
        Tripper loose = Trippers.parse("FailureStreak(1) | MinRequests(20) & FailureRate(0.4)");
        Tripper strict = Trippers.parse("(FailureStreak(1) | MinRequests(20)) & FailureRate(0.4)");
        io.fluxgate.Metric empty = io.fluxgate.Metric.empty();
        assertTrue(loose.test(empty, io.fluxgate.State.CLOSED, 1));
        assertFalse(strict.test(empty, io.fluxgate.State.CLOSED, 1));
    }

    @Test
    void whitespaceAndLineBreaksAreIgnored() {
        String seed = "(Closed() & MinRequests(20) & FailureRate(0.6)) |\n"
                + "    (HalfOpened() & MinRequests(5) & FailureRate(0.5))";
        Tripper expected = Closed.INSTANCE.and(new MinRequests(20)).and(new FailureRate(0.6))
                .or(HalfOpened.INSTANCE.and(new MinRequests(5)).and(new FailureRate(0.5)));
        assertEquals(expected, Trippers.parse(seed));
        assertEquals(A.or(B), Trippers.parse("  FailureStreak ( 5 )|MinRequests(\t20 )  "));
    }

    @Test
    void notBindsTighterThanAnd() {
        Tracker io = new TypeOf(IOException.class);
        Tracker notFound = new TypeOf(FileNotFoundException.class);
        Tracker parsed = Trackers.parse("~TypeOf(java.io.FileNotFoundException) & TypeOf(java.io.IOException)");
        assertEquals(notFound.negate().and(io), parsed);
        assertTrue(parsed.test(new IOException()));
        assertFalse(parsed.test(new FileNotFoundException()));
        assertFalse(parsed.test(new TimeoutException()));
    }

    @Test
    void notAppliesToAParenthesizedGroup() {
        Tracker parsed = Trackers.parse("~(TypeOf(java.io.IOException) | TypeOf(java.util.concurrent.TimeoutException))");
        assertEquals(new TypeOf(IOException.class).or(new TypeOf(TimeoutException.class)).negate(), parsed);
        assertFalse(parsed.test(new IOException()));
        assertFalse(parsed.test(new TimeoutException()));
        assertTrue(parsed.test(new IllegalStateException()));
    }

    @Test
    void doubleNegationCancels() {
        Tracker parsed = Trackers.parse("~~TypeOf(java.io.IOException)");
        assertEquals(new TypeOf(IOException.class), parsed);
        assertEquals("TypeOf(java.io.IOException)", parsed.toString());
        Tracker all = Trackers.parse("~ ~All()");
        assertSame(io.fluxgate.tracker.All.INSTANCE, all);
    }
}
