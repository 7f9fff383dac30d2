/**
 * The policy file: reading, validation and the immutable model the agent works from.
 *
 * <p>{@link io.fluxgate.agent.policy.PolicyLoader} reads JSON (or YAML, by extension) into a
 * {@link io.fluxgate.agent.policy.Policy}, or throws a
 * {@link io.fluxgate.agent.policy.PolicyException} listing every
 * {@link io.fluxgate.agent.policy.PolicyError} of the file with its line and column.
 *
 * <p>The model: {@link io.fluxgate.agent.policy.BreakerSpec} (every setting resolved, and a
 * {@code CircuitBreaker.Builder} from it); {@link io.fluxgate.agent.policy.MethodTarget} with its
 * {@link io.fluxgate.agent.policy.MethodPattern} and {@link io.fluxgate.agent.policy.HttpTarget}
 * with its {@link io.fluxgate.agent.policy.HttpMatch} and
 * {@link io.fluxgate.agent.policy.StatusSet}; the {@link io.fluxgate.agent.policy.Fallback}
 * kinds; {@link io.fluxgate.agent.policy.ListenerSpec} kinds and
 * {@link io.fluxgate.agent.policy.AdminSpec}. Matching is pure string work, so the weaver can
 * call it on class names before any class is loaded.
 *
 * <p>The package-private rest reads: {@code TreeReader} turns text into a positioned
 * {@code Node} tree, {@code PolicyReader} walks it section by section ({@code BreakerReader},
 * {@code TargetReader}, {@code FallbackReader}, {@code HttpReader}, {@code ListenerReader},
 * {@code AdminReader}), each reporting into {@code Problems} and going on, so one run finds
 * every mistake.
 */
package io.fluxgate.agent.policy;
