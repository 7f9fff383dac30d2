package io.fluxgate.it.live;

import io.fluxgate.it.AppProcess;
import io.fluxgate.it.InventoryServer;
import io.fluxgate.it.Jdks;
import io.fluxgate.it.Policies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static io.fluxgate.it.Answers.HTTP_503;
import static io.fluxgate.it.Answers.REJECTED;
import static io.fluxgate.it.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code java -jar fluxgate.jar attach <pid> policy.json} protects an application that is already
 * running, without a restart; attaching again replaces the policy instead of weaving twice.
 */
class AttachIT {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;
    private InventoryServer server;
    private AppProcess app;

    @BeforeEach
    void start() {
        server = InventoryServer.start();
        app = AppProcess.builder().args(server.baseUrl()).start();   // no agent: an ordinary running service
    }

    @AfterEach
    void stop() {
        app.close();
        server.close();
    }

    @Test
    void listShowsTheRunningApplication() {
        AgentCommand list = AgentCommand.run("list");
        assertEquals(0, list.exitCode, list.output);
        assertTrue(list.output.lines().anyMatch(line -> line.startsWith(app.pid() + "  ") && line.contains("demo.legacy.Main")),
                list.output);
    }

    @Test
    void attachingProtectsTheCallsOfARunningApplication() {
        server.failing();
        for (int i = 0; i < 3; i++) {
            assertEquals(HTTP_503, app.send("stock sku-1"), "unprotected: every call reaches the service");
        }
        AgentCommand.attach(app.pid(), Policies.write(dir, policy("inventory", "closed")));
        app.awaitStderr("the agent's start", line -> line.startsWith("fluxgate: protecting 1 method target"), WAIT);

        String rejected = eventually(WAIT, "a rejection once the woven class has two failures",
                () -> app.send("stock sku-1"), answer -> answer.startsWith(REJECTED));
        assertTrue(rejected.contains("'inventory' is open"), rejected);
        long reached = server.requestCount();
        for (int i = 0; i < 3; i++) {
            assertTrue(app.send("stock sku-1").startsWith(REJECTED));
        }
        assertEquals(reached, server.requestCount(), "an open breaker keeps calls from the service");
        assertTrue(systemProperties(app.pid()).contains("fluxgate.agent.version="),
                "the running agent says its version, for later attaches");
    }

    @Test
    void attachingAgainReplacesThePolicyRatherThanWeavingTwice() {
        AgentCommand.attach(app.pid(), Policies.write(dir, "first.json", policy("inventory", "forced_open")));
        String rejected = eventually(WAIT, "the forced-open breaker of the first policy",
                () -> app.send("stock sku-1"), answer -> answer.startsWith(REJECTED));
        assertTrue(rejected.contains("'inventory' is forced_open"), rejected);

        AgentCommand.attach(app.pid(), Policies.write(dir, "second.json", policy("stock", "closed")));
        app.awaitStderr("the second policy applied", line -> line.contains("second.json applied (revision 2)"), WAIT);
        eventually(WAIT, "calls pass once the first policy's weaving is gone",
                () -> app.send("stock sku-1"), answer -> answer.equals("OK 42"));
        long before = server.requestCount();
        for (int i = 0; i < 3; i++) {
            assertEquals("OK 42", app.send("stock sku-1"));
        }
        assertEquals(before + 3, server.requestCount(), "each call runs once, through one breaker");
        server.failing();
        assertEquals(HTTP_503, app.send("stock sku-1"));
        assertEquals(HTTP_503, app.send("stock sku-1"));
        String now = app.send("stock sku-1");
        assertTrue(now.startsWith(REJECTED) && now.contains("'stock' is open"), "the second policy's breaker: " + now);
    }

    @Test
    void anInvalidPolicyIsRefusedBeforeItReachesTheApplication() {
        Path broken = Policies.write(dir, "{\"version\": 1, \"targets\": [{\"method\": \"demo.legacy.InventoryClient#\"}]}");
        AgentCommand attach = AgentCommand.run("attach", Long.toString(app.pid()), broken.toString());
        assertEquals(1, attach.exitCode, attach.output);
        assertTrue(attach.output.contains(broken + ":1:"), attach.output);
        assertTrue(attach.output.contains("not attached"), attach.output);
        assertEquals("OK 42", app.send("stock sku-1"));
        assertTrue(app.agentLines().isEmpty(), "nothing reached the application: " + app.agentLines());
    }

    @Test
    void aJvmRunningAnotherVersionOfTheAgentIsNotAttachedTo() {
        app.close();
        app = AppProcess.builder().systemProperty("fluxgate.agent.version", "0.0.1").args(server.baseUrl()).start();
        AgentCommand attach = AgentCommand.run("attach", Long.toString(app.pid()),
                Policies.write(dir, policy("inventory", "forced_open")).toString());
        assertEquals(1, attach.exitCode, attach.output);
        assertTrue(attach.output.contains("runs fluxgate 0.0.1") && attach.output.contains("restart the JVM to upgrade"),
                attach.output);
        assertEquals("OK 42", app.send("stock sku-1"));
        assertTrue(app.agentLines().isEmpty(), "nothing reached the application: " + app.agentLines());
    }

    /** {@code jcmd <pid> VM.system_properties}. */
    private static String systemProperties(long pid) {
        Path jcmd = Jdks.current().resolve("bin").resolve("jcmd");
        try {
            Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "VM.system_properties")
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "jcmd ended");
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String policy(String breaker, String state) {
        return "{\n"
                + "  \"version\": 1,\n"
                + "  \"breakers\": {\n"
                + "    \"" + breaker + "\": { \"tracker\": \"TypeOf(java.io.IOException)\", \"tripper\": \"FailureStreak(2)\",\n"
                + "                 \"retry\": \"Cooldown(60s)\", \"state\": \"" + state + "\" }\n"
                + "  },\n"
                + "  \"targets\": [\n"
                + "    { \"method\": \"demo.legacy.InventoryClient#fetchStock(java.lang.String)\", \"breaker\": \"" + breaker + "\" }\n"
                + "  ]\n"
                + "}\n";
    }
}
