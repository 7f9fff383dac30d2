package io.fluxgate.agent.policy;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A deterministic mutation fuzzer: valid policies are damaged by bit flips, truncation, deletion
 * and splicing of tokens and pieces of other policies. Whatever the input, the reader either
 * returns a policy or throws a {@link PolicyException} whose errors all have a position; never
 * any other exception.
 */
class PolicyFuzzTest {
    // A longer run: -Dfuzz.seed=... -Dfuzz.iterations=... -Dfuzz.seconds=...
    private static final long SEED = Long.getLong("fuzz.seed", 20261201L);
    private static final int ITERATIONS = Integer.getInteger("fuzz.iterations", 4000);
    private static final long BUDGET_NANOS = Long.getLong("fuzz.seconds", 15L) * 1_000_000_000L;

    private static final List<String> TOKENS = List.of(
            "{", "}", "[", "]", "\"", ",", ":", "null", "true", "0", "-1", "1e999", "1.5", "99999999999999999999",
            "\"{host}\"", "\"{\"", "\"}\"", "\"#\"", "\"..\"", "\"a.B#c(..)\"", "\"(\"", "\")\"", "\"&\"", "\"~\"", "\\u0000",
            "\\ud800", "\"\\u00e9\"", "\n", "\t", " ", "'", "*", "&x", "*x", "---", "- ", "? ", "!!binary", "#",
            "\"version\"", "\"breakers\"", "\"targets\"", "\"defaults\"", "\"listeners\"", "\"admin\"", "\"fallback\"",
            "\"method\"", "\"http\"", "\"value\"", "\"throw\"", "\"response\"", "\"failOn\"", "\"status\"", "\"state\"",
            "\"tracker\"", "\"tripper\"", "\"TypeOf()\"", "\"Custom(a#b)\"", "\"CountWindow(-1)\"", "\"Backoff(1, 1)\"",
            "\"SlowRate(2, threshold=0)\"", "\"RampUp(0.9, 0.1, 1)\"", "\"Cooldown(1e400)\"", "\"MinRequests(1)&\"",
            "\"5xx\"", "600", "\"type\"", "\"slack\"", "\"prometheus\"", "\"port\"", "\"maxBreakers\"");

    private final Random random = new Random(SEED);

    @Test
    void mutatedPoliciesOnlyEverFailWithPolicyErrors() {
        List<Seed> corpus = List.of(
                new Seed("spec.json", Resources.policy("valid/spec-example.json")),
                new Seed("everything.json", Resources.policy("valid/everything.json")),
                new Seed("spec.yaml", Resources.policy("valid/spec-example.yaml")));
        long deadline = System.nanoTime() + BUDGET_NANOS;
        int valid = 0;
        int invalid = 0;
        for (int i = 0; i < ITERATIONS && System.nanoTime() < deadline; i++) {
            Seed seed = corpus.get(random.nextInt(corpus.size()));
            String mutant = mutate(seed.text(), corpus);
            if (readsSafely(seed.name(), mutant, i)) {
                valid++;
            } else {
                invalid++;
            }
        }
        assertTrue(invalid > valid, "most mutants should be invalid: " + valid + " valid, " + invalid + " invalid");
    }

    @Test
    void deepNestingIsAnErrorNotAStackOverflow() {
        String deep = "[".repeat(20_000);
        assertThrows(PolicyException.class, () -> PolicyLoader.load("deep.json", "{\"version\": 1, \"x\": " + deep));
        assertThrows(PolicyException.class, () -> PolicyLoader.load("deep.yaml", "version: 1\nx: " + deep));
        String deepValue = "{\"value\": ".repeat(900) + "1" + "}".repeat(900);
        assertDoesNotThrow(() -> PolicyLoader.load("deep.json",
                "{\"version\": 1, \"targets\": [{\"http\": {}, \"breaker\": \"b\", \"fallback\": " + deepValue + "}]}"),
                "deep but within the parser's limit: a valid fallback value");
    }

    /** True when the mutant is a valid policy; fails the test on anything but a PolicyException. */
    private static boolean readsSafely(String name, String mutant, int iteration) {
        try {
            Policy policy = PolicyLoader.load(name, mutant);
            exercise(policy);
            return true;
        } catch (PolicyException invalid) {
            for (PolicyError error : invalid.errors()) {
                if (error.line() < 1 || error.column() < 1 || error.message().isEmpty()) {
                    fail("error without a position at iteration " + iteration + ": " + error + "\ninput:\n" + mutant);
                }
            }
            return false;
        } catch (RuntimeException | StackOverflowError unexpected) {
            throw new AssertionError("iteration " + iteration + " (seed " + SEED + ") threw " + unexpected
                    + " for input:\n" + mutant, unexpected);
        }
    }

    /** What the agent will do with a policy must not throw either. */
    private static void exercise(Policy policy) {
        for (BreakerSpec spec : policy.breakers().values()) {
            spec.newBuilder(spec.nameFor("fuzz.example")).build();
        }
        for (MethodTarget target : policy.methodTargets()) {
            target.pattern().matchesType("com.acme.billing.PaymentClient");
            target.pattern().matchesMethod("charge", List.of("java.math.BigDecimal"));
        }
        for (HttpTarget target : policy.httpTargets()) {
            target.match().matches("okhttp", "api.example.com", 443, "/v1/x", "GET");
            target.failOn().contains(503);
        }
        policy.targets().forEach(target -> target.fallback().ifPresent(Object::toString));
    }

    private String mutate(String text, List<Seed> corpus) {
        String mutant = text;
        int rounds = 1 + random.nextInt(3);
        for (int round = 0; round < rounds; round++) {
            mutant = mutateOnce(mutant, corpus);
        }
        return mutant;
    }

    private String mutateOnce(String text, List<Seed> corpus) {
        if (text.isEmpty()) {
            return TOKENS.get(random.nextInt(TOKENS.size()));
        }
        int at = random.nextInt(text.length());
        switch (random.nextInt(6)) {
            case 0: // flip one bit of one character
                char flipped = (char) (text.charAt(at) ^ (1 << random.nextInt(8)));
                return text.substring(0, at) + flipped + text.substring(at + 1);
            case 1: // truncate
                return text.substring(0, at);
            case 2: // delete a short run
                return text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + random.nextInt(12)));
            case 3: // insert a token
                return text.substring(0, at) + TOKENS.get(random.nextInt(TOKENS.size())) + text.substring(at);
            case 4: // replace a short run with a token
                return text.substring(0, at) + TOKENS.get(random.nextInt(TOKENS.size()))
                        + text.substring(Math.min(text.length(), at + 1 + random.nextInt(8)));
            default: // splice in a piece of another policy
                String other = corpus.get(random.nextInt(corpus.size())).text();
                int from = random.nextInt(other.length());
                int to = Math.min(other.length(), from + 1 + random.nextInt(80));
                return text.substring(0, at) + other.substring(from, to) + text.substring(at);
        }
    }

    private record Seed(String name, String text) {
    }
}
