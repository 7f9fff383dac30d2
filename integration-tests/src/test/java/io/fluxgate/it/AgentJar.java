package io.fluxgate.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/** The agent jar under test, as the build passes it in {@code -Dfluxgate.agent.jar}. */
public final class AgentJar {
    private AgentJar() {
    }

    /** The jar; fails with what to do when it has not been built. */
    public static Path path() {
        Path jar = Paths.get(System.getProperty("fluxgate.agent.jar", "../agent/target/fluxgate.jar"))
                .toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("The agent jar " + jar + " does not exist, so the agent cannot be"
                    + " tested. Build it first (mvn -B package -pl core,agent -DskipTests), or run only the"
                    + " tests that need no agent (mvn verify -pl integration-tests -Pwithout-agent-tests).");
        }
        requirePremainClass(jar);
        return jar;
    }

    private static void requirePremainClass(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            if (manifest == null || manifest.getMainAttributes().getValue("Premain-Class") == null) {
                throw new IllegalStateException("The agent jar " + jar + " has no Premain-Class in its manifest:"
                        + " it is not the agent built by the agent module.");
            }
        } catch (IOException e) {
            throw new IllegalStateException("The agent jar " + jar + " cannot be read (" + e.getMessage()
                    + "); is it being rebuilt right now?", e);
        }
    }
}
