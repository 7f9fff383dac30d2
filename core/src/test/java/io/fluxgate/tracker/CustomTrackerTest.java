package io.fluxgate.tracker;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CustomTrackerTest {

    @Test
    void thePredicateDecides() {
        Custom serverErrors = new Custom(error -> error.getMessage() != null && error.getMessage().startsWith("5"));
        assertTrue(serverErrors.test(new IOException("503 unavailable")));
        assertFalse(serverErrors.test(new IOException("404 not found")));
        assertFalse(serverErrors.test(new IOException()));
    }

    @Test
    void refusesANullPredicate() {
        assertEquals("Custom: predicate must not be null",
                assertThrows(IllegalArgumentException.class, () -> new Custom(null)).getMessage());
    }

    @Test
    void aDescriptionIsWhatToStringShowsAndWhatEqualityCompares() {
        Custom one = new Custom(error -> true, "com.acme.Rules#isServerError");
        Custom other = new Custom(error -> false, "com.acme.Rules#isServerError");
        assertEquals("Custom(com.acme.Rules#isServerError)", one.toString());
        assertEquals(one, other);
        assertEquals(one.hashCode(), other.hashCode());
        assertNotEquals(one, new Custom(error -> true, "com.acme.Rules#isClientError"));
    }

    @Test
    void withoutADescriptionEqualityIsThePredicates() {
        Predicate<Throwable> predicate = error -> true;
        assertEquals(new Custom(predicate), new Custom(predicate));
        assertNotEquals(new Custom(predicate), new Custom(error -> true));
        assertEquals("Custom(" + predicate + ")", new Custom(predicate).toString());
    }
}
