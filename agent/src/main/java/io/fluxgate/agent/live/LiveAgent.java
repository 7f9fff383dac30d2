package io.fluxgate.agent.live;

import io.fluxgate.agent.AgentLog;
import io.fluxgate.agent.bootstrap.Bridge;
import io.fluxgate.agent.http.HttpProtection;
import io.fluxgate.agent.http.HttpWeaving;
import io.fluxgate.agent.observe.Observability;
import io.fluxgate.agent.policy.MethodTarget;
import io.fluxgate.agent.policy.Policy;
import io.fluxgate.agent.policy.PolicyLoader;
import io.fluxgate.agent.runtime.AppliedPolicy;
import io.fluxgate.agent.runtime.Breakers;
import io.fluxgate.agent.runtime.SiteDispatcher;
import io.fluxgate.agent.runtime.SiteTable;
import io.fluxgate.agent.weave.MethodWeaver;
import io.fluxgate.agent.weave.UnmatchedTargets;

import java.lang.instrument.Instrumentation;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The agent at work in this JVM: the policy in force and everything made from it. A new policy
 * (an edit of a watched file, or the agent attached again) {@linkplain #replace replaces} it in
 * place: breakers are reconfigured keeping their state (woven code moves to them at once), listeners
 * restarted only if they changed, and classes re-woven only if the method targets changed.
 */
public final class LiveAgent {
    /** How long a watched file must be quiet before a new version is read. */
    private static final long DEBOUNCE_MILLIS = Long.getLong("fluxgate.reloadDebounceMillis", 300L);
    private static final String IN_FORCE_STAYS = "the policy in force stays";

    private final Instrumentation instrumentation;
    private final SiteTable sites = new SiteTable();
    private final SiteDispatcher dispatcher;
    private final Breakers breakers;
    private volatile AppliedPolicy applied;
    private Path file;
    private Observability observability;
    private MethodWeaver.Installed methodWeaving;
    private HttpProtection http;   // null until a policy has http targets
    private PolicyWatcher watcher;

    private LiveAgent(Path file, Policy policy, Instrumentation instrumentation) {
        this.file = file;
        this.instrumentation = instrumentation;
        this.applied = AppliedPolicy.first(policy);
        this.observability = Observability.start(policy);
        this.breakers = new Breakers(policy, observability.listeners(), observability.calls());
        observability.watch(breakers, () -> applied);
        this.dispatcher = new SiteDispatcher(sites, observability.fallbacks());
    }

    /** Applies the first policy of this JVM. */
    public static LiveAgent start(Path file, Policy policy, Instrumentation instrumentation) {
        LiveAgent agent = new LiveAgent(file, policy, instrumentation);
        Bridge.install(agent.dispatcher);
        List<MethodTarget> targets = policy.methodTargets();
        if (!targets.isEmpty()) {   // the weaver costs start-up time: only pay it when there is something to weave
            agent.methodWeaving = new MethodWeaver(targets, agent.breakers::of, agent.sites).install(instrumentation);
            agent.watchUnmatched(policy);
        }
        if (!policy.httpTargets().isEmpty()) {   // likewise
            agent.http = HttpWeaving.install(policy, agent.breakers, instrumentation);
        }
        AgentLog.info("protecting " + targets.size() + " method target" + (targets.size() == 1 ? "" : "s")
                + " with policy " + policy.source());
        agent.watchFileIfAsked(policy);
        return agent;
    }

    /** The agent attached again: reads {@code newFile} and puts it in force, or keeps the policy in force if it is invalid. */
    public synchronized void replaceFrom(Path newFile) {
        Policy next = PolicyReport.validOrNull(() -> PolicyLoader.load(newFile), newFile, IN_FORCE_STAYS);
        if (next != null) {
            file = newFile;
            replace(next);
        }
    }

    /** A new version of the watched file's content. */
    synchronized void reload(String content) {
        Policy next = PolicyReport.validOrNull(() -> PolicyLoader.load(file.toString(), content), file, IN_FORCE_STAYS);
        if (next != null) {
            replace(next);
        }
    }

    /** Puts {@code next} in force in place of the policy in force; its warnings have been told. */
    private void replace(Policy next) {
        Policy before = applied.policy();
        PolicyChanges changes = PolicyChanges.between(before, next);
        boolean observersChanged = changes.observersChanged();
        if (observersChanged) {
            observability.stop();
            observability = Observability.start(next);
        }
        Breakers.Reconfiguration reconfigured = breakers.reconfigure(next, observability.listeners(),
                observability.calls(), observersChanged);
        if (observersChanged) {
            observability.watch(breakers, () -> applied);
            dispatcher.countFallbacksWith(observability.fallbacks());
        }
        applied = applied.replacedBy(next);
        sites.rebind(breaker -> breakers.get(breaker.name()));   // woven code uses the new breakers at once
        if (changes.methodTargetsChanged()) {
            reweave(next);
        }
        replaceHttp(next);
        AgentLog.info("policy " + next.source() + " applied (revision " + applied.revision() + "): "
                + changes.summary());
        for (String name : reconfigured.windowsReset()) {
            AgentLog.info("breaker '" + name + "': its new settings judge a different window; the window starts empty");
        }
        watchFileIfAsked(next);
    }

    /**
     * Swaps the method weaver: the old one stops weaving, and every class it wove is retransformed
     * with the new one, which leaves untouched those that no target claims any more.
     */
    private void reweave(Policy next) {
        List<MethodTarget> targets = next.methodTargets();
        Set<String> woven = sites.wovenTypeNames();
        if (methodWeaving != null) {
            methodWeaving.remove();
        }
        if (targets.isEmpty() && woven.isEmpty()) {
            methodWeaving = null;
            return;
        }
        methodWeaving = new MethodWeaver(targets, breakers::of, sites)
                .install(instrumentation, type -> woven.contains(type.getName()));
        watchUnmatched(next);
    }

    /** New exchanges follow the new policy's http targets and breakers (per-host ones included). */
    private void replaceHttp(Policy next) {
        if (http != null) {
            http.update(next, breakers);
        } else if (!next.httpTargets().isEmpty()) {
            http = HttpWeaving.install(next, breakers, instrumentation);
        }
    }

    /** Reports the policy's targets that claim nothing a while from now, unless another policy is in force by then. */
    private void watchUnmatched(Policy policy) {
        UnmatchedTargets.watch(policy.methodTargets(), sites, () -> applied.policy() == policy);
    }

    /** Watches the file while the policy in force asks for it ({@code "reload": true} or {@code -Dfluxgate.reload=true}). */
    private void watchFileIfAsked(Policy policy) {
        boolean wanted = policy.reload() || Boolean.getBoolean("fluxgate.reload");
        if (watcher != null && (!wanted || !watcher.watches(file))) {
            watcher.close();
            watcher = null;
            if (!wanted) {
                AgentLog.info("no longer watching " + file + " (the policy in force does not ask for reload)");
            }
        }
        if (wanted && watcher == null) {
            watcher = PolicyWatcher.start(file, DEBOUNCE_MILLIS, this::reload);
            AgentLog.info("watching " + file + " for changes");
        }
    }

    /**
     * For a JVM whose policy was invalid at start and that asked for reload: watches the file and
     * hands on each version that validates (reporting those that do not), so that fixing the file
     * starts the protection without a restart.
     */
    public static PolicyWatcher watchUntilValid(Path file, Consumer<Policy> onValid) {
        return PolicyWatcher.start(file, DEBOUNCE_MILLIS, content -> {
            Policy valid = PolicyReport.validOrNull(() -> PolicyLoader.load(file.toString(), content), file,
                    "the application runs unprotected");
            if (valid != null) {
                onValid.accept(valid);
            }
        });
    }
}
