package io.fluxgate.window;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WindowDescriptionTest {

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void sizesMustBePositive(int size) {
        assertEquals("CountWindow: size must be > 0, was " + size,
                assertThrows(IllegalArgumentException.class, () -> new CountWindow(size)).getMessage());
        assertEquals("TimeWindow: size must be > 0, was " + size,
                assertThrows(IllegalArgumentException.class, () -> new TimeWindow(size)).getMessage());
    }

    @Test
    void sizeOneIsTheSmallest() {
        assertEquals(1, new CountWindow(1).size());
        assertEquals(1, new TimeWindow(1).size());
    }

    @Test
    void textAndEquality() {
        assertEquals("CountWindow(100)", new CountWindow(100).toString());
        assertEquals("TimeWindow(60)", new TimeWindow(60).toString());
        assertEquals(new CountWindow(100), new CountWindow(100));
        assertEquals(new CountWindow(100).hashCode(), new CountWindow(100).hashCode());
        assertEquals(new TimeWindow(60), new TimeWindow(60));
        assertEquals(new TimeWindow(60).hashCode(), new TimeWindow(60).hashCode());
        assertNotEquals(new CountWindow(60), new TimeWindow(60));
        assertNotEquals(new CountWindow(60), new CountWindow(61));
    }

    @Test
    void eachOpenGivesAFreshEmptyLiveWindowOfTheRightKind() {
        CountWindow count = new CountWindow(5);
        LiveWindow first = count.open(new long[0], false);
        first.record(true, 1, 0);
        LiveWindow second = count.open(new long[0], false);
        assertNotSame(first, second);
        assertEquals(0, second.totalCount());
        assertInstanceOf(CountRing.class, second);
        assertInstanceOf(SecondBuckets.class, new TimeWindow(5).open(new long[0], true));
    }

    @Test
    void theCallersThresholdArrayIsCopied() {
        long[] thresholds = {10};
        LiveWindow count = new CountWindow(5).open(thresholds, false);
        LiveWindow time = new TimeWindow(5).open(thresholds, false);
        thresholds[0] = 1_000;
        count.record(false, 20, 0);
        time.record(false, 20, 0);
        assertEquals(1, count.slowCount(10));
        assertEquals(1, time.slowCount(10));
    }
}
