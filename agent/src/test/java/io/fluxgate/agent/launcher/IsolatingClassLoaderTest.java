package io.fluxgate.agent.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The agent's loader over a jar laid out like fluxgate.jar: classes under inst/ as .classdata. */
class IsolatingClassLoaderTest {
    private static final String SAMPLE = "io.fluxgate.agent.launcher.IsolatingClassLoaderTest$Sample";

    /** Loaded by the isolating loader from the test jar, never from the test's class path. */
    public static final class Sample {
        @Override
        public String toString() {
            return "sample";
        }
    }

    @TempDir
    Path folder;

    @Test
    void aClassStoredAsClassDataIsDefinedByTheLoaderInItsPackage() throws Exception {
        byte[] classFile = classFile(SAMPLE);
        IsolatingClassLoader loader = new IsolatingClassLoader(jar("inst/" + path(SAMPLE) + ".classdata", classFile)
                .toFile(), null);

        Class<?> loaded = loader.loadClass(SAMPLE);

        assertSame(loader, loaded.getClassLoader());
        assertEquals("sample", loaded.getConstructor().newInstance().toString());
        assertNotNull(loaded.getPackage(), "Java 8 code may read the package of our classes");
        assertEquals("io.fluxgate.agent.launcher", loaded.getPackage().getName());
        assertNotNull(loaded.getProtectionDomain().getCodeSource());
    }

    @Test
    void itsClassFilesAreServedUnderTheirUsualNames() throws Exception {
        byte[] classFile = classFile(SAMPLE);
        IsolatingClassLoader loader = new IsolatingClassLoader(jar("inst/" + path(SAMPLE) + ".classdata", classFile)
                .toFile(), null);

        try (InputStream stream = loader.getResourceAsStream(path(SAMPLE) + ".class")) {
            assertNotNull(stream);
            assertArrayEquals(classFile, stream.readAllBytes());
        }
        try (InputStream stream = loader.getResource(path(SAMPLE) + ".class").openStream()) {
            assertArrayEquals(classFile, stream.readAllBytes());
        }
        assertNull(loader.getResourceAsStream("io/fluxgate/Missing.class"));
    }

    @Test
    void aClassItDoesNotHoldIsNotFound() throws Exception {
        IsolatingClassLoader loader = new IsolatingClassLoader(jar("inst/other.txt", new byte[] {1}).toFile(), null);
        assertThrows(ClassNotFoundException.class, () -> loader.loadClass("io.fluxgate.Missing"));
    }

    private Path jar(String entry, byte[] content) throws IOException {
        Path jar = folder.resolve("agent.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new ZipEntry(entry));
            out.write(content);
            out.closeEntry();
        }
        return jar;
    }

    private static String path(String className) {
        return className.replace('.', '/');
    }

    private static byte[] classFile(String className) throws IOException {
        try (InputStream in = IsolatingClassLoaderTest.class.getResourceAsStream("/" + path(className) + ".class")) {
            return in.readAllBytes();
        }
    }
}
