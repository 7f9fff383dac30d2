package io.fluxgate.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the sample application prints for the outcomes the agent produces. */
public final class Answers {
    public static final String HTTP_503 = "ERR java.io.IOException: HTTP 503";
    public static final String INVALID_SKU = "java.lang.IllegalArgumentException: invalid sku: '!'";
    /** A rejection without a fallback, as {@code Throwable.toString()} prints it. */
    public static final String REJECTED = "ERR io.fluxgate.CallNotPermittedException: ";

    private Answers() {
    }

    /** The call was refused by {@code breaker} while open. */
    public static void assertRejected(String answer, String breaker) {
        assertRejected(answer, breaker, "open");
    }

    /** The call was refused by {@code breaker} in {@code state} (lower case, as in messages). */
    public static void assertRejected(String answer, String breaker, String state) {
        assertTrue(answer.startsWith(REJECTED) && answer.contains("'" + breaker + "' is " + state),
                "expected a rejection by '" + breaker + "' (" + state + "), got: " + answer);
    }
}
