package io.fluxgate.agent;

import io.fluxgate.agent.live.LiveAgent;
import io.fluxgate.agent.live.PolicyReport;
import io.fluxgate.agent.live.PolicyWatcher;
import io.fluxgate.agent.policy.Policy;
import io.fluxgate.agent.policy.PolicyException;
import io.fluxgate.agent.policy.PolicyLoader;

import java.lang.instrument.Instrumentation;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Starts the agent: finds and reads the policy, and puts it in force. Fail-open: a policy that
 * cannot be used is reported and nothing is woven, unless {@code -Dfluxgate.strict=true} asks to
 * stop the JVM instead. Started again (attached to a JVM where it runs already), the agent
 * replaces its policy rather than weaving a second time.
 */
public final class Agent {
    /** The agent at work in this JVM, once a policy has been put in force. */
    private static LiveAgent running;
    /** Watches a policy file that was invalid at start, with {@code -Dfluxgate.reload=true}; null otherwise. */
    private static PolicyWatcher pending;

    private Agent() {
    }

    /** @param argument the text after {@code fluxgate.jar=}, or null */
    public static synchronized void start(String argument, Instrumentation instrumentation) {
        Path policyFile = policyFile(argument);
        if (policyFile == null) {
            AgentLog.info("no policy given (-javaagent:fluxgate.jar=policies.json, FLUXGATE_POLICY or "
                    + "-Dfluxgate.policy); " + (running == null ? "nothing is protected" : "the policy in force stays"));
            return;
        }
        if (running != null) {
            running.replaceFrom(policyFile);
            return;
        }
        Policy policy;
        try {
            policy = PolicyLoader.load(policyFile);
        } catch (PolicyException invalid) {
            if (Boolean.getBoolean("fluxgate.strict")) {
                PolicyReport.rejected(invalid, "strict mode: the policy is invalid, stopping the JVM");
                System.exit(1);
            }
            PolicyReport.rejected(invalid, "the policy was not applied; the application runs unprotected");
            if (Boolean.getBoolean("fluxgate.reload") && pending == null) {
                pending = LiveAgent.watchUntilValid(policyFile, valid -> startLater(policyFile, valid, instrumentation));
                AgentLog.info("watching " + policyFile + ": its first valid version will be applied");
            }
            return;
        }
        PolicyReport.warnings(policy);
        startNow(policyFile, policy, instrumentation);
    }

    /** A version of a policy that was invalid at start now validates. */
    private static synchronized void startLater(Path policyFile, Policy policy, Instrumentation instrumentation) {
        if (running == null) {
            startNow(policyFile, policy, instrumentation);
        }
    }

    private static void startNow(Path policyFile, Policy policy, Instrumentation instrumentation) {
        running = LiveAgent.start(policyFile, policy, instrumentation);
        AgentVersion.announce();
        if (pending != null) {
            pending.close();   // the running agent watches the file from now on, if asked
            pending = null;
        }
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
