package io.fluxgate.it;

import java.io.File;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * An application running in its own JVM, by default the sample application's command loop
 * ({@code demo.legacy.Main}): {@link #send} writes one command and returns the one line that answers
 * it. Stdout and stderr are kept for assertions; the agent's lines start with {@code fluxgate: }.
 * Every wait is bounded, and {@link #close} always ends the process.
 */
public final class AppProcess implements AutoCloseable {
    public static final String AGENT_PREFIX = "fluxgate: ";
    public static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(20);
    public static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    private static final String SAMPLE_MAIN = "demo.legacy.Main";
    /** The HTTP client application's command loop (module integration-tests/http-app). */
    public static final String HTTP_MAIN = "demo.http.Main";
    private static final String READY = "READY";
    /** Variables that would change how a started JVM behaves behind the test's back. */
    private static final List<String> INHERITED_VARIABLES_REMOVED =
            Arrays.asList("FLUXGATE_POLICY", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");

    private final List<String> command;
    private final Process process;
    private final Writer stdin;
    private final OutputLines stdout;
    private final OutputLines stderr;

    private AppProcess(List<String> command, Process process) {
        this.command = command;
        this.process = process;
        this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        this.stdout = new OutputLines(process.getInputStream(), "app-stdout");
        this.stderr = new OutputLines(process.getErrorStream(), "app-stderr");
    }

    /** The sample application's command loop, on the running JDK, without the agent. */
    public static Builder builder() {
        return new Builder();
    }

    /** The sample application's command loop against {@code server}, with the agent and {@code policy}. */
    public static AppProcess startWithAgent(Path policy, InventoryServer server) {
        return builder().agent(policy).args(server.baseUrl()).start();
    }

    /** Sends one command and answers the one line the application printed for it. */
    public String send(String commandLine) {
        if (!process.isAlive()) {
            throw new AssertionError("cannot send '" + commandLine + "': the application has exited\n" + diagnostics());
        }
        try {
            stdin.write(commandLine + "\n");
            stdin.flush();
        } catch (IOException e) {
            throw new AssertionError("cannot send '" + commandLine + "': " + e + "\n" + diagnostics(), e);
        }
        return nextStdoutLine(ANSWER_TIMEOUT).orElseThrow(() -> new AssertionError(
                "no answer to '" + commandLine + "' within " + ANSWER_TIMEOUT + "\n" + diagnostics()));
    }

    /** Everything written to stdout so far. */
    public List<String> stdoutLines() {
        return stdout.all();
    }

    /** Everything written to stderr so far. */
    public List<String> stderrLines() {
        return stderr.all();
    }

    /** The agent's lines on stderr so far, prefix included. */
    public List<String> agentLines() {
        return stderr.all().stream().filter(line -> line.startsWith(AGENT_PREFIX)).collect(Collectors.toList());
    }

    /** The first stderr line (so far or within {@code timeout}) that matches; fails if none does. */
    public String awaitStderr(String what, Predicate<String> wanted, Duration timeout) {
        return await(stderr, "stderr", what, wanted, timeout);
    }

    /** The first stdout line (so far or within {@code timeout}) that matches; fails if none does. */
    public String awaitStdout(String what, Predicate<String> wanted, Duration timeout) {
        return await(stdout, "stdout", what, wanted, timeout);
    }

    /** Waits for the process to exit and its output to be read; answers the exit code. */
    public int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("the application did not exit within " + timeout + "\n" + diagnostics());
            }
            stdout.awaitEnd(Duration.ofSeconds(5));
            stderr.awaitEnd(Duration.ofSeconds(5));
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** The process id, for attaching to it. */
    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The command line, exit status and all output: for failure messages. */
    public String diagnostics() {
        StringBuilder text = new StringBuilder("command: ").append(String.join(" ", command)).append('\n');
        text.append(process.isAlive() ? "still running" : "exit code " + process.exitValue()).append('\n');
        text.append("stdout:\n");
        stdout.all().forEach(line -> text.append("  | ").append(line).append('\n'));
        text.append("stderr:\n");
        stderr.all().forEach(line -> text.append("  | ").append(line).append('\n'));
        return text.toString();
    }

    @Override
    public void close() {
        try {
            stdin.close();
        } catch (IOException ignored) {
            // The process may be gone already; it is ended below either way.
        }
        try {
            process.destroy();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private Optional<String> nextStdoutLine(Duration timeout) {
        try {
            return stdout.next(timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private String await(OutputLines lines, String stream, String what, Predicate<String> wanted, Duration timeout) {
        try {
            return lines.await(wanted, timeout).orElseThrow(() -> new AssertionError(
                    "no " + stream + " line " + what + " within " + timeout + "\n" + diagnostics()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private void awaitReady() {
        Optional<String> first = nextStdoutLine(START_TIMEOUT);
        if (!first.isPresent() || !READY.equals(first.get())) {
            String seen = first.map(line -> "its first line was '" + line + "'")
                    .orElse("it printed nothing within " + START_TIMEOUT);
            try {
                // A JVM that failed to start is exiting on its own: let it, so its exit code is its own.
                process.waitFor(2, TimeUnit.SECONDS);
                stderr.awaitEnd(Duration.ofSeconds(2));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            String diagnostics = diagnostics();
            close();
            throw new AssertionError("the application did not get ready: " + seen + "\n" + diagnostics);
        }
    }

    /** How to start an application; {@link #start()} waits for the command loop to be ready. */
    public static final class Builder {
        private Path javaHome = Jdks.current();
        private String agentOption;
        private final Map<String, String> systemProperties = new LinkedHashMap<>();
        private final List<String> jvmOptions = new ArrayList<>();
        private final Map<String, String> environment = new LinkedHashMap<>();
        private final List<Path> classpath = new ArrayList<>(Collections.singletonList(AppClasspath.sampleApp()));
        private String mainClass = SAMPLE_MAIN;
        private final List<String> args = new ArrayList<>();

        private Builder() {
        }

        /** The JDK to run on; the running one by default. */
        public Builder javaHome(Path home) {
            this.javaHome = home;
            return this;
        }

        /** {@code -javaagent:fluxgate.jar=<policy>}. */
        public Builder agent(Path policy) {
            return agentArgument(policy.toString());
        }

        /** {@code -javaagent:fluxgate.jar=<argument>}, the argument taken as it is. */
        public Builder agentArgument(String argument) {
            this.agentOption = "-javaagent:" + AgentJar.path() + "=" + argument;
            return this;
        }

        /** {@code -javaagent:fluxgate.jar} with no argument. */
        public Builder agentWithoutPolicy() {
            this.agentOption = "-javaagent:" + AgentJar.path();
            return this;
        }

        public Builder systemProperty(String name, String value) {
            systemProperties.put(name, value);
            return this;
        }

        public Builder jvmOption(String option) {
            jvmOptions.add(option);
            return this;
        }

        /** Sets a variable for the application; FLUXGATE_POLICY and JVM option variables are never inherited. */
        public Builder env(String name, String value) {
            environment.put(name, value);
            return this;
        }

        /** Replaces the class path (the sample application by default). */
        public Builder onlyClasspath(List<Path> entries) {
            classpath.clear();
            classpath.addAll(entries);
            return this;
        }

        /** Appends class path entries after the sample application. */
        public Builder classpath(List<Path> entries) {
            classpath.addAll(entries);
            return this;
        }

        public Builder classpath(Path... entries) {
            return classpath(Arrays.asList(entries));
        }

        public Builder mainClass(String name) {
            this.mainClass = name;
            return this;
        }

        public Builder args(String... arguments) {
            args.addAll(Arrays.asList(arguments));
            return this;
        }

        /** Starts the sample command loop and waits until it prints READY. */
        public AppProcess start() {
            if (!SAMPLE_MAIN.equals(mainClass) && !HTTP_MAIN.equals(mainClass)) {
                throw new IllegalStateException("only " + SAMPLE_MAIN + " and " + HTTP_MAIN + " say READY; use launch() for "
                        + mainClass);
            }
            AppProcess app = launch();
            app.awaitReady();
            return app;
        }

        /** Starts the process and returns at once (for programs that run to their end, or must not start). */
        public AppProcess launch() {
            List<String> command = command();
            ProcessBuilder builder = new ProcessBuilder(command);
            INHERITED_VARIABLES_REMOVED.forEach(builder.environment()::remove);
            builder.environment().putAll(environment);
            try {
                return new AppProcess(command, builder.start());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start " + String.join(" ", command), e);
            }
        }

        private List<String> command() {
            List<String> command = new ArrayList<>();
            command.add(Jdks.javaBinary(javaHome).toString());
            // A small, quick-starting JVM: these applications live for seconds.
            command.add("-XX:TieredStopAtLevel=1");
            command.add("-XX:+UseSerialGC");
            command.addAll(jvmOptions);
            if (agentOption != null) {
                command.add(agentOption);
            }
            systemProperties.forEach((name, value) -> command.add("-D" + name + "=" + value));
            command.add("-cp");
            command.add(classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
            command.add(mainClass);
            command.addAll(args);
            return command;
        }
    }
}
