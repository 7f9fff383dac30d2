package io.fluxgate.agent.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line, run in-process; {@code CliIT} runs the built jar. */
class MainTest {
    @TempDir
    Path directory;

    @Test
    void validPolicyExitsZeroWithASummary() throws Exception {
        Path policy = write("policies.json", """
                {"version": 1, "breakers": {"payment": {}},
                 "targets": [{"method": "a.B#c()", "breaker": "payment"}, {"http": {}, "breaker": "other"}],
                 "listeners": [{"type": "log"}]}""");

        Run run = run("validate", policy.toString());

        assertEquals(0, run.exit);
        assertEquals(policy + ": valid (2 breakers, 2 targets, 1 listener)\n", run.out);
        assertEquals("", run.err);
    }

    @Test
    void invalidPolicyExitsOneListingEveryError() throws Exception {
        Path policy = write("policies.json", "{\"version\": 2, \"targets\": [{\"breaker\": \"b\"}]}");

        Run run = run("validate", policy.toString());

        assertEquals(1, run.exit);
        assertEquals("", run.out);
        assertEquals(List.of(
                policy + ":1:13: unsupported policy version 2: this fluxgate reads version 1",
                policy + ":1:28: a target needs \"method\" (a pattern such as \"com.acme.PaymentClient#charge(..)\") "
                        + "or \"http\" (e.g. {\"host\": \"api.example.com\"})",
                policy + ": invalid (2 errors)"), run.errLines());
    }

    @Test
    void warningsGoToStderrButTheExitStaysZero() throws Exception {
        Path policy = write("policies.json", "{\"version\": 1, \"breakers\": {\"payment\": {}},"
                + " \"targets\": [{\"method\": \"a.B#c()\", \"breaker\": \"paymnt\"}]}");

        Run run = run("validate", policy.toString());

        assertEquals(0, run.exit);
        assertTrue(run.err.contains(": warning: breaker \"paymnt\" is not declared"), run.err);
    }

    @Test
    void aMissingFileIsAnInvalidPolicy() {
        Run run = run("validate", directory.resolve("missing.json").toString());

        assertEquals(1, run.exit);
        assertTrue(run.err.contains("cannot read the policy file: no such file"), run.err);
    }

    @Test
    void versionPrintsTheProjectVersion() {
        Run run = run("--version");

        assertEquals(0, run.exit);
        assertTrue(run.out.matches("fluxgate \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n"), run.out);
    }

    @Test
    void anythingElsePrintsTheUsageAndExitsTwo() {
        for (List<String> arguments : List.of(List.<String>of(), List.of("frobnicate"), List.of("validate"),
                List.of("validate", "--classpath"), List.of("validate", "--verbose", "p.json"), List.of("--version", "x"))) {
            Run run = run(arguments.toArray(String[]::new));
            assertEquals(2, run.exit, arguments::toString);
            assertEquals("", run.out, arguments::toString);
            assertTrue(run.err.contains("usage: java -jar fluxgate.jar"), run.err);
        }
    }

    @Test
    void helpGoesToStdout() {
        Run run = run("--help");

        assertEquals(0, run.exit);
        assertTrue(run.out.contains("validate <policy-file> [--classpath <path>]"), run.out);
    }

    @Test
    void classpathChecksFindWhatIsMissing() throws Exception {
        Path jar = FixtureApp.jar(directory);
        Path policy = write("policies.json", """
                {"version": 1, "targets": [
                  {"method": "com.acme.billing.PaymentClint#charge(..)", "breaker": "a"},
                  {"method": "com.acme.billing.PaymentClient#chrge(..)", "breaker": "a"},
                  {"method": "com.acme.billing.PaymentClient#charge(int)", "breaker": "a"},
                  {"method": "com.acme.billing.PaymentClient#charge(java.math.BigDecimal)", "breaker": "a",
                   "fallback": {"method": "com.acme.billing.Fallbacks#wrongType"}},
                  {"method": "com.acme.billing.PaymentClient#charge(java.math.BigDecimal)", "breaker": "a",
                   "fallback": {"method": "com.acme.billing.Fallbacks#hidden"}},
                  {"method": "com.acme.billing.PaymentClient#charge(java.math.BigDecimal)", "breaker": "a",
                   "fallback": {"method": "com.acme.billing.Fallbacks#queueChrge"}},
                  {"method": "com.acme.billing.PaymentClient#charge(java.math.BigDecimal)", "breaker": "a",
                   "fallback": {"method": "com.acme.billing.Fallback#queueCharge"}},
                  {"method": "com.acme.billing.PaymentClient#refund(..)", "breaker": "a",
                   "fallback": {"throw": "com.acme.billing.Sealed"}},
                  {"method": "com.acme.billing.PaymentClient#refund(..)", "breaker": "a",
                   "fallback": {"throw": "com.acme.billing.BillingGone"}},
                  {"method": "com.acme.billing.PaymentClient#refund(..)", "breaker": "a",
                   "fallback": {"throw": "com.acme.billing.Receipt"}}
                ]}""");

        Run run = run("validate", policy.toString(), "--classpath", jar.toString());

        assertEquals(1, run.exit, run.err);
        List<String> lines = run.errLines();
        assertEquals(11, lines.size(), run.err);
        assertLine(lines.get(0), "2:14", "no class on the classpath matches com.acme.billing.PaymentClint; "
                + "did you mean com.acme.billing.PaymentClient?");
        assertLine(lines.get(1), "3:14", "no method of com.acme.billing.PaymentClient matches chrge(..); did you mean charge?");
        assertLine(lines.get(2), "4:14", "found com.acme.billing.PaymentClient#charge(java.math.BigDecimal)");
        assertLine(lines.get(3), "6:27", "fallback com.acme.billing.Fallbacks#wrongType does not fit "
                + "com.acme.billing.PaymentClient#charge(java.math.BigDecimal): expected a public static "
                + "com.acme.billing.Receipt wrongType(java.math.BigDecimal, Throwable)");
        assertLine(lines.get(4), "8:27", "fallback com.acme.billing.Fallbacks#hidden must be public static");
        assertLine(lines.get(5), "10:27", "has no method queueChrge; did you mean queueCharge?");
        assertLine(lines.get(6), "12:27", "fallback class com.acme.billing.Fallback not found on the classpath; "
                + "did you mean com.acme.billing.Fallbacks?");
        assertLine(lines.get(7), "14:26", "com.acme.billing.Sealed has neither a public (String) nor a public no-argument constructor");
        assertLine(lines.get(8), "16:26", "exception class com.acme.billing.BillingGone not found");
        assertLine(lines.get(9), "18:26", "com.acme.billing.Receipt is not a Throwable");
        assertEquals(policy + ": invalid (10 errors)", lines.get(10));
    }

