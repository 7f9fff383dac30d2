package io.fluxgate.agent.runtime;

import io.fluxgate.agent.policy.Policy;

import java.time.Instant;

/** The policy in force, with how many times one was applied in this JVM (1 at start) and when this one was. */
public final class AppliedPolicy {
    private final Policy policy;
    private final int revision;
    private final Instant appliedAt;

    public AppliedPolicy(Policy policy, int revision, Instant appliedAt) {
        this.policy = policy;
        this.revision = revision;
        this.appliedAt = appliedAt;
    }

    /** The first policy of this JVM, applied now. */
    public static AppliedPolicy first(Policy policy) {
        return new AppliedPolicy(policy, 1, Instant.now());
    }

    /** {@code next} replacing this one, applied now. */
    public AppliedPolicy replacedBy(Policy next) {
        return new AppliedPolicy(next, revision + 1, Instant.now());
    }

    public Policy policy() {
        return policy;
    }

    public int revision() {
        return revision;
    }

    public Instant appliedAt() {
        return appliedAt;
    }
}
