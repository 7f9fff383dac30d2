package io.fluxgate.it.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Class paths for the HTTP client application (module integration-tests/http-app): its classes
 * with one set of client library versions, as the build copied them.
 */
final class HttpLibraries {
    /** The oldest supported version of each third-party client (the application is compiled against them). */
    static final String OLDEST = "oldest";
    /** The newest supported version of each. */
    static final String NEWEST = "newest";
    /** A version the agent does not support (OkHttp 3). */
    static final String UNSUPPORTED = "unsupported";

    private HttpLibraries() {
    }

    /** The application and the jars of {@code set}. */
    static List<Path> classpath(String set) {
        List<Path> entries = new ArrayList<>();
        entries.add(existing(System.getProperty("fluxgate.it.httpApp", "http-app/target/classes")));
        Path folder = existing(System.getProperty("fluxgate.it.httpLibs." + set));
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> jars = files.filter(f -> f.toString().endsWith(".jar")).sorted().collect(Collectors.toList());
            if (jars.isEmpty()) {
                throw new IllegalStateException("no jars in " + folder);
            }
            entries.addAll(jars);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** The version of a library in a set, as the build's {@code http-it.*} properties name it. */
    static String version(String library, String set) {
        String version = System.getProperty("http-it." + library + "." + set);
        if (version == null) {
            throw new IllegalStateException("-Dhttp-it." + library + "." + set + " is not set (run the tests with mvn verify)");
        }
        return version;
    }

    private static Path existing(String path) {
        if (path == null) {
            throw new IllegalStateException("the HTTP client libraries' folder is not set (run the tests with mvn verify)");
        }
        Path folder = Paths.get(path).toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException(folder + " does not exist: the http-app module copies it when packaged"
                    + " (run mvn verify)");
        }
        return folder;
    }
}
