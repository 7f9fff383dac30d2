package io.fluxgate.agent.cli;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The application classpath given to {@code validate --classpath}: entries separated by the
 * platform's path separator, where {@code dir/*} means every jar in {@code dir}, as for
 * {@code java -cp}. Its loader is thrown away after the check and sees only the classpath and
 * the JDK, never the agent's own classes.
 */
final class Classpath implements Closeable {
    private final List<Path> entries;
    private final URLClassLoader loader;

    private Classpath(List<Path> entries) throws MalformedURLException {
        this.entries = Collections.unmodifiableList(entries);
        URL[] urls = new URL[entries.size()];
        for (int i = 0; i < urls.length; i++) {
            urls[i] = entries.get(i).toUri().toURL();
        }
        this.loader = new URLClassLoader(urls, jdkOnly());
    }

    /**
     * @throws IllegalArgumentException naming every entry that does not exist
     */
    static Classpath parse(String value) throws IOException {
        List<Path> entries = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String entry : value.split(File.pathSeparator)) {
            if (entry.isEmpty()) {
                continue;
            }
            if (entry.endsWith("/*") || entry.endsWith(File.separator + "*")) {
                Path directory = Paths.get(entry.substring(0, entry.length() - 2));
                if (Files.isDirectory(directory)) {
                    entries.addAll(jarsIn(directory));
                } else {
                    missing.add(entry + " (no such directory)");
                }
            } else if (Files.exists(Paths.get(entry))) {
                entries.add(Paths.get(entry));
            } else {
                missing.add(entry + " (no such file or directory)");
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("classpath entries not found: " + String.join(", ", missing));
        }
        return new Classpath(entries);
    }

    private static List<Path> jarsIn(Path directory) throws IOException {
        List<Path> jars = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path file : files) {
                if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar") && Files.isRegularFile(file)) {
                    jars.add(file);
                }
            }
        }
        Collections.sort(jars);
        return jars;
    }

    List<Path> entries() {
        return entries;
    }

    ClassLoader loader() {
        return loader;
    }

    @Override
    public void close() throws IOException {
        loader.close();
    }

    /** The JDK's platform loader on Java 9+ (java.sql and friends), the bootstrap loader (null) on Java 8. */
    private static ClassLoader jdkOnly() {
        try {
            return (ClassLoader) ClassLoader.class.getMethod("getPlatformClassLoader").invoke(null);
        } catch (ReflectiveOperationException java8) {
            return null;
        }
    }
}