    @Test
    void classpathChecksPassForAnApplicationThatHasItAll() throws Exception {
        Path jar = FixtureApp.jar(directory);
        Path policy = write("policies.json", """
                {"version": 1,
                 "breakers": {"a": {"tracker": "TypeOf(java.io.IOException, com.acme.billing.BillingDown) | Custom(com.acme.billing.Rules#isServerError)"}},
                 "targets": [
                  {"method": "com.acme.billing.PaymentClient#charge(java.math.BigDecimal)", "breaker": "a",
                   "fallback": {"method": "com.acme.billing.Fallbacks#queueCharge"}},
                  {"method": "com.acme.billing.PaymentClient#charge(..)", "breaker": "a",
                   "fallback": {"method": "com.acme.billing.Fallbacks#later"}},
                  {"method": "com.acme.billing.PaymentClient#refund(long, byte[])", "breaker": "a",
                   "fallback": {"method": "com.acme.billing.Fallbacks#refunded"}},
                  {"method": "com.acme..*Client#get*(..)", "breaker": "a", "fallback": {"throw": "com.acme.billing.BillingDown"}},
                  {"method": "com.acme.inventory.Client+#get(String)", "breaker": "a", "fallback": {"throw": "IllegalStateException"}},
                  {"method": "java.net.Socket#connect(..)", "breaker": "a"}
                ]}""");

        Run run = run("validate", policy.toString(), "--classpath", directory.resolve("lib") + "/*");

        assertEquals(0, run.exit, run.err);
        assertTrue(run.out.startsWith(policy + ": valid (1 breaker, 6 targets, 0 listeners; checked against 8 classes"),
                run.out);
    }

    @Test
    void trackerClassesAreResolvedAgainstTheClasspath() throws Exception {
        Path classes = FixtureApp.classes(directory);
        Path policy = write("policies.json", """
                {"version": 1, "breakers": {"a": {"tracker": "TypeOf(com.acme.billing.BillingDown) | Custom(com.acme.billing.Rules#isClientError)"}},
                 "defaults": {"tracker": "TypeOf(com.acme.billing.BillingGone)"}}""");

        Run run = run("validate", "--classpath=" + classes, policy.toString());

        assertEquals(1, run.exit);
        List<String> lines = run.errLines();
        assertEquals(3, lines.size(), run.err);
        assertTrue(lines.get(0).startsWith(policy + ":1:86: tracker: "), lines.get(0));
        assertTrue(lines.get(0).contains("isClientError"), lines.get(0));
        assertTrue(lines.get(1).startsWith(policy + ":2:34: tracker: class com.acme.billing.BillingGone not found"), lines.get(1));
    }

    @Test
    void aClasspathEntryThatDoesNotExistIsReported() throws Exception {
        Path policy = write("policies.json", "{\"version\": 1}");

        Run run = run("validate", policy.toString(), "--classpath", directory.resolve("nothing.jar").toString());

        assertEquals(1, run.exit);
        assertTrue(run.err.contains("nothing.jar (no such file or directory)"), run.err);
    }

    private static void assertLine(String line, String position, String message) {
        assertTrue(line.contains(":" + position + ": "), () -> "position " + position + " in: " + line);
        assertTrue(line.contains(message), () -> "<" + message + "> in: " + line);
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(directory.resolve(name), content);
    }

    private static Run run(String... arguments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(List.of(arguments), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Run(int exit, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }
}
