package io.fluxgate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Every example of Fluxgate's own documentation, written once with the builders and once with
 * the expression language, and exercised both ways. Python's httpx.HTTPError becomes IOException.
 */
public class SeedExamplesTest {
    private final FakeClock clock = new FakeClock();

    /** Builds the breaker of an example either way; both must describe the same configuration. */
    private CircuitBreaker either(boolean parsed, CircuitBreaker.Builder fromBuilders, CircuitBreaker.Builder fromText) {
        assertEquals(fromBuilders.build().toString(), fromText.build().toString(), "builders and expressions differ");
        return (parsed ? fromText : fromBuilders).clock(clock).random(() -> 0.0).build();
    }

    /** An HTTP error carrying a status, like httpx.HTTPStatusError. */
    static final class HttpStatusException extends IOException {
        private static final long serialVersionUID = 1L;
        final int status;

        HttpStatusException(int status) {
            super("HTTP " + status);
            this.status = status;
        }
    }

    /** The custom tracker of example 5: 5xx and network errors count, 4xx do not. */
    public static boolean isRetriableServerError(Throwable error) {
        if (error instanceof HttpStatusException) {
            return ((HttpStatusException) error).status >= 500;
        }
        return error instanceof ConnectException || error instanceof java.net.SocketTimeoutException;
    }

    @Nested
    class ProtectingAnExternalApiCall {
        @ParameterizedTest(name = "parsed={0}")
        @ValueSource(booleans = {false, true})
        void onlyHttpErrorsAreTrackedAndHalfOfTheLastHundredTrips(boolean parsed) throws Exception {
            CircuitBreaker breaker = either(parsed,
                    CircuitBreaker.builder("payment_api").tracker(Trackers.typeOf(IOException.class)),
                    CircuitBreaker.builder("payment_api").tracker(Trackers.parse("TypeOf(java.io.IOException)")));
            Calls calls = new Calls(breaker, clock);

            calls.fail(new IllegalArgumentException("a bug in our code, not the API's failure"));
            assertEquals(0, breaker.info().metric().totalCount());
            calls.succeed(50);
            calls.fail(49);
            assertEquals(State.CLOSED, breaker.state());
            calls.fail();
            assertEquals(State.OPEN, breaker.state());
            clock.advanceSeconds(60);
            breaker.call(() -> "recovered");  // Random(0.5) with u = 0: admitted
            assertEquals(State.CLOSED, breaker.state());
        }
    }

    @Nested
    class AWebFrameworkAnswers503WhileOpen {
        private String getProduct(CircuitBreaker breaker, Calls calls) {
            try {
                return calls.succeed();
            } catch (CallNotPermittedException open) {
                return "503 The external product service is currently unavailable";
            } catch (Exception other) {
                return "502";
            }
        }

        @ParameterizedTest(name = "parsed={0}")
        @ValueSource(booleans = {false, true})
        void rejectionsBecome503AndTheShorterCooldownRecovers(boolean parsed) {
            CircuitBreaker breaker = either(parsed,
                    CircuitBreaker.builder("external_product_api").tracker(Trackers.typeOf(IOException.class))
                            .retry(Retries.cooldown(Duration.ofSeconds(30))),
                    CircuitBreaker.builder("external_product_api").tracker(Trackers.parse("TypeOf(java.io.IOException)"))
                            .retry(Retries.parse("Cooldown(duration=30.0)")));
            Calls calls = new Calls(breaker, clock);
            calls.fail(100);

            assertEquals("503 The external product service is currently unavailable", getProduct(breaker, calls));
            clock.advanceSeconds(30);
            assertEquals("ok", getProduct(breaker, calls));
        }
    }

    @Nested
    class DifferentPoliciesPerService {
        CircuitBreaker payment(boolean parsed) {
            return either(parsed,
                    CircuitBreaker.builder("payment_service").window(Windows.time(300))
                            .tracker(Trackers.typeOf(IOException.class))
                            .tripper(Trippers.failureStreak(5)
                                    .or(Trippers.minRequests(20).and(Trippers.failureRate(0.4))))
                            .retry(Retries.backoff(Duration.ofSeconds(30), 2.0, Duration.ofSeconds(600), 0)),
                    CircuitBreaker.builder("payment_service").window(Windows.parse("TimeWindow(size=300)"))
                            .tracker(Trackers.parse("TypeOf(java.io.IOException)"))
                            .tripper(Trippers.parse("FailureStreak(5) | (MinRequests(20) & FailureRate(0.4))"))
                            .retry(Retries.parse("Backoff(initial=30.0, max_duration=600.0)")));
        }

