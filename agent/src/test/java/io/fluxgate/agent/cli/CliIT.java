package io.fluxgate.agent.cli;

import io.fluxgate.agent.BuiltJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code java -jar fluxgate.jar ...} as a real process. */
class CliIT {
    @TempDir
    Path directory;

    @Test
    void validPolicyExitsZeroWithAOneLineSummary() throws Exception {
        Path policy = copy("valid/spec-example.json", "policies.json");

        Result result = fluxgate("validate", policy.toString());

        assertEquals(0, result.exit, result.err);
        assertEquals(policy + ": valid (3 breakers, 3 targets, 2 listeners)\n", result.out);
    }

    @Test
    void yamlPoliciesAreValidatedToo() throws Exception {
        Path policy = copy("valid/spec-example.yaml", "policies.yaml");

        Result result = fluxgate("validate", policy.toString());

        assertEquals(0, result.exit, result.err);
        assertTrue(result.out.contains("valid (3 breakers"), result.out);
    }

    @Test
    void invalidPolicyExitsOneWithEveryErrorOnStderr() throws Exception {
        Path policy = Files.writeString(directory.resolve("bad.json"), """
                {"version": 1,
                 "breakers": {"a": {"state": "open", "tripper": "MinRequests(0)"}},
                 "targets": [{"method": "a.B#c(", "breaker": "a"}]}
                """);

        Result result = fluxgate("validate", policy.toString());

        assertEquals(1, result.exit);
        assertEquals("", result.out);
        List<String> lines = result.err.lines().toList();
        assertEquals(4, lines.size(), result.err);
        assertTrue(lines.get(0).startsWith(policy + ":2:30: "), lines.get(0));
        assertTrue(lines.get(1).startsWith(policy + ":2:62: tripper: "), lines.get(1));
        assertTrue(lines.get(2).startsWith(policy + ":3:32: method: "), lines.get(2));
        assertEquals(policy + ": invalid (3 errors)", lines.get(3));
        assertTrue(!result.err.contains("\tat "), "no stack trace");
    }

    @Test
    void versionPrintsFluxgateAndTheVersion() throws Exception {
        Result result = fluxgate("--version");

        assertEquals(0, result.exit);
        assertEquals("fluxgate " + System.getProperty("fluxgate.version", "0.1.0-SNAPSHOT") + "\n", result.out);
    }

    @Test
    void anythingElseIsAUsageErrorWithExitTwo() throws Exception {
        for (List<String> arguments : List.of(List.<String>of(), List.of("frobnicate"), List.of("validate"))) {
            Result result = fluxgate(arguments.toArray(String[]::new));
            assertEquals(2, result.exit, arguments::toString);
            assertEquals("", result.out);
            assertTrue(result.err.contains("usage: java -jar fluxgate.jar"), result.err);
        }
    }

    @Test
    void classpathChecksUseTheApplicationsJars() throws Exception {
        FixtureApp.jar(directory);
        String libraries = directory.resolve("lib") + "/*";
        Path good = Files.writeString(directory.resolve("good.json"), """
                {"version": 1, "targets": [
                  {"method": "com.acme.billing.PaymentClient#charge(java.math.BigDecimal)", "breaker": "payment",
                   "fallback": {"method": "com.acme.billing.Fallbacks#queueCharge"}}]}
                """);
        Path bad = Files.writeString(directory.resolve("bad.json"), """
                {"version": 1, "targets": [
                  {"method": "com.acme.billing.PaymentClient#charge(long)", "breaker": "payment",
                   "fallback": {"method": "com.acme.billing.Fallbacks#queueCharge"}}]}
                """);

        Result valid = fluxgate("validate", good.toString(), "--classpath", libraries);
        Result invalid = fluxgate("validate", bad.toString(), "--classpath", libraries);

        assertEquals(0, valid.exit, valid.err);
        assertTrue(valid.out.contains("checked against 8 classes on the classpath"), valid.out);
        assertEquals(1, invalid.exit);
        assertTrue(invalid.err.startsWith(bad + ":2:14: no method of com.acme.billing.PaymentClient matches charge(long)"),
                invalid.err);
    }

    @Test
    void theJarLoadsAsAnAgent() throws Exception {
        Result result = run(List.of(java(), "-javaagent:" + BuiltJar.path(), "-version"));

        assertEquals(0, result.exit, result.err);
        assertTrue(result.err.lines().anyMatch(line -> line.startsWith("fluxgate: ")), result.err);
    }

    private Path copy(String resource, String name) throws IOException {
        try (InputStream in = CliIT.class.getResourceAsStream("/policies/" + resource)) {
            Path target = directory.resolve(name);
            Files.copy(in, target);
            return target;
        }
    }

    private static Result fluxgate(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", BuiltJar.path().toString()));
        command.addAll(List.of(arguments));
        return run(command);
    }

    private static String java() {
        return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Result run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        StreamReader out = new StreamReader(process.getInputStream());
        StreamReader err = new StreamReader(process.getErrorStream());
        out.start();
        err.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the process did not end: " + command);
        out.join();
        err.join();
        return new Result(process.exitValue(), out.text, err.text);
    }

    private record Result(int exit, String out, String err) {
    }

    /** Drains one stream of the child, so that neither pipe fills up and blocks it. */
    private static final class StreamReader extends Thread {
        private final InputStream in;
        private volatile String text = "";

        StreamReader(InputStream in) {
            this.in = in;
            setDaemon(true);
        }

        @Override
        public void run() {
            try {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
        }
    }
}
