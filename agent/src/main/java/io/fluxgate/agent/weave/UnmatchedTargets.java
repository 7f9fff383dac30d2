package io.fluxgate.agent.weave;

import io.fluxgate.agent.AgentLog;
import io.fluxgate.agent.policy.MethodTarget;
import io.fluxgate.agent.runtime.SiteTable;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.concurrent.TimeUnit;

/**
 * A target that has claimed no method a while after start is usually a typo: say so once.
 * The delay is {@code -Dfluxgate.unmatchedAfter} seconds (default 60).
 */
public final class UnmatchedTargets {
    private UnmatchedTargets() {
    }

    /** @param stillInForce whether the targets are still the policy in force when the time comes */
    public static void watch(List<MethodTarget> targets, SiteTable sites, BooleanSupplier stillInForce) {
        if (targets.isEmpty()) {
            return;
        }
        long delaySeconds = Long.getLong("fluxgate.unmatchedAfter", 60L);
        Thread watcher = new Thread(() -> {
            try {
                TimeUnit.SECONDS.sleep(delaySeconds);
            } catch (InterruptedException stopped) {
                return;
            }
            if (stillInForce.getAsBoolean()) {
                report(targets, sites);
            }
        }, "fluxgate-unmatched-targets");
        watcher.setDaemon(true);
        watcher.start();
    }

    static void report(List<MethodTarget> targets, SiteTable sites) {
        int[] claimed = sites.countByTarget(targets);
        for (MethodTarget target : targets) {
            if (claimed[target.index()] == 0) {
                AgentLog.info(target.location() + ": target " + target.pattern().text()
                        + " has matched no method so far; check the class and method names for a typo");
            }
        }
    }

}
