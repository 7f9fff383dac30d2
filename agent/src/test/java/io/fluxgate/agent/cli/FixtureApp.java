package io.fluxgate.agent.cli;

import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * A tiny "legacy application" compiled in the test with javax.tools, as classes in a directory
 * and as a jar, for {@code validate --classpath}.
 */
final class FixtureApp {
    private static final Map<String, String> SOURCES = Map.of(
            "com.acme.billing.PaymentClient", """
                    package com.acme.billing;
                    public class PaymentClient {
                        public Receipt charge(java.math.BigDecimal amount) throws java.io.IOException { return new Receipt(); }
                        public Receipt charge(java.math.BigDecimal amount, String currency) { return new Receipt(); }
                        public void refund(long id, byte[] note) { }
                    }""",
            "com.acme.billing.Receipt", """
                    package com.acme.billing;
                    public class Receipt { }""",
            "com.acme.billing.Fallbacks", """
                    package com.acme.billing;
                    public class Fallbacks {
                        public static Receipt queueCharge(java.math.BigDecimal amount, Throwable error) { return new Receipt(); }
                        public static Receipt later() { return new Receipt(); }
                        public static String wrongType(Throwable error) { return ""; }
                        static Receipt hidden(Throwable error) { return null; }
                        public static void refunded(Throwable error) { }
                    }""",
            "com.acme.billing.BillingDown", """
                    package com.acme.billing;
                    public class BillingDown extends RuntimeException {
                        public BillingDown(String message) { super(message); }
                    }""",
            "com.acme.billing.Sealed", """
                    package com.acme.billing;
                    public class Sealed extends RuntimeException {
                        private Sealed() { }
                    }""",
            "com.acme.billing.Rules", """
                    package com.acme.billing;
                    public class Rules {
                        public static boolean isServerError(Throwable error) { return false; }
                    }""",
            "com.acme.inventory.Client", """
                    package com.acme.inventory;
                    public interface Client { String get(String sku); }""",
            "com.acme.inventory.StockClient", """
                    package com.acme.inventory;
                    public class StockClient implements Client {
                        public String get(String sku) { return sku; }
                        public int getCount(String sku) { return 0; }
                    }""");

    private FixtureApp() {
    }

    /** Compiles the sources into {@code directory/classes}; returns that directory. */
    static Path classes(Path directory) {
        Path output = directory.resolve("classes");
        try {
            Files.createDirectories(output);
            JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
            List<JavaFileObject> units = new ArrayList<>();
            SOURCES.forEach((name, source) -> units.add(new Source(name, source)));
            boolean compiled = compiler.getTask(null, null, null, List.of("-d", output.toString(), "--release", "8"),
                    null, units).call();
            if (!compiled) {
                throw new IllegalStateException("the fixture application does not compile");
            }
            return output;
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** The compiled classes as {@code directory/lib/app.jar}. */
    static Path jar(Path directory) {
        Path classes = classes(directory);
        Path jar = directory.resolve("lib").resolve("app.jar");
        try {
            Files.createDirectories(jar.getParent());
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                 Stream<Path> files = Files.walk(classes)) {
                for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                    out.write(Files.readAllBytes(file));
                    out.closeEntry();
                }
            }
            return jar;
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static final class Source extends SimpleJavaFileObject {
        private final String code;

        Source(String className, String code) {
            super(URI.create("string:///" + className.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
            this.code = code;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
        }

        @Override
        public OutputStream openOutputStream() {
            throw new UnsupportedOperationException();
        }
    }
}
