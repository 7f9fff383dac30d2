package io.fluxgate.agent.runtime;

import io.fluxgate.CircuitBreaker;
import io.fluxgate.agent.policy.MethodTarget;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Every protected method by number. Woven code carries its number as a constant, so finding a
 * site on the hot path is one array read; sites are only ever added (a re-woven method gets a
 * new number).
 */
public final class SiteTable {
    private volatile Site[] sites = new Site[64];
    private int size;

    public synchronized Site add(MethodTarget target, CircuitBreaker breaker, String typeName, String methodName,
                                 List<String> parameterTypeNames, boolean async, ClassLoader loader) {
        if (size == sites.length) {
            sites = Arrays.copyOf(sites, size * 2);
        }
        Site site = new Site(size, target, breaker, typeName, methodName, parameterTypeNames, async, loader);
        Site[] grown = sites;
        grown[size++] = site;
        sites = grown;   // publish the new entry
        if (target.fallback().isPresent()) {
            FallbackResolver.resolveSoon(site);
        }
        return site;
    }

    /**
     * Points every site at the breaker {@code replacement} gives for its current one (null: keep
     * it), so that woven code uses a reloaded policy's breakers from its next call on.
     */
    public synchronized void rebind(Function<CircuitBreaker, CircuitBreaker> replacement) {
        Site[] rebound = sites.clone();
        for (int i = 0; i < size; i++) {
            CircuitBreaker now = replacement.apply(rebound[i].breaker());
            if (now != null && now != rebound[i].breaker()) {
                rebound[i] = rebound[i].guardedBy(now);
            }
        }
        sites = rebound;
    }

    public Site get(int id) {
        return sites[id];
    }

    /** How many sites each of {@code targets} claimed, by target index (sites of other policies' targets are not counted). */
    public synchronized int[] countByTarget(List<MethodTarget> targets) {
        Set<MethodTarget> counted = Collections.newSetFromMap(new IdentityHashMap<>());
        int length = 0;
        for (MethodTarget target : targets) {
            counted.add(target);
            length = Math.max(length, target.index() + 1);
        }
        int[] counts = new int[length];
        for (int i = 0; i < size; i++) {
            MethodTarget claimant = sites[i].target();
            if (counted.contains(claimant)) {
                counts[claimant.index()]++;
            }
        }
        return counts;
    }

    /** The names of the classes any site was woven into. */
    public synchronized Set<String> wovenTypeNames() {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < size; i++) {
            names.add(sites[i].typeName());
        }
        return names;
    }
}
