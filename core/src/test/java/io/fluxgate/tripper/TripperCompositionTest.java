package io.fluxgate.tripper;

import io.fluxgate.Metric;
import io.fluxgate.State;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TripperCompositionTest {
    private static final Tripper YES = new MinRequests(1);
    private static final Tripper NO = new MinRequests(1000);
    private static final Metric ONE = FixedMetric.of(1, 0);

    private static boolean holds(Tripper tripper) {
        return tripper.test(ONE, State.CLOSED, 0);
    }

    @Test
    void andHoldsWhenBothHold() {
        assertTrue(holds(YES.and(YES)));
        assertFalse(holds(YES.and(NO)));
        assertFalse(holds(NO.and(YES)));
        assertFalse(holds(NO.and(NO)));
    }

    @Test
    void orHoldsWhenEitherHolds() {
        assertTrue(holds(YES.or(NO)));
        assertTrue(holds(NO.or(YES)));
        assertTrue(holds(YES.or(YES)));
        assertFalse(holds(NO.or(NO)));
    }

    @Test
    void compositesShortCircuitLeftToRight() {
        List<String> asked = new ArrayList<>();
        Tripper left = recording("left", false, asked);
        Tripper right = recording("right", true, asked);
        assertFalse(holds(left.and(right)));
        assertEquals(Arrays.asList("left"), asked);
        asked.clear();
        assertTrue(holds(left.or(right)));
        assertEquals(Arrays.asList("left", "right"), asked);
    }

    @Test
    void compositesPassTheMetricStateAndStreakThrough() {
        Tripper streakWhileHalfOpen = HalfOpened.INSTANCE.and(new FailureStreak(2));
        Metric metric = FixedMetric.empty();
        assertTrue(streakWhileHalfOpen.test(metric, State.HALF_OPEN, 2));
        assertFalse(streakWhileHalfOpen.test(metric, State.HALF_OPEN, 1));
        assertFalse(streakWhileHalfOpen.test(metric, State.CLOSED, 2));
    }

    @Test
    void leavesListEveryConditionLeftToRight() {
        Tripper streak = new FailureStreak(5);
        Tripper min = new MinRequests(20);
        Tripper rate = new FailureRate(0.4);
        Tripper fast = new SlowRate(0.3, Duration.ofSeconds(1));
        Tripper slow = new SlowRate(0.05, Duration.ofSeconds(10));
        Tripper tree = streak.or(min.and(rate)).or(fast.or(Closed.INSTANCE.and(slow)));
        assertEquals(Arrays.asList(streak, min, rate, fast, Closed.INSTANCE, slow), tree.leaves());
    }

    @Test
    void aLeafIsItsOwnOnlyLeaf() {
        Tripper rate = new FailureRate(0.5);
        assertEquals(Arrays.asList(rate), rate.leaves());
    }

    @Test
    void toStringIsTheExpressionWithParenthesesWhereNeeded() {
        Tripper streak = new FailureStreak(5);
        Tripper min = new MinRequests(20);
        Tripper rate = new FailureRate(0.4);
        assertEquals("FailureStreak(5) | MinRequests(20) & FailureRate(0.4)", streak.or(min.and(rate)).toString());
        assertEquals("(FailureStreak(5) | MinRequests(20)) & FailureRate(0.4)", streak.or(min).and(rate).toString());
        assertEquals("FailureRate(0.4) & (FailureStreak(5) | MinRequests(20))", rate.and(streak.or(min)).toString());
    }

    @Test
    void rightNestedCompositesKeepTheirGroupingInText() {
        // a & (b & c) is a different tree from (a & b) & c; the text must read back to the same one.
        Tripper a = new FailureStreak(1);
        Tripper b = new MinRequests(2);
        Tripper c = new FailureRate(0.3);
        assertEquals("FailureStreak(1) & (MinRequests(2) & FailureRate(0.3))", a.and(b.and(c)).toString());
        assertEquals("FailureStreak(1) | (MinRequests(2) | FailureRate(0.3))", a.or(b.or(c)).toString());
        assertEquals("FailureStreak(1) & MinRequests(2) & FailureRate(0.3)", a.and(b).and(c).toString());
        assertEquals("FailureStreak(1) | MinRequests(2) | FailureRate(0.3)", a.or(b).or(c).toString());
    }

    @Test
    void leafToStrings() {
        assertEquals("Closed()", Closed.INSTANCE.toString());
        assertEquals("HalfOpened()", HalfOpened.INSTANCE.toString());
        assertEquals("MinRequests(20)", new MinRequests(20).toString());
        assertEquals("FailureRate(0.5)", new FailureRate(0.5).toString());
        assertEquals("FailureRate(1)", new FailureRate(1.0).toString());
        assertEquals("AvgLatency(2)", new AvgLatency(Duration.ofSeconds(2)).toString());
        assertEquals("AvgLatency(250ms)", new AvgLatency(Duration.ofMillis(250)).toString());
        assertEquals("SlowRate(0.3, threshold=1)", new SlowRate(0.3, Duration.ofSeconds(1)).toString());
        assertEquals("FailureStreak(5)", new FailureStreak(5).toString());
    }

    @Test
    void equalityIsByValueAndStructure() {
        assertEquals(new MinRequests(20), new MinRequests(20));
        assertEquals(new MinRequests(20).hashCode(), new MinRequests(20).hashCode());
        assertNotEquals(new MinRequests(20), new FailureStreak(20));
        assertEquals(new FailureRate(0.5), new FailureRate(0.5));
        assertNotEquals(new FailureRate(0.5), new FailureRate(0.4));
        assertEquals(new AvgLatency(Duration.ofMillis(1000)), new AvgLatency(Duration.ofSeconds(1)));
        assertEquals(new SlowRate(0.3, Duration.ofMillis(1000)), new SlowRate(0.3, Duration.ofSeconds(1)));
        assertNotEquals(new SlowRate(0.3, Duration.ofSeconds(1)), new SlowRate(0.3, Duration.ofSeconds(2)));
        Tripper one = new FailureStreak(5).or(new MinRequests(20).and(new FailureRate(0.4)));
        Tripper same = new FailureStreak(5).or(new MinRequests(20).and(new FailureRate(0.4)));
        assertEquals(one, same);
        assertEquals(one.hashCode(), same.hashCode());
        assertNotEquals(new FailureStreak(5).and(new MinRequests(20)), new FailureStreak(5).or(new MinRequests(20)));
        assertNotEquals(new FailureStreak(5).and(new MinRequests(20)), new MinRequests(20).and(new FailureStreak(5)));
    }

    private static Tripper recording(String name, boolean result, List<String> asked) {
        return (metric, state, consecutiveFailures) -> {
            asked.add(name);
            return result;
        };
    }
}
