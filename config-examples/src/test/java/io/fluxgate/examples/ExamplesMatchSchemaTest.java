package io.fluxgate.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every example policy is valid against the policy schema, and the schema has teeth. */
class ExamplesMatchSchemaTest {

    private static final Set<String> EXPECTED_EXAMPLES = Set.of(
            "quickstart.json",
            "1-external-api-call.json",
            "2-web-framework-503.json",
            "3-policies-per-service.json",
            "4-fallbacks.json",
            "5-advanced.json");

    static List<Path> examples() {
        return PolicyFiles.exampleFiles();
    }

    @Test
    void everyDocumentedExampleHasAFile() {
        Set<String> names = examples().stream()
                .map(file -> file.getFileName().toString())
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(names.containsAll(EXPECTED_EXAMPLES), "example files found: " + names);
    }

    @Test
    void theSchemaIsAValidDraft07Schema() {
        Schema metaSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(SchemaLocation.of("http://json-schema.org/draft-07/schema#"));
        List<Error> errors = metaSchema.validate(PolicyFiles.read(PolicyFiles.schemaFile()), InputFormat.JSON);
        assertTrue(errors.isEmpty(), "the policy schema breaks the draft-07 meta-schema:" + PolicyFiles.describe(errors));

        JsonNode schema = PolicyFiles.tree(PolicyFiles.schemaFile());
        assertEquals("http://json-schema.org/draft-07/schema#", schema.path("$schema").asText());
        assertEquals("https://fluxgate.io/schema/policy-1.json", schema.path("$id").asText());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleMatchesTheSchema(Path example) {
        List<Error> errors = PolicyFiles.validate(PolicyFiles.read(example));
        assertTrue(errors.isEmpty(), example.getFileName() + " does not match the policy schema:"
                + PolicyFiles.describe(errors));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleNamesTheSchemaByItsRelativePath(Path example) throws Exception {
        JsonNode policy = PolicyFiles.tree(example);
        assertTrue(policy.path("$schema").isTextual(), example.getFileName() + " has no \"$schema\"");
        Path target = example.getParent().resolve(policy.path("$schema").asText()).normalize();
        assertTrue(Files.isSameFile(target, PolicyFiles.schemaFile()),
                example.getFileName() + ": \"$schema\" points at " + target + ", not at the policy schema");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void readmeListsTheExample(Path example) {
        String readme = PolicyFiles.read(PolicyFiles.examplesDir().resolve("README.md"));
        String name = example.getFileName().toString();
        assertTrue(readme.contains("(" + name + ")") || readme.contains("`" + name + "`"),
                "README.md does not mention " + name);
    }

    /** A name, a policy the schema must refuse, and a fragment one of its errors must contain. */
    static Stream<Arguments> invalidPolicies() {
        return Stream.of(
                Arguments.of("unknown top-level key",
                        "{\"version\": 1, \"breaker\": {}}", "property 'breaker' is not defined"),
                Arguments.of("unknown breaker key",
                        "{\"version\": 1, \"breakers\": {\"p\": {\"windows\": \"CountWindow(10)\"}}}", "/breakers/p: property 'windows'"),
                Arguments.of("unknown key in defaults",
                        "{\"version\": 1, \"defaults\": {\"treshold\": 5}}", "/defaults: property 'treshold'"),
                Arguments.of("both method and http",
                        "{\"version\": 1, \"targets\": [{\"breaker\": \"p\", \"method\": \"a.B#c()\","
                                + " \"http\": {\"host\": \"x\"}}]}", "/targets/0: must be valid to one and only one schema, but 2"),
                Arguments.of("neither method nor http",
                        "{\"version\": 1, \"targets\": [{\"breaker\": \"p\"}]}", "/targets/0: must be valid to one and only one schema, but 0"),
                Arguments.of("target without a breaker",
                        "{\"version\": 1, \"targets\": [{\"method\": \"a.B#c()\"}]}", "required property 'breaker'"),
                Arguments.of("state open",
                        "{\"version\": 1, \"breakers\": {\"p\": {\"state\": \"open\"}}}", "/breakers/p/state"),
                Arguments.of("state half_open",
                        "{\"version\": 1, \"defaults\": {\"state\": \"half_open\"}}", "/defaults/state"),
                Arguments.of("bad fallbackOn",
                        "{\"version\": 1, \"targets\": [{\"breaker\": \"p\", \"method\": \"a.B#c()\","
                                + " \"fallbackOn\": \"failure\"}]}", "/targets/0/fallbackOn"),
                Arguments.of("prometheus listener without port",
                        "{\"version\": 1, \"listeners\": [{\"type\": \"prometheus\", \"host\": \"0.0.0.0\"}]}", "/listeners/0: required property 'port'"),
                Arguments.of("slack listener without webhookUrlEnv",
                        "{\"version\": 1, \"listeners\": [{\"type\": \"slack\"}]}", "required property 'webhookUrlEnv'"),
                Arguments.of("slack webhook URL pasted instead of a variable name",
                        "{\"version\": 1, \"listeners\": [{\"type\": \"slack\","
                                + " \"webhookUrlEnv\": \"https://hooks.example.com/T000/B000\"}]}", "/listeners/0/webhookUrlEnv"),
                Arguments.of("log listener with a port",
                        "{\"version\": 1, \"listeners\": [{\"type\": \"log\", \"port\": 9464}]}", "property 'port' is not defined"),
                Arguments.of("unknown listener type",
                        "{\"version\": 1, \"listeners\": [{\"type\": \"statsd\"}]}", "/listeners/0/type"),
                Arguments.of("admin without port",
                        "{\"version\": 1, \"admin\": {\"host\": \"127.0.0.1\"}}", "/admin: required property 'port'"),
                Arguments.of("version 2",
                        "{\"version\": 2}", "/version"),
                Arguments.of("version as a string",
                        "{\"version\": \"1\"}", "/version"),
                Arguments.of("no version",
                        "{\"breakers\": {}}", "required property 'version'"),
                Arguments.of("two kinds of fallback",
                        "{\"version\": 1, \"targets\": [{\"breaker\": \"p\", \"method\": \"a.B#c()\","
                                + " \"fallback\": {\"value\": 1, \"throw\": \"java.lang.IllegalStateException\"}}]}",
                        "/targets/0/fallback"),
                Arguments.of("fallback method with parameters",
                        "{\"version\": 1, \"targets\": [{\"breaker\": \"p\", \"method\": \"a.B#c()\","
                                + " \"fallback\": {\"method\": \"a.F#c(java.lang.Throwable)\"}}]}", "/targets/0/fallback/method"),
                Arguments.of("response fallback status out of range",
                        "{\"version\": 1, \"targets\": [{\"breaker\": \"p\", \"http\": {},"
                                + " \"fallback\": {\"response\": {\"status\": 700}}}]}", "/targets/0/fallback/response/status"),
                Arguments.of("failOn status class 6xx",
                        "{\"version\": 1, \"targets\": [{\"breaker\": \"p\", \"http\": {},"
                                + " \"failOn\": {\"status\": [\"6xx\"]}}]}", "/targets/0/failOn/status/0"),
                Arguments.of("failOn status code 42",
                        "{\"version\": 1, \"targets\": [{\"breaker\": \"p\", \"http\": {},"
                                + " \"failOn\": {\"status\": [42]}}]}", "/targets/0/failOn/status/0"),
                Arguments.of("unknown http client",
                        "{\"version\": 1, \"targets\": [{\"breaker\": \"p\", \"http\": {\"client\": \"jetty\"}}]}",
                        "/targets/0/http/client"),
                Arguments.of("lower-case http method",
                        "{\"version\": 1, \"targets\": [{\"breaker\": \"p\", \"http\": {\"method\": \"get\"}}]}",
                        "/targets/0/http/method"),
                Arguments.of("http port out of range",
                        "{\"version\": 1, \"targets\": [{\"breaker\": \"p\", \"http\": {\"port\": 70000}}]}", "/targets/0/http/port"),
                Arguments.of("method target without parameter list",
                        "{\"version\": 1, \"targets\": [{\"breaker\": \"p\", \"method\": \"a.B#c\"}]}", "/targets/0/method"),
                Arguments.of("maxHalfOpenCalls zero",
                        "{\"version\": 1, \"breakers\": {\"p\": {\"maxHalfOpenCalls\": 0}}}", "/breakers/p/maxHalfOpenCalls"),
                Arguments.of("maxBreakers zero",
                        "{\"version\": 1, \"breakers\": {\"h-{host}\": {\"maxBreakers\": 0}}}", "/breakers/h-{host}/maxBreakers"),
                Arguments.of("misspelled window component",
                        "{\"version\": 1, \"breakers\": {\"p\": {\"window\": \"CountWindw(10)\"}}}", "/breakers/p/window"),
                Arguments.of("tripper where a retry belongs",
                        "{\"version\": 1, \"breakers\": {\"p\": {\"retry\": \"FailureStreak(3)\"}}}", "/breakers/p/retry"),
                Arguments.of("expression that is not a string",
                        "{\"version\": 1, \"breakers\": {\"p\": {\"window\": 100}}}", "/breakers/p/window"),
                Arguments.of("reload as a string",
                        "{\"version\": 1, \"reload\": \"true\"}", "/reload"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidPolicies")
    void schemaRejects(String name, String policy, String fragment) {
        List<Error> errors = PolicyFiles.validate(policy);
        assertFalse(errors.isEmpty(), name + ": the schema accepted " + policy);
        assertTrue(errors.stream().anyMatch(error -> error.toString().contains(fragment)),
                name + ": no error mentions '" + fragment + "':" + PolicyFiles.describe(errors));
    }

    /** Policies beyond the examples that the schema must accept: every key the format has. */
    static Stream<Arguments> validPolicies() {
        return Stream.of(
                Arguments.of("only the version", "{\"version\": 1}"),
                Arguments.of("the overview policy of the specification", PolicyFiles.resource("spec-overview.json")),
                Arguments.of("every listener, admin and reload", "{"
                        + "\"$schema\": \"https://fluxgate.io/schema/policy-1.json\", \"version\": 1,"
                        + " \"listeners\": [{\"type\": \"log\"}, {\"type\": \"jmx\"},"
                        + " {\"type\": \"prometheus\", \"host\": \"0.0.0.0\", \"port\": 9464},"
                        + " {\"type\": \"slack\", \"webhookUrlEnv\": \"SLACK_WEBHOOK_URL\"}],"
                        + " \"admin\": {\"host\": \"127.0.0.1\", \"port\": 9465, \"tokenEnv\": \"FLUXGATE_ADMIN_TOKEN\"},"
                        + " \"reload\": false}"),
                Arguments.of("every breaker key", "{\"version\": 1, \"defaults\": {\"window\": \"TimeWindow(30)\","
                        + " \"tracker\": \"~TypeOf(IllegalArgumentException)\", \"tripper\": \"AvgLatency(threshold=1500ms)\","
                        + " \"retry\": \"Never()\", \"permit\": \"All()\", \"maxHalfOpenCalls\": 1,"
                        + " \"state\": \"disabled\", \"maxBreakers\": 10},"
                        + " \"breakers\": {\"a\": {\"state\": \"forced_open\"}, \"b\": {\"state\": \"closed\"},"
                        + " \"c\": {\"state\": \"metrics_only\"}}}"),
                Arguments.of("every fallback kind and fallbackOn", "{\"version\": 1, \"targets\": ["
                        + "{\"breaker\": \"p\", \"method\": \"a.B#c()\", \"fallback\": {\"value\": null}, \"fallbackOn\": \"any\"},"
                        + "{\"breaker\": \"p\", \"method\": \"a.B#d(int, byte[])\", \"fallback\": {\"throw\":"
                        + " \"java.lang.IllegalStateException\", \"message\": \"down\"}, \"fallbackOn\": \"tracked\"},"
                        + "{\"breaker\": \"p\", \"method\": \"a.B#e(..)\", \"fallback\": {\"throw\": \"a.Down\"}},"
                        + "{\"breaker\": \"p\", \"method\": \"a.B+#f*()\", \"fallback\": {\"method\": \"a.F#g\"},"
                        + " \"fallbackOn\": \"rejected\"},"
                        + "{\"breaker\": \"h-{host}\", \"http\": {\"client\": \"okhttp\", \"host\": \"*.example.com\","
                        + " \"port\": 443, \"path\": \"/v1/*\", \"method\": \"DELETE\"},"
                        + " \"fallback\": {\"response\": {\"status\": 503, \"body\": \"\", \"headers\": {\"Retry-After\": \"5\"}}},"
                        + " \"failOn\": {\"status\": [\"5xx\", 429, 408]}}]}"),
                Arguments.of("every http client", "{\"version\": 1, \"targets\": ["
                        + "{\"breaker\": \"p\", \"http\": {\"client\": \"any\"}},"
                        + "{\"breaker\": \"p\", \"http\": {\"client\": \"httpurlconnection\"}},"
                        + "{\"breaker\": \"p\", \"http\": {\"client\": \"jdk-httpclient\"}},"
                        + "{\"breaker\": \"p\", \"http\": {\"client\": \"apache-httpclient-4\"}},"
                        + "{\"breaker\": \"p\", \"http\": {\"client\": \"apache-httpclient-5\"}},"
                        + "{\"breaker\": \"p\", \"http\": {\"client\": \"okhttp\"}}]}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validPolicies")
    void schemaAccepts(String name, String policy) {
        List<Error> errors = PolicyFiles.validate(policy);
        assertTrue(errors.isEmpty(), name + ": the schema refused it:" + PolicyFiles.describe(errors));
    }
}
