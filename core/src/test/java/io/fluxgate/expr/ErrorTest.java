package io.fluxgate.expr;

import io.fluxgate.Permits;
import io.fluxgate.Retries;
import io.fluxgate.Trackers;
import io.fluxgate.Trippers;
import io.fluxgate.Windows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every parse error is an ExpressionException that points at the problem and names it. */
class ErrorTest {

    private static ExpressionException error(String kind, String text) {
        return assertThrows(ExpressionException.class, () -> {
            switch (kind) {
                case "window":
                    Windows.parse(text);
                    break;
                case "tracker":
                    Trackers.parse(text);
                    break;
                case "tripper":
                    Trippers.parse(text);
                    break;
                case "retry":
                    Retries.parse(text);
                    break;
                case "permit":
                    Permits.parse(text);
                    break;
                default:
                    throw new AssertionError(kind);
            }
        }, text);
    }

    private static void assertError(String kind, String text, int column, String reason) {
        ExpressionException error = error(kind, text);
        assertInstanceOf(IllegalArgumentException.class, error);
        assertEquals(reason, error.reason(), text);
        assertEquals(column, error.column(), text + ": " + reason);
        String expression = text == null ? "" : text;
        assertEquals(expression, error.expression());
        assertEquals("column " + column + ": " + reason + " in '" + expression + "'", error.getMessage());
    }

