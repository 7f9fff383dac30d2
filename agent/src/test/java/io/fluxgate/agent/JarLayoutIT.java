package io.fluxgate.agent;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built fluxgate.jar: self-contained, every dependency relocated, an agent manifest, and only
 * the launcher and the bootstrap bridge visible as classes; the rest is stored under inst/ for
 * the agent's own class loader.
 */
class JarLayoutIT {
    private static final List<String> VISIBLE_PREFIXES = List.of("io/fluxgate/agent/launcher/",
            "io/fluxgate/agent/bootstrap/", "io/fluxgate/State", "io/fluxgate/CallNotPermittedException",
            "io/fluxgate/HttpCallNotPermittedException");

    private static final List<JarEntry> entries = new ArrayList<>();
    private static Attributes manifest;

    @BeforeAll
    static void open() throws IOException {
        try (JarFile jar = new JarFile(BuiltJar.path().toFile())) {
            entries.addAll(jar.stream().toList());
            manifest = jar.getManifest().getMainAttributes();
        }
    }

    @Test
    void onlyTheLauncherAndTheBridgeAreVisibleClasses() {
        List<String> visible = new ArrayList<>();
        for (JarEntry entry : entries) {
            String name = entry.getName();
            if (name.endsWith(".class") && VISIBLE_PREFIXES.stream().noneMatch(name::startsWith)) {
                visible.add(name);
            }
        }
        assertEquals(List.of(), visible, "classes an application's class loader could load");
        assertHas("io/fluxgate/agent/bootstrap/Bridge.class");
        assertHas("io/fluxgate/agent/launcher/Launcher.class");
    }

    @Test
    void everyStoredClassLivesUnderIoFluxgate() {
        List<String> strays = new ArrayList<>();
        for (JarEntry entry : entries) {
            String name = entry.getName();
            if (name.startsWith("META-INF/versions/")
                    || name.endsWith(".classdata") && !name.startsWith("inst/io/fluxgate/")) {
                strays.add(name);
            }
        }
        assertEquals(List.of(), strays, "classes of dependencies left under their own package");
    }

    @Test
    void dependenciesAreRelocatedUnderIoFluxgateShaded() {
        assertHas("inst/io/fluxgate/shaded/com/fasterxml/jackson/core/JsonParser.classdata");
        assertHas("inst/io/fluxgate/shaded/com/fasterxml/jackson/databind/JsonNode.classdata");
        assertHas("inst/io/fluxgate/shaded/com/fasterxml/jackson/dataformat/yaml/YAMLFactory.classdata");
        assertHas("inst/io/fluxgate/shaded/org/yaml/snakeyaml/Yaml.classdata");
        assertHas("inst/io/fluxgate/shaded/net/bytebuddy/agent/builder/AgentBuilder.classdata");
        assertTrue(entries.stream().noneMatch(entry -> entry.getName().contains("META-INF/services/com.")),
                "service files are renamed with their classes");
        assertTrue(entries.stream().noneMatch(entry -> entry.getName().contains("module-info")),
                "no module descriptors of relocated libraries");
    }

    @Test
    void containsTheCoreEngineAndTheTool() {
        assertHas("inst/io/fluxgate/CircuitBreaker.classdata");
        assertHas("inst/io/fluxgate/expr/Expressions.classdata");
        assertHas("inst/io/fluxgate/agent/cli/Main.classdata");
        assertHas("inst/io/fluxgate/agent/policy/PolicyLoader.classdata");
        assertHas("inst/io/fluxgate/agent/version.properties");
        assertHas("inst/fluxgate-policy.schema.json");
    }

    @Test
    void theManifestMakesItAnAgentAndATool() {
        assertEquals("io.fluxgate.agent.launcher.Launcher", manifest.getValue("Main-Class"));
        assertEquals("io.fluxgate.agent.launcher.Launcher", manifest.getValue("Premain-Class"));
        assertEquals("io.fluxgate.agent.launcher.Launcher", manifest.getValue("Agent-Class"));
        assertEquals("true", manifest.getValue("Can-Retransform-Classes"));
        assertEquals("true", manifest.getValue("Can-Redefine-Classes"));
    }

    @Test
    void everyClassRunsOnJava8() throws IOException {
        List<String> tooNew = new ArrayList<>();
        try (JarFile jar = new JarFile(BuiltJar.path().toFile())) {
            for (JarEntry entry : entries) {
                String name = entry.getName();
                if ((name.endsWith(".class") || name.endsWith(".classdata")) && majorVersion(jar, entry) > 52) {
                    tooNew.add(name);
                }
            }
        }
        assertEquals(List.of(), tooNew, "class files newer than Java 8");
    }

    private static int majorVersion(JarFile jar, JarEntry entry) throws IOException {
        try (InputStream in = jar.getInputStream(entry); DataInputStream data = new DataInputStream(in)) {
            data.readInt();            // magic
            data.readUnsignedShort();  // minor
            return data.readUnsignedShort();
        }
    }

    private static void assertHas(String name) {
        assertNotNull(entries.stream().filter(entry -> entry.getName().equals(name)).findFirst().orElse(null),
                "missing " + name);
    }
}
