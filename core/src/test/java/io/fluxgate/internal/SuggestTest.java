package io.fluxgate.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SuggestTest {
    private static final List<String> TRIPPERS = Arrays.asList("Closed", "HalfOpened", "MinRequests",
            "FailureRate", "AvgLatency", "SlowRate", "FailureStreak");

    @ParameterizedTest
    @CsvSource({
            "FailureRat, FailureRate",      // a letter missing
            "failurerate, FailureRate",     // case does not matter
            "FialureRate, FailureRate",     // an adjacent swap is one edit
            "MinRequest, MinRequests",
            "SlowRates, SlowRate",
            "Closd, Closed",
    })
    void suggestsTheClosestName(String typed, String expected) {
        assertEquals(expected, Suggest.closest(typed, TRIPPERS));
    }

    @ParameterizedTest
    @CsvSource({"Banana", "Xyz", "CompletelyDifferent"})
    void suggestsNothingWhenNoNameIsClose(String typed) {
        assertNull(Suggest.closest(typed, TRIPPERS));
        assertEquals("", Suggest.didYouMean(typed, TRIPPERS));
    }

    @Test
    void didYouMeanIsAPhraseToAppend() {
        assertEquals("; did you mean FailureRate?", Suggest.didYouMean("FailureRat", TRIPPERS));
    }

    @Test
    void noCandidatesMeansNoSuggestion() {
        assertNull(Suggest.closest("anything", Collections.emptyList()));
    }

    @Test
    void shortNamesTolerateTwoEdits() {
        assertEquals("ms", Suggest.closest("mss", Arrays.asList("ms", "s", "m", "h")));
        assertEquals("s", Suggest.closest("sec", Arrays.asList("s", "ms", "h")));
    }

    @Test
    void tiesGoToTheFirstCandidate() {
        assertEquals("ab", Suggest.closest("a", Arrays.asList("ab", "ac")));
    }

    @ParameterizedTest
    @CsvSource({
            "'', '', 0",
            "abc, abc, 0",
            "abc, '', 3",
            "kitten, sitting, 3",
            "ab, ba, 1",
            "abcd, acbd, 1",
            "flaw, lawn, 2",
    })
    void distanceIsLevenshteinWithSwaps(String a, String b, int expected) {
        assertEquals(expected, Suggest.distance(a, b));
        assertEquals(expected, Suggest.distance(b, a));
    }
}
