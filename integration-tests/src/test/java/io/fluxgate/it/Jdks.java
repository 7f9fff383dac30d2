package io.fluxgate.it;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;

/** The JDKs a started application can run on. */
public final class Jdks {
    private Jdks() {
    }

    /** The JDK running the tests. */
    public static Path current() {
        return Paths.get(System.getProperty("java.home"));
    }

    /** Where the build says JDK 25 lives ({@code -Dfluxgate.it.jdk25.home}). */
    public static Path jdk25Home() {
        return Paths.get(System.getProperty("fluxgate.it.jdk25.home", "/usr/lib/jvm/temurin-25-jdk-amd64"));
    }

    /** JDK 25, if it is installed. */
    public static Optional<Path> jdk25() {
        Path home = jdk25Home();
        return Files.isExecutable(javaBinary(home)) ? Optional.of(home) : Optional.empty();
    }

    /** JDK 25's home; skips the calling test, saying why on the build's output, when it is missing. */
    public static Path assumeJdk25() {
        Path home = jdk25Home();
        if (!jdk25().isPresent()) {
            String reason = "JDK 25 is not installed at " + home + " (-Dfluxgate.it.jdk25.home): the JDK 25 run is skipped";
            System.err.println(reason);
            Assumptions.assumeTrue(false, reason);
        }
        return home;
    }

    public static Path javaBinary(Path javaHome) {
        return javaHome.resolve("bin").resolve("java");
    }
}
