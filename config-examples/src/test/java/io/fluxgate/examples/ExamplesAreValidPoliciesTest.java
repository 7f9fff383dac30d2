package io.fluxgate.examples;

import io.fluxgate.agent.policy.Policy;
import io.fluxgate.agent.policy.PolicyException;
import io.fluxgate.agent.policy.PolicyLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Every example is a policy the agent accepts, exactly as `fluxgate.jar validate` would read it. */
class ExamplesAreValidPoliciesTest {

    static List<Path> examples() {
        return PolicyFiles.exampleFiles();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theAgentReadsIt(Path example) {
        Policy policy;
        try {
            policy = PolicyLoader.load(example);
        } catch (PolicyException invalid) {
            policy = fail(example.getFileName() + " is not a valid policy:\n" + invalid.getMessage());
        }
        assertFalse(policy.targets().isEmpty(), "an example protects something");
        assertTrue(policy.warnings().isEmpty(), "warnings: " + policy.warnings());
    }
}
