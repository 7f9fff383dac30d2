package io.fluxgate.agent;

import io.fluxgate.agent.bootstrap.Bridge;
import io.fluxgate.agent.http.HttpWeaving;
import io.fluxgate.agent.observe.Observability;
import io.fluxgate.agent.policy.MethodTarget;
import io.fluxgate.agent.policy.Policy;
import io.fluxgate.agent.policy.PolicyError;
import io.fluxgate.agent.policy.PolicyException;
import io.fluxgate.agent.policy.PolicyLoader;
import io.fluxgate.agent.runtime.Breakers;
import io.fluxgate.agent.runtime.SiteDispatcher;
import io.fluxgate.agent.runtime.SiteTable;
import io.fluxgate.agent.weave.MethodWeaver;
import io.fluxgate.agent.weave.UnmatchedTargets;

import java.lang.instrument.Instrumentation;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * Starts the agent: finds and reads the policy, builds its breakers, installs the bridge and the
 * weaver. Fail-open: a policy that cannot be used is reported and nothing is woven, unless
 * {@code -Dfluxgate.strict=true} asks to stop the JVM instead.
 */
public final class Agent {
    private Agent() {
    }

    /** @param argument the text after {@code fluxgate.jar=}, or null */
    public static void start(String argument, Instrumentation instrumentation) {
        Path policyFile = policyFile(argument);
        if (policyFile == null) {
            AgentLog.info("no policy given (-javaagent:fluxgate.jar=policies.json, FLUXGATE_POLICY or "
                    + "-Dfluxgate.policy); nothing is protected");
            return;
        }
        Policy policy;
        try {
            policy = PolicyLoader.load(policyFile);
        } catch (PolicyException invalid) {
            for (PolicyError error : invalid.errors()) {
                AgentLog.info(error.toString());
            }
            if (Boolean.getBoolean("fluxgate.strict")) {
                AgentLog.info("strict mode: the policy is invalid, stopping the JVM");
                System.exit(1);
            }
            AgentLog.info("the policy was not applied; the application runs unprotected");
            return;
        }
        for (PolicyError warning : policy.warnings()) {
            AgentLog.info(warning.toString());
        }
        apply(policy, instrumentation);
    }

    static void apply(Policy policy, Instrumentation instrumentation) {
        Observability observability = Observability.start(policy);
        Breakers breakers = new Breakers(policy, observability.listeners(), observability.calls());
        observability.watch(breakers, () -> policy);
        SiteTable sites = new SiteTable();
        Bridge.install(new SiteDispatcher(sites, observability.fallbacks()));
        List<MethodTarget> targets = policy.methodTargets();
        if (!targets.isEmpty()) {   // the weaver costs start-up time: only pay it when there is something to weave
            new MethodWeaver(targets, breakers::of, sites).install(instrumentation);
            UnmatchedTargets.watch(targets, sites);
        }
        if (!policy.httpTargets().isEmpty()) {
            HttpWeaving.install(policy, breakers, instrumentation);   // a reload keeps the handle it returns
        }
        AgentLog.info("protecting " + targets.size() + " method target" + (targets.size() == 1 ? "" : "s")
                + " with policy " + policy.source());
    }

    /** The agent argument, else {@code FLUXGATE_POLICY}, else {@code -Dfluxgate.policy}; null when none. */
    static Path policyFile(String argument) {
        for (String candidate : new String[] {argument, System.getenv("FLUXGATE_POLICY"),
                System.getProperty("fluxgate.policy")}) {
            if (candidate != null && !candidate.trim().isEmpty()) {
                return Paths.get(candidate.trim());
            }
        }
        return null;
    }
}
