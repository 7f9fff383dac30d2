package io.fluxgate.agent.runtime;

import io.fluxgate.CircuitBreaker;
import io.fluxgate.agent.policy.MethodTarget;

import java.util.Arrays;
import java.util.List;

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

    public Site get(int id) {
        return sites[id];
    }

    /** How many sites each target claimed, by target index. */
    public synchronized int[] countByTarget(int targets) {
        int[] counts = new int[targets];
        for (int i = 0; i < size; i++) {
            counts[sites[i].target().index()]++;
        }
        return counts;
    }
}
