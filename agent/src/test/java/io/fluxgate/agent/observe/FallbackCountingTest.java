package io.fluxgate.agent.observe;

import io.fluxgate.CallNotPermittedException;
import io.fluxgate.agent.bootstrap.Verdict;
import io.fluxgate.agent.policy.MethodTarget;
import io.fluxgate.agent.policy.Policy;
import io.fluxgate.agent.policy.PolicyLoader;
import io.fluxgate.agent.runtime.Breakers;
import io.fluxgate.agent.runtime.Site;
import io.fluxgate.agent.runtime.SiteDispatcher;
import io.fluxgate.agent.runtime.SiteTable;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** The method dispatcher tells the fallback counter of each call a fallback answered, and of no other. */
class FallbackCountingTest {
    private final List<String> answered = new ArrayList<>();
    private final SiteTable sites = new SiteTable();
    private final SiteDispatcher dispatcher = new SiteDispatcher(sites, answered::add);

    private Site site(String fallbackOn, String method, boolean async) throws Exception {
        Policy policy = PolicyLoader.load("policy.json", "{\"version\": 1, \"breakers\": {\"inventory\": "
                + "{\"tracker\": \"TypeOf(java.io.IOException)\", \"tripper\": \"FailureStreak(1)\", \"retry\": \"Never()\"}},"
                + " \"targets\": [{\"method\": \"com.acme.legacy.Inventory#" + method + "\", \"breaker\": \"inventory\","
                + " \"fallback\": {\"value\": 7}, \"fallbackOn\": \"" + fallbackOn + "\"}]}");
        MethodTarget target = policy.methodTargets().get(0);
        Breakers breakers = new Breakers(policy, List.of());
        return sites.add(target, breakers.of(target), "com.acme.legacy.Inventory", method.substring(0,
                method.indexOf('(')), List.of("java.lang.String"), async, getClass().getClassLoader());
    }

    @Test
    void countsFallbacksOfFailedAndRejectedCallsButNotSuccesses() throws Exception {
        Site site = site("any", "stock(java.lang.String)", false);
        Object permission = dispatcher.enter(site.id());
        dispatcher.succeeded(permission, 0);
        assertEquals(List.of(), answered);

        permission = dispatcher.enter(site.id());
        Verdict failed = dispatcher.settle(site.id(), permission, 0, new IOException("down"), new Object[] {"sku"});
        assertEquals(7, failed.value);
        Object rejected = dispatcher.enter(site.id());
        assertInstanceOf(CallNotPermittedException.class, rejected);
        Verdict fallback = dispatcher.settle(site.id(), rejected, 0, null, new Object[] {"sku"});
        assertEquals(7, fallback.value);
        assertEquals(List.of("inventory", "inventory"), answered);
    }

    @Test
    void aFailureTheFallbackDoesNotCoverIsNotCounted() throws Exception {
        Site site = site("rejected", "stock(java.lang.String)", false);
        Object permission = dispatcher.enter(site.id());
        Verdict failed = dispatcher.settle(site.id(), permission, 0, new IOException("down"), new Object[] {"sku"});
        assertInstanceOf(IOException.class, failed.error);
        assertEquals(List.of(), answered);
    }

    @Test
    void countsFallbacksOfAsyncCalls() throws Exception {
        Site site = site("any", "stockAsync(java.lang.String)", true);
        Object permission = dispatcher.enter(site.id());
        CompletableFuture<Object> failing = new CompletableFuture<>();
        Object answer = dispatcher.settleAsync(site.id(), permission, 0, failing, null, new Object[] {"sku"});
        failing.completeExceptionally(new IOException("down"));
        assertEquals(7, ((CompletableFuture<?>) answer).join());

        Object rejected = dispatcher.enter(site.id());
        Object rejectedAnswer = dispatcher.settleAsync(site.id(), rejected, 0, null, null, new Object[] {"sku"});
        assertEquals(7, ((CompletableFuture<?>) rejectedAnswer).join());
        assertEquals(List.of("inventory", "inventory"), answered);
    }
}
