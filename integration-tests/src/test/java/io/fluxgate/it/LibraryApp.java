package io.fluxgate.it;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Starting and reading {@code demo.libs.LibraryApp}, the application with its own old Jackson and ByteBuddy. */
public final class LibraryApp {
    public static final String MAIN = "demo.libs.LibraryApp";

    private LibraryApp() {
    }

    /** The application on its own class path (sample app, fixtures, old jars), asking for sku-1's stock. */
    public static AppProcess.Builder builder(InventoryServer server) {
        return AppProcess.builder()
                .classpath(AppClasspath.fixtures())
                .classpath(AppClasspath.legacyLibraries())
                .mainClass(MAIN)
                .args(server.baseUrl(), "sku-1");
    }

    /** The versions it printed are its own, loaded from its own jars; its ByteBuddy worked. */
    public static void assertOwnLibraries(AppProcess app) {
        List<String> out = app.stdoutLines();
        String jackson = System.getProperty("legacy.jackson.version", "2.9.10.8");
        String byteBuddy = System.getProperty("legacy.bytebuddy.version", "1.10.22");
        assertTrue(out.size() >= 3, app.diagnostics());
        assertTrue(out.get(0).startsWith("jackson-databind " + jackson + " from ")
                && out.get(0).endsWith("/jackson-databind-" + jackson + ".jar"), app.diagnostics());
        assertTrue(out.get(1).startsWith("byte-buddy " + byteBuddy + " from ")
                && out.get(1).endsWith("/byte-buddy-" + byteBuddy + ".jar"), app.diagnostics());
        assertEquals("generated: made by the application's own ByteBuddy", out.get(2), app.diagnostics());
    }

    /** The last line: the stock report, as JSON written by the application's Jackson. */
    public static String stockLine(AppProcess app) {
        List<String> out = app.stdoutLines();
        return out.isEmpty() ? "" : out.get(out.size() - 1);
    }
}