        CircuitBreaker inventory(boolean parsed) {
            return either(parsed,
                    CircuitBreaker.builder("inventory_service").window(Windows.time(60))
                            .tracker(Trackers.typeOf(IOException.class))
                            .tripper(Trippers.minRequests(10).and(Trippers.failureRate(0.6)))
                            .retry(Retries.backoff(Duration.ofSeconds(10), 2.0, Duration.ofSeconds(300), 0)),
                    CircuitBreaker.builder("inventory_service").window(Windows.parse("TimeWindow(size=60)"))
                            .tracker(Trackers.parse("TypeOf(java.io.IOException)"))
                            .tripper(Trippers.parse("MinRequests(10) & FailureRate(0.6)"))
                            .retry(Retries.parse("Backoff(initial=10.0, max_duration=300.0)")));
        }

        @ParameterizedTest(name = "parsed={0}")
        @ValueSource(booleans = {false, true})
        void paymentTripsOnAStreakOfFiveBeforeTwentyCalls(boolean parsed) throws Exception {
            CircuitBreaker breaker = payment(parsed);
            Calls calls = new Calls(breaker, clock);
            calls.succeed(3);
            calls.fail(4);
            assertEquals(State.CLOSED, breaker.state());
            calls.fail();
            assertEquals(State.OPEN, breaker.state());

            clock.advanceSeconds(30);
            calls.fail(4);
            assertEquals(State.HALF_OPEN, breaker.state(), "the streak starts over in HALF_OPEN");
            calls.fail();
            assertEquals(State.OPEN, breaker.state());
            assertEquals(1, breaker.info().reopens(), "so the backoff doubles to 60s");
            clock.advanceSeconds(59);
            calls.rejected();
            clock.advanceSeconds(1);
            calls.succeed();
            assertEquals(State.CLOSED, breaker.state());
        }

        @ParameterizedTest(name = "parsed={0}")
        @ValueSource(booleans = {false, true})
        void inventoryTripsAtSixtyPercentOfTenCallsWithinAMinute(boolean parsed) throws Exception {
            CircuitBreaker breaker = inventory(parsed);
            Calls calls = new Calls(breaker, clock);
            calls.succeed(4);
            calls.fail(5);
            clock.advanceSeconds(61);
            calls.fail();
            assertEquals(State.CLOSED, breaker.state(), "the first nine calls left the 60s window");
            calls.succeed(3);
            calls.fail(5);
            calls.fail();
            assertEquals(State.OPEN, breaker.state(), "6 of the last 10 within 60s failed");
        }
    }

    @Nested
    class Fallbacks {
        private final Function<Throwable, Map<String, String>> cachedData =
                error -> Collections.singletonMap("source", "cache");

        @ParameterizedTest(name = "parsed={0}")
        @ValueSource(booleans = {false, true})
        void theFallbackAnswersAnyThrowableAndSeesIt(boolean parsed) {
            CircuitBreaker breaker = either(parsed, CircuitBreaker.builder("data"),
                    CircuitBreaker.builder("data").tripper(Trippers.parse("MinRequests(100) & FailureRate(0.5)")));

            Map<String, String> result = breaker.callWithFallback(() -> {
                throw new ConnectException("Connection failed!");
            }, cachedData);
            assertEquals("cache", result.get("source"));

            Supplier decorated = () -> breaker.callWithFallback(() -> Collections.singletonMap("source", "api"),
                    cachedData);
            assertEquals("api", decorated.get().get("source"));
        }

        @ParameterizedTest(name = "parsed={0}")
        @ValueSource(booleans = {false, true})
        void manualTryCatchTellsRejectionsFromFailures(boolean parsed) {
            CircuitBreaker breaker = either(parsed, CircuitBreaker.builder("data").tripper(Trippers.failureStreak(2)),
                    CircuitBreaker.builder("data").tripper(Trippers.parse("FailureStreak(2)")));
            StringBuilder log = new StringBuilder();
            for (int i = 0; i < 3; i++) {
                try {
                    breaker.call(() -> {
                        throw new IOException("API down");
                    });
                } catch (CallNotPermittedException open) {
                    log.append("open;");
                } catch (IOException failed) {
                    log.append("failed;");
                } catch (Exception other) {
                    log.append("other;");
                }
            }
            assertEquals("failed;failed;open;", log.toString());
        }
    }

    /** Java's Supplier with a concrete type, to keep the example readable. */
    private interface Supplier {
        Map<String, String> get();
    }

