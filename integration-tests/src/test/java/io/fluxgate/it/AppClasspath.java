package io.fluxgate.it;

import demo.legacy.Main;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Class path entries for a started application; never the test's own class path. */
public final class AppClasspath {
    private AppClasspath() {
    }

    /** The sample application's classes (a jar or a classes folder, wherever the build put them). */
    public static Path sampleApp() {
        try {
            return Paths.get(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fallback classes and the library-carrying application, compiled from src/app-fixtures. */
    public static Path fixtures() {
        return existing(System.getProperty("fluxgate.it.fixtures", "target/app-fixtures"),
                "the app fixtures are compiled in the process-test-classes phase");
    }

    /** The old Jackson and ByteBuddy jars the library-carrying application ships with. */
    public static List<Path> legacyLibraries() {
        Path folder = existing(System.getProperty("fluxgate.it.legacyLibs", "target/legacy-libs"),
                "the old libraries are copied in the process-test-classes phase");
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> jars = files.filter(f -> f.toString().endsWith(".jar")).sorted().collect(Collectors.toList());
            if (jars.isEmpty()) {
                throw new IllegalStateException("no jars in " + folder);
            }
            return new ArrayList<>(jars);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path existing(String path, String hint) {
        Path folder = Paths.get(path).toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException(folder + " does not exist: " + hint + " (run mvn verify)");
        }
        return folder;
    }
}
