package io.fluxgate.agent;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where the integration tests find {@code fluxgate.jar}: failsafe passes its path after the package phase. */
public final class BuiltJar {
    private BuiltJar() {
    }

    public static Path path() {
        Path jar = Paths.get(System.getProperty("fluxgate.jar", "target/fluxgate.jar"));
        assertTrue(Files.isRegularFile(jar), () -> jar + " is missing: run the integration tests with mvn verify");
        return jar;
    }
}
