package io.fluxgate.agent.bootstrap;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OwnTrafficTest {

    @Test
    void marksOnlyTheThreadThatSendsUntilItIsDone() throws Exception {
        assertFalse(OwnTraffic.isActive());
        OwnTraffic.begin();
        try {
            assertTrue(OwnTraffic.isActive());
            assertFalse(CompletableFuture.supplyAsync(OwnTraffic::isActive).get(), "other threads are not marked");
            OwnTraffic.begin();   // nested: still one mark
        } finally {
            OwnTraffic.end();
        }
        assertFalse(OwnTraffic.isActive());
        OwnTraffic.end();     // an unpaired end changes nothing
        assertFalse(OwnTraffic.isActive());
    }
}
