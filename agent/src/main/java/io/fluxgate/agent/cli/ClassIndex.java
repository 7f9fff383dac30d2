package io.fluxgate.agent.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** The names of the classes on a classpath, read from jar and directory listings without loading anything. */
final class ClassIndex {
    private final SortedSet<String> names;

    private ClassIndex(SortedSet<String> names) {
        this.names = Collections.unmodifiableSortedSet(names);
    }

    static ClassIndex scan(List<Path> entries) throws IOException {
        SortedSet<String> names = new TreeSet<>();
        for (Path entry : entries) {
            if (Files.isDirectory(entry)) {
                scanDirectory(entry, names);
            } else {
                scanJar(entry, names);
            }
        }
        return new ClassIndex(names);
    }

    private static void scanJar(Path jar, SortedSet<String> names) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                add(entries.nextElement().getName(), names);
            }
        }
    }

    private static void scanDirectory(Path directory, SortedSet<String> names) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            files.filter(Files::isRegularFile)
                    .forEach(file -> add(directory.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/"),
                            names));
        }
    }

    /** Keeps {@code com/acme/Foo.class} as {@code com.acme.Foo}; skips descriptors and versioned copies. */
    private static void add(String path, SortedSet<String> names) {
        if (!path.endsWith(".class") || path.startsWith("META-INF/") || path.endsWith("module-info.class")
                || path.endsWith("package-info.class")) {
            return;
        }
        names.add(path.substring(0, path.length() - ".class".length()).replace('/', '.'));
    }

    SortedSet<String> names() {
        return names;
    }

    int size() {
        return names.size();
    }
}
