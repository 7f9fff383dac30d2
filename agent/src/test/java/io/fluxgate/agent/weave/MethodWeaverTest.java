package io.fluxgate.agent.weave;

import io.fluxgate.CallNotPermittedException;
import io.fluxgate.State;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MethodWeaverTest {
    private static final String INVENTORY = "com.acme.legacy.Inventory";

    private static String policy(String targets) {
        return "{\"version\": 1, \"breakers\": {\"inventory\": {\"tripper\": \"FailureStreak(2)\", "
                + "\"retry\": \"Never()\"}}, \"targets\": [" + targets + "]}";
    }

    private static String target(String method, String extra) {
        return "{\"method\": \"" + method + "\", \"breaker\": \"inventory\"" + extra + "}";
    }

    @AfterEach
    void serviceBack() {
        io.fluxgate.agent.bootstrap.Bridge.install(null);
    }

    @Test
    void aTrippedBreakerRejectsWithoutRunningTheBody() throws Exception {
        Woven woven = new Woven(policy(target(INVENTORY + "#stock(String)", "")));
        Object inventory = woven.newInstance("Inventory");
        woven.setStatic("Inventory", "down", true);

        assertInstanceOf(IOException.class, Woven.call(inventory, "stock", "sku"));
        assertInstanceOf(IOException.class, Woven.call(inventory, "stock", "sku"));
        assertEquals(State.OPEN, woven.breaker("inventory").state());
        int bodiesBefore = woven.bodies();

        Object rejected = Woven.call(inventory, "stock", "sku");
        assertInstanceOf(CallNotPermittedException.class, rejected);
        assertTrue(((Throwable) rejected).getMessage().contains("'inventory' is open"));
        assertEquals(bodiesBefore, woven.bodies(), "the body did not run");
        assertInstanceOf(IOException.class, Woven.call(inventory, "stock", "sku", 7),
                "the overload is not targeted: it runs, and fails, unprotected");
    }

    @Test
    void successesAreRecordedAndReturnTheirValue() throws Exception {
        Woven woven = new Woven(policy(target(INVENTORY + "#stock(..)", "")));
        Object inventory = woven.newInstance("Inventory");
        woven.setStatic("Inventory", "down", false);

        assertEquals(42, Woven.call(inventory, "stock", "sku"));
        assertEquals(3, Woven.call(inventory, "stock", "sku", 3));
        assertEquals(2, woven.breaker("inventory").info().metric().totalCount(), "(..) matched both overloads");
    }

    @Test
    void untrackedThrowablesPassThroughUnchanged() throws Exception {
        Woven woven = new Woven("{\"version\": 1, \"breakers\": {\"inventory\": {\"tracker\": "
                + "\"TypeOf(java.io.IOException)\", \"tripper\": \"FailureStreak(1)\"}}, \"targets\": ["
                + target(INVENTORY + "#validate(String)", ", \"fallback\": {\"value\": 5}, \"fallbackOn\": \"tracked\"")
                + "]}");
        Object inventory = woven.newInstance("Inventory");

        Object thrown = Woven.call(inventory, "validate", "x");
        assertInstanceOf(IllegalArgumentException.class, thrown);
        assertEquals("bad sku x", ((Throwable) thrown).getMessage());
        assertEquals(State.CLOSED, woven.breaker("inventory").state());
        assertEquals(0, woven.breaker("inventory").info().metric().totalCount());
    }

    @Test
    void aValueFallbackIsConvertedToTheGenericReturnType() throws Exception {
        Woven woven = new Woven(policy(target(INVENTORY + "#skus()", ", \"fallback\": {\"value\": [\"cached\"]}")
                + "," + target(INVENTORY + "#stock(String)", ", \"fallback\": {\"value\": -1}")
                + "," + target(INVENTORY + "#reserve(..)", ", \"fallback\": {\"value\": null}")));
        Object inventory = woven.newInstance("Inventory");
        woven.setStatic("Inventory", "down", true);

        assertEquals(Arrays.asList("cached"), Woven.call(inventory, "skus"));
        assertEquals(-1, Woven.call(inventory, "stock", "sku"));
        assertNull(Woven.call(inventory, "reserve", "sku", 2), "a void fallback swallows the failure");
        woven.setStatic("Inventory", "down", false);
        assertEquals(State.OPEN, woven.breaker("inventory").state(), "three failures of one shared breaker");
        assertEquals(Arrays.asList("cached"), Woven.call(inventory, "skus"), "open: the fallback answers");
    }

    @Test
    void fallbackMethodsAreChosenByTheFirstFittingShape() throws Exception {
        String fallbacks = "com.acme.legacy.Fallbacks#";
        for (String[] row : new String[][] {
                {"stockWithCause", "-3"}, {"stockFromArguments", "-3"}, {"stockFromCause", "14"},
                {"stockConstant", "-7"}}) {
            Woven woven = new Woven(policy(target(INVENTORY + "#stock(String)",
                    ", \"fallback\": {\"method\": \"" + fallbacks + row[0] + "\"}")));
            Object inventory = woven.newInstance("Inventory");
            woven.setStatic("Inventory", "down", true);
            assertEquals(Integer.valueOf(row[1]), Woven.call(inventory, "stock", "sku"), row[0]);
        }
    }

    @Test
    void anUnfitFallbackLeavesTheTargetProtectedWithoutOne() throws Exception {
        Woven woven = new Woven(policy(target(INVENTORY + "#stock(String)",
                ", \"fallback\": {\"method\": \"com.acme.legacy.Fallbacks#unfit\"}")));
        Object inventory = woven.newInstance("Inventory");
        woven.setStatic("Inventory", "down", true);
        assertInstanceOf(IOException.class, Woven.call(inventory, "stock", "sku"));
        assertInstanceOf(IOException.class, Woven.call(inventory, "stock", "sku"));
        assertInstanceOf(CallNotPermittedException.class, Woven.call(inventory, "stock", "sku"));
    }

    @Test
    void fallbackOnRejectedAnswersOnlyRejections() throws Exception {
        Woven woven = new Woven(policy(target(INVENTORY + "#stock(String)",
                ", \"fallback\": {\"value\": -1}, \"fallbackOn\": \"rejected\"")));
        Object inventory = woven.newInstance("Inventory");
        woven.setStatic("Inventory", "down", true);
        assertInstanceOf(IOException.class, Woven.call(inventory, "stock", "sku"));
        assertInstanceOf(IOException.class, Woven.call(inventory, "stock", "sku"));
        assertEquals(-1, Woven.call(inventory, "stock", "sku"));
    }

    @Test
    void aThrowFallbackThrowsANewExceptionCausedByTheOriginal() throws Exception {
        Woven woven = new Woven(policy(target(INVENTORY + "#stock(String)",
                ", \"fallback\": {\"throw\": \"java.lang.IllegalStateException\", \"message\": \"try later\"}")));
        Object inventory = woven.newInstance("Inventory");
        woven.setStatic("Inventory", "down", true);
        Object thrown = Woven.call(inventory, "stock", "sku");
        assertInstanceOf(IllegalStateException.class, thrown);
        assertEquals("try later", ((Throwable) thrown).getMessage());
        assertInstanceOf(IOException.class, ((Throwable) thrown).getCause());
    }

    @Test
    void asyncTargetsRecordWhenTheStageCompletesAndRejectWithAFailedStage() throws Exception {
        Woven woven = new Woven(policy(target(INVENTORY + "#stockAsync(String)", "")));
        Object inventory = woven.newInstance("Inventory");
        woven.setStatic("Inventory", "down", true);
        for (int i = 0; i < 2; i++) {
            CompletableFuture<?> failed = (CompletableFuture<?>) Woven.call(inventory, "stockAsync", "sku");
            assertInstanceOf(IOException.class, assertThrows(CompletionException.class, failed::join).getCause());
        }
        assertEquals(State.OPEN, woven.breaker("inventory").state());
        Object rejected = Woven.call(inventory, "stockAsync", "sku");
        assertInstanceOf(CompletableFuture.class, rejected, "a rejection is a failed stage, never a throw");
        assertInstanceOf(CallNotPermittedException.class,
                assertThrows(CompletionException.class, ((CompletableFuture<?>) rejected)::join).getCause());
    }

    @Test
    void anAsyncFallbackCompletesTheStageWithItsValue() throws Exception {
        Woven woven = new Woven(policy(target(INVENTORY + "#stockAsync(String)", ", \"fallback\": {\"value\": -5}")));
        Object inventory = woven.newInstance("Inventory");
        woven.setStatic("Inventory", "down", true);
        for (int i = 0; i < 3; i++) {
            assertEquals(-5, ((CompletableFuture<?>) Woven.call(inventory, "stockAsync", "sku")).join());
        }
        assertEquals(State.OPEN, woven.breaker("inventory").state());
    }

    @Test
    void subtypeTargetsProtectImplementationsOfAnInterface() throws Exception {
        Woven woven = new Woven(policy(target("com.acme.legacy.Priced+#priceOf(String)", "")));
        Object inventory = woven.newInstance("Inventory");
        woven.setStatic("Inventory", "down", true);
        Woven.call(inventory, "priceOf", "sku");
        Woven.call(inventory, "priceOf", "sku");
        assertInstanceOf(CallNotPermittedException.class, Woven.call(inventory, "priceOf", "sku"));
    }

    @Test
    void theFirstMatchingTargetWins() throws Exception {
        Woven woven = new Woven("{\"version\": 1, \"breakers\": {\"first\": {}, \"second\": {}}, \"targets\": ["
                + "{\"method\": \"" + INVENTORY + "#stock(String)\", \"breaker\": \"first\"},"
                + "{\"method\": \"" + INVENTORY + "#*(..)\", \"breaker\": \"second\"}]}");
        Object inventory = woven.newInstance("Inventory");
        woven.setStatic("Inventory", "down", false);
        Woven.call(inventory, "stock", "sku");
        Woven.call(inventory, "healthy", 1);
        assertEquals(1, woven.breaker("first").info().metric().totalCount());
        assertEquals(1, woven.breaker("second").info().metric().totalCount(), "stock went to the first target only");
    }

    @Test
    void constructorsAreNeverWoven() throws Exception {
        Woven woven = new Woven(policy(target(INVENTORY + "#*(..)", "")));
        woven.newInstance("Inventory");
        assertEquals(0, woven.breaker("inventory").info().metric().totalCount());
    }

    @Test
    void theClosedPathAllocatesNothing() throws Exception {
        Woven woven = new Woven("{\"version\": 1, \"breakers\": {\"inventory\": {\"window\": "
                + "\"CountWindow(200000)\"}}, \"targets\": [" + target(INVENTORY + "#healthy(int)", "") + "]}");
        Object inventory = woven.newInstance("Inventory");
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        Woven.call(inventory, "sumHealthy", 50_000);   // warm up

        long before = threads.getThreadAllocatedBytes(thread);
        Woven.call(inventory, "sumHealthy", 100_000);
        long allocated = threads.getThreadAllocatedBytes(thread) - before;

        assertEquals(150_000, woven.breaker("inventory").info().metric().totalCount(), "every call was recorded");
        assertTrue(allocated < 4_096, "100,000 woven calls allocated " + allocated + " bytes");
    }
}
