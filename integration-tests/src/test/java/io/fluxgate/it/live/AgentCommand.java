package io.fluxgate.it.live;

import io.fluxgate.it.AgentJar;
import io.fluxgate.it.Jdks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code java -jar fluxgate.jar <arguments>}, run to its end within a bound. */
final class AgentCommand {
    private static final long TIMEOUT_SECONDS = 60;

    final int exitCode;
    final String output;

    private AgentCommand(int exitCode, String output) {
        this.exitCode = exitCode;
        this.output = output;
    }

    static AgentCommand run(String... arguments) {
        List<String> command = new ArrayList<>(Arrays.asList(
                Jdks.javaBinary(Jdks.current()).toString(), "-jar", AgentJar.path().toString()));
        command.addAll(Arrays.asList(arguments));
        try {
            Path log = Files.createTempFile("fluxgate-cli", ".log");
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(log.toFile()).start();
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                    throw new AssertionError(String.join(" ", command) + " did not end within " + TIMEOUT_SECONDS + " s");
                }
                return new AgentCommand(process.exitValue(), new String(Files.readAllBytes(log), StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** {@code attach <pid> <policy>}, which must succeed. */
    static void attach(long pid, Path policy) {
        AgentCommand attach = run("attach", Long.toString(pid), policy.toString());
        assertEquals(0, attach.exitCode, attach.output);
        assertTrue(attach.output.contains("attached to " + pid), attach.output);
    }
}