    @Nested
    class AdvancedConfiguration {
        @ParameterizedTest(name = "parsed={0}")
        @ValueSource(booleans = {false, true})
        void aCustomTrackerIgnoresClientErrors(boolean parsed) {
            CircuitBreaker breaker = (parsed
                    ? CircuitBreaker.builder("api_client")
                            .tracker(Trackers.parse("Custom(io.fluxgate.SeedExamplesTest#isRetriableServerError)"))
                            .tripper(Trippers.parse("FailureStreak(3)"))
                    : CircuitBreaker.builder("api_client").tracker(Trackers.custom(SeedExamplesTest::isRetriableServerError))
                            .tripper(Trippers.failureStreak(3))).clock(clock).build();
            Calls calls = new Calls(breaker, clock);
            calls.fail(new HttpStatusException(404));
            calls.fail(new HttpStatusException(422));
            assertEquals(0, breaker.info().metric().totalCount(), "4xx are not the server's failures");
            calls.fail(new HttpStatusException(503));
            calls.fail(new ConnectException("refused"));
            calls.fail(new java.net.SocketTimeoutException("slow"));
            assertEquals(State.OPEN, breaker.state());
        }

        @org.junit.jupiter.api.Test
        void aCustomTrackerCanBeNamedInAnExpression() {
            io.fluxgate.tracker.Tracker tracker = Trackers.parse(
                    "Custom(io.fluxgate.SeedExamplesTest#isRetriableServerError)", getClass().getClassLoader());
            assertEquals(true, tracker.test(new HttpStatusException(500)));
            assertEquals(false, tracker.test(new HttpStatusException(404)));
            assertEquals("Custom(io.fluxgate.SeedExamplesTest#isRetriableServerError)", tracker.toString());
        }

        @ParameterizedTest(name = "parsed={0}")
        @ValueSource(booleans = {false, true})
        void differentThresholdsPerState(boolean parsed) throws Exception {
            CircuitBreaker breaker = either(parsed,
                    CircuitBreaker.builder("api").retry(Retries.cooldown(Duration.ofSeconds(1))).permit(Permits.all())
                            .tripper(Trippers.closed().and(Trippers.minRequests(20)).and(Trippers.failureRate(0.6))
                                    .or(Trippers.halfOpened().and(Trippers.minRequests(5)).and(Trippers.failureRate(0.5)))),
                    CircuitBreaker.builder("api").retry(Retries.parse("Cooldown(1)")).permit(Permits.parse("All()"))
                            .tripper(Trippers.parse("(Closed() & MinRequests(20) & FailureRate(0.6)) | "
                                    + "(HalfOpened() & MinRequests(5) & FailureRate(0.5))")));
            Calls calls = new Calls(breaker, clock);
            calls.succeed(8);
            calls.fail(11);
            assertEquals(State.CLOSED, breaker.state(), "19 calls: below MinRequests(20)");
            calls.fail();
            assertEquals(State.OPEN, breaker.state(), "12 of 20 = 0.6");

            clock.advanceSeconds(1);
            calls.fail(4);
            assertEquals(State.HALF_OPEN, breaker.state(), "half-open judges failures only from 5 outcomes on");
            calls.fail();
            assertEquals(State.OPEN, breaker.state(), "5 of 5 >= 0.5: the stricter half-open rule");

            clock.advanceSeconds(1);
            calls.fail(2);
            calls.succeed();
            assertEquals(State.CLOSED, breaker.state(), "a success closes while the half-open rule does not hold");
        }

        CircuitBreaker factory(String name, String policy) {
            switch (policy) {
                case "strict":
                    return CircuitBreaker.builder(name).clock(clock)
                            .tripper(Trippers.parse("MinRequests(20) & FailureRate(0.4)")).build();
                case "lenient":
                    return CircuitBreaker.builder(name).clock(clock).window(Windows.parse("CountWindow(50)"))
                            .tripper(Trippers.parse("MinRequests(10) & FailureRate(0.7)"))
                            .retry(Retries.parse("Cooldown(30.0)")).build();
                default:
                    throw new IllegalArgumentException("Unknown policy: " + policy);
            }
        }

        @org.junit.jupiter.api.Test
        void aFactoryMakesBreakersFromNamedPolicies() throws Exception {
            CircuitBreaker checkout = factory("checkout", "strict");
            CircuitBreaker recommendations = factory("recommendations", "lenient");
            Calls strict = new Calls(checkout, clock);
            Calls lenient = new Calls(recommendations, clock);
            strict.succeed(12);
            strict.fail(8);
            lenient.succeed(12);
            lenient.fail(8);
            assertEquals(State.OPEN, checkout.state(), "8 of 20 = 0.4");
            assertEquals(State.CLOSED, recommendations.state(), "8 of 20 < 0.7");
            assertEquals("CountWindow(50)", recommendations.toString().replaceAll(".*window=([^,]+),.*", "$1"));
            assertThrows(IllegalArgumentException.class, () -> factory("x", "unknown"));
        }
    }
}
