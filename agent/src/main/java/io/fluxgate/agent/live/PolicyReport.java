package io.fluxgate.agent.live;

import io.fluxgate.agent.AgentLog;
import io.fluxgate.agent.policy.Policy;
import io.fluxgate.agent.policy.PolicyError;
import io.fluxgate.agent.policy.PolicyException;

/** How the agent tells the operator about a policy it read: every error or warning, one line each. */
public final class PolicyReport {
    private PolicyReport() {
    }

    /** Reads one version of a policy. */
    interface Read {
        Policy policy() throws PolicyException;
    }

    /** Every error of an invalid policy, then what follows from it. */
    public static void rejected(PolicyException invalid, String consequence) {
        for (PolicyError error : invalid.errors()) {
            AgentLog.info(error.toString());
        }
        AgentLog.info(consequence);
    }

    /** Things that are allowed but look like mistakes. */
    public static void warnings(Policy policy) {
        for (PolicyError warning : policy.warnings()) {
            AgentLog.info(warning.toString());
        }
    }

    /**
     * The policy {@code read} gives, its warnings told; null when it does not validate, its errors
     * told and then {@code "the new version of <source> is not applied (<n> errors); <consequence>"}.
     */
    static Policy validOrNull(Read read, Object source, String consequence) {
        try {
            Policy policy = read.policy();
            warnings(policy);
            return policy;
        } catch (PolicyException invalid) {
            int count = invalid.errors().size();
            rejected(invalid, "the new version of " + source + " is not applied (" + count + " error"
                    + (count == 1 ? "" : "s") + "); " + consequence);
            return null;
        }
    }
}