    @ParameterizedTest(name = "{0} \"{1}\"")
    @CsvSource(delimiterString = "::", quoteCharacter = '"', value = {
            // names
            "tripper :: FailureRat(0.5)                      :: 1  :: unknown tripper 'FailureRat'; did you mean FailureRate? (trippers: Closed, HalfOpened, MinRequests, FailureRate, AvgLatency, SlowRate, FailureStreak)",
            "retry   :: Cooldwn(30)                          :: 1  :: unknown retry 'Cooldwn'; did you mean Cooldown? (retries: Always, Never, Cooldown, Backoff)",
            "window  :: Banana(1)                            :: 1  :: unknown window 'Banana' (windows: CountWindow, TimeWindow)",
            "tripper :: CountWindow(10)                      :: 1  :: CountWindow is a window, but a tripper is expected here",
            "tripper :: MinRequests(5) & CountWindow(10)     :: 18 :: CountWindow is a window, but a tripper is expected here",
            "tracker :: MinRequests(3)                       :: 1  :: MinRequests is a tripper, but a tracker is expected here",
            "permit  :: Cooldown(30)                         :: 1  :: Cooldown is a retry, but a permit is expected here",
            // parameters
            "tripper :: SlowRate(0.5, treshold=2)            :: 15 :: unknown parameter 'treshold' of SlowRate; did you mean threshold? (SlowRate(ratio, threshold))",
            "retry   :: Backoff(30, max=60)                  :: 13 :: unknown parameter 'max' of Backoff (Backoff(initial, multiplier=2, max_duration=300, jitter_ratio=0))",
            "retry   :: Cooldown(30, duration=40)            :: 14 :: duration is given twice",
            "retry   :: Cooldown(duration=30, duration=40)   :: 23 :: duration is given twice",
            "tripper :: SlowRate(0.5)                        :: 1  :: SlowRate needs threshold: write SlowRate(ratio, threshold)",
            "permit  :: RampUp(initial=0.1, duration=60)     :: 1  :: RampUp needs final: write RampUp(initial, final, duration)",
            "retry   :: Backoff(max_duration=600)            :: 1  :: Backoff needs initial: write Backoff(initial, multiplier=2, max_duration=300, jitter_ratio=0)",
            "tracker :: TypeOf()                             :: 1  :: TypeOf needs types: write TypeOf(types, ...)",
            "tripper :: MinRequests(1, 2)                    :: 16 :: too many arguments: write MinRequests(count)",
            "retry   :: Cooldown(30, 0.1, 5)                 :: 19 :: too many arguments: write Cooldown(duration, jitter_ratio=0)",
            "tripper :: Closed(1)                            :: 8  :: Closed takes no arguments: write Closed()",
            "retry   :: Cooldown(duration=30, 0.1)           :: 23 :: a positional argument cannot follow a named one",
            // values
            "tripper :: MinRequests(2.5)                     :: 13 :: count expects a whole number, got '2.5'",
            "tripper :: MinRequests(count=many)              :: 19 :: count expects a whole number, got 'many'",
            "window  :: CountWindow(99999999999)             :: 13 :: size is too large: 99999999999",
            "tripper :: FailureRate(half)                    :: 13 :: ratio expects a number, got 'half'",
            "tripper :: FailureRate(50%)                     :: 15 :: expected ')' to close the arguments of FailureRate but found '%'",
            "tripper :: FailureRate(0.5s)                    :: 13 :: ratio expects a number, got '0.5s'",
            "retry   :: Cooldown(30xyz)                      :: 10 :: unknown unit 'xyz' in 30xyz: use ms, s, m or h",
            "retry   :: Cooldown(30M)                        :: 10 :: unknown unit 'M' in 30M: use ms, s, m or h; did you mean m?",
            "retry   :: Cooldown(5sec)                       :: 10 :: unknown unit 'sec' in 5sec: use ms, s, m or h; did you mean s?",
            "retry   :: Cooldown(soon)                       :: 10 :: duration expects a duration such as 30, 1.5, 250ms, 30s, 5m or 1h, got 'soon'",
            "retry   :: Cooldown(1.2.3)                      :: 10 :: duration expects a duration such as 30, 1.5, 250ms, 30s, 5m or 1h, got '1.2.3'",
            "window  :: CountWindow(-)                       :: 14 :: expected a number",
            // operators
            "tripper :: ~FailureStreak(3)                    :: 1  :: '~' applies to trackers only, not to trippers",
            "window  :: ~CountWindow(3)                      :: 1  :: '~' applies to trackers only, not to windows",
            "window  :: CountWindow(10) | CountWindow(20)    :: 17 :: '|' cannot combine windows; only trackers and trippers combine",
            "retry   :: Always() & Never()                   :: 10 :: '&' cannot combine retries; only trackers and trippers combine",
            "permit  :: All() | Random(0.5)                  :: 7  :: '|' cannot combine permits; only trackers and trippers combine",
            "tripper :: MinRequests(5) && FailureRate(0.5)   :: 17 :: expected a component such as MinRequests(20) but found '&'",
            "tripper :: MinRequests(5) |                     :: 17 :: expected a component such as MinRequests(20) but the expression ended",
            // structure
            "tripper :: (MinRequests(5) & FailureRate(0.5)   :: 35 :: expected ')' to close the '(' at column 1 but the expression ended",
            "tripper :: MinRequests(5))                      :: 15 :: expected '&', '|' or the end of the expression but found ')'",
            "tripper :: MinRequests(5                        :: 14 :: expected ')' to close the arguments of MinRequests but the expression ended",
            "tripper :: MinRequests(5) x                     :: 16 :: expected '&', '|' or the end of the expression but found 'x'",
            "tripper :: FailureRate 0.5                      :: 13 :: expected '(' after FailureRate (write FailureRate() when it takes no arguments)",
            "tripper :: MinRequests(5,)                      :: 15 :: expected an argument but found ')'",
            "tripper :: MinRequests(ratio=)                  :: 19 :: expected an argument but found ')'",
            "tracker :: TypeOf(java.io.)                     :: 16 :: expected a name after '.'",
            "tripper :: 5                                    :: 1  :: expected a component such as MinRequests(20) but found '5'",
            // out of range, at the argument
            "retry   :: Backoff(initial=30, max_duration=10) :: 34 :: Backoff: max_duration must be >= initial (30), was 10",
            "retry   :: Backoff(30, 1, 600)                  :: 13 :: Backoff: multiplier must be > 1, was 1",
            "retry   :: Backoff(30, multiplier=0.5)          :: 24 :: Backoff: multiplier must be > 1, was 0.5",
            "retry   :: Backoff(0)                           :: 9  :: Backoff: initial must be > 0, was 0",
            "retry   :: Cooldown(30, jitter_ratio=1)         :: 27 :: Cooldown: jitter_ratio must be in [0, 1), was 1.0",
            "retry   :: Cooldown(-250ms)                     :: 10 :: Cooldown: duration must be > 0, was -250ms",
            "tripper :: FailureRate(1.5)                     :: 13 :: FailureRate: ratio must be in (0, 1], was 1.5",
            "tripper :: MinRequests(20) & FailureRate(0)     :: 31 :: FailureRate: ratio must be in (0, 1], was 0.0",
            "tripper :: SlowRate(0.5, threshold=0)           :: 25 :: SlowRate: threshold must be > 0, was 0",
            "tripper :: AvgLatency(0ms)                      :: 12 :: AvgLatency: threshold must be > 0, was 0",
            "tripper :: FailureStreak(count=0)               :: 21 :: FailureStreak: count must be > 0, was 0",
            "permit  :: RampUp(0.5, 0.4, 60)                 :: 13 :: RampUp: final must be in [initial, 1], was 0.4",
            "permit  :: RampUp(final=0.9, initial=0, duration=60) :: 27 :: RampUp: initial must be in (0, 1], was 0",
            "permit  :: Random(1.5)                          :: 8  :: Random: ratio must be in [0, 1], was 1.5",
            "window  :: TimeWindow(size=0)                   :: 17 :: TimeWindow: size must be > 0, was 0",
            // classes
            "tracker :: TypeOf(java.io.IOException, com.acme.Missing) :: 29 :: class com.acme.Missing not found",
            "tracker :: TypeOf(NoSuchException)              :: 8  :: class java.lang.NoSuchException not found",
            "tracker :: TypeOf(42)                           :: 8  :: types expects a fully qualified class name, got '42'",
            "tracker :: TypeOf(types=java.io.IOException)    :: 8  :: types is given by position: write TypeOf(types, ...)",
    })
    void pointsAtTheProblem(String kind, String text, int column, String reason) {
        assertError(kind, text, column, reason);
    }

    @Test
    void anEmptyExpressionIsAnError() {
        assertError("tripper", "", 1, "the expression is empty");
        assertError("window", "   ", 1, "the expression is empty");
        assertError("retry", null, 1, "the expression is empty");
    }

    @Test
    void aRangeErrorWithADefaultedArgumentPointsAtTheComponent() {
        // max_duration defaults to 300, which an initial of 400 exceeds: nothing to point at but the call.
        ExpressionException error = error("retry", "Backoff(400)");
        assertEquals(1, error.column());
        assertEquals("Backoff: max_duration must be >= initial (400), was 300", error.reason());
    }

    @Test
    void errorsAreIllegalArgumentExceptions() {
        assertTrue(IllegalArgumentException.class.isAssignableFrom(ExpressionException.class));
    }
}
