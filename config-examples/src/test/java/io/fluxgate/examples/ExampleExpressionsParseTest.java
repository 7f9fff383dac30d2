package io.fluxgate.examples;

import com.fasterxml.jackson.databind.JsonNode;
import io.fluxgate.Permits;
import io.fluxgate.Retries;
import io.fluxgate.Trippers;
import io.fluxgate.Windows;
import io.fluxgate.expr.Expressions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every expression the examples and the schema show is one the core reads, and the schema's
 * expression patterns accept whatever the core reads.
 */
class ExampleExpressionsParseTest {

    /** The breaker keys whose values are expressions, each with the core's reader for it. */
    private static final Map<String, Consumer<String>> PARSERS = Map.of(
            "window", Windows::parse,
            "tracker", text -> Expressions.tracker(text, null),
            "tripper", Trippers::parse,
            "retry", Retries::parse,
            "permit", Permits::parse);

    /** One expression found in a policy: where it is, its kind and its text. */
    private record Found(String where, String kind, String text) {
        @Override
        public String toString() {
            return where + " = " + text;
        }
    }

    static List<Path> examples() {
        return PolicyFiles.exampleFiles();
    }

    private static List<Found> expressionsOf(String file, JsonNode policy) {
        List<Found> found = new ArrayList<>();
        collect(file + ": defaults", policy.path("defaults"), found);
        for (Map.Entry<String, JsonNode> breaker : policy.path("breakers").properties()) {
            collect(file + ": breakers." + breaker.getKey(), breaker.getValue(), found);
        }
        return found;
    }

    private static void collect(String where, JsonNode breaker, List<Found> found) {
        for (String kind : PARSERS.keySet()) {
            if (breaker.has(kind)) {
                found.add(new Found(where + "." + kind, kind, breaker.get(kind).asText()));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExpressionInTheExampleParses(Path example) {
        String file = example.getFileName().toString();
        JsonNode policy = PolicyFiles.tree(example);
        List<Found> expressions = expressionsOf(file, policy);
        assertFalse(expressions.isEmpty(), file + " has no expression at all");
        for (Found expression : expressions) {
            assertDoesNotThrow(() -> PARSERS.get(expression.kind()).accept(expression.text()),
                    "the core cannot read " + expression);
        }
    }

    /** The expressions the schema shows as defaults and examples, by kind. */
    static Stream<Arguments> schemaExpressions() {
        JsonNode definitions = PolicyFiles.tree(PolicyFiles.schemaFile()).path("definitions");
        List<Arguments> all = new ArrayList<>();
        for (String kind : PARSERS.keySet()) {
            JsonNode definition = definitions.path(kind);
            all.add(Arguments.of(kind, definition.path("default").asText()));
            for (JsonNode example : definition.path("examples")) {
                all.add(Arguments.of(kind, example.asText()));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("schemaExpressions")
    void schemaDefaultsAndExamplesParseAndMatchTheirPattern(String kind, String text) {
        assertDoesNotThrow(() -> PARSERS.get(kind).accept(text), "the core cannot read the schema's " + kind + " " + text);
        assertTrue(patternOf(kind).matcher(text).find(), "the schema's " + kind + " pattern refuses its own example " + text);
    }

    /** Valid expressions written in unusual ways: the patterns must not refuse any of them. */
    static Stream<Arguments> unusualValidExpressions() {
        return Stream.of(
                Arguments.of("window", "  CountWindow ( size = 5 )  "),
                Arguments.of("window", "((TimeWindow(60)))"),
                Arguments.of("tracker", "~TypeOf(IllegalArgumentException)"),
                Arguments.of("tracker", "~ ( TypeOf(java.io.IOException) | Custom(com.acme.Rules#isServerError) )"),
                Arguments.of("tracker", "All() & ~TypeOf(java.util.concurrent.CancellationException,\n InterruptedException)"),
                Arguments.of("tripper", "(MinRequests(count=20)\n & FailureRate(ratio=0.4))\n| FailureStreak(5)"),
                Arguments.of("tripper", "SlowRate(0.5, threshold=250ms) & MinRequests(10)"),
                Arguments.of("tripper", "HalfOpened() & AvgLatency(2s)"),
                Arguments.of("retry", "Backoff(10s, 1.5, 5m, 0.2)"),
                Arguments.of("retry", "(Always())"),
                Arguments.of("retry", "Cooldown(duration=1h)"),
                Arguments.of("permit", "RampUp(0.1, 1, 30s)"),
                Arguments.of("permit", "Random(ratio=1)"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("unusualValidExpressions")
    void patternsAcceptEveryValidExpression(String kind, String text) {
        assertDoesNotThrow(() -> PARSERS.get(kind).accept(text), "not a valid " + kind + ": " + text);
        assertTrue(patternOf(kind).matcher(text).find(), "the schema's " + kind + " pattern refuses " + text);
    }

    @Test
    void patternsRefuseAComponentOfTheWrongKindOrAMisspelledOne() {
        String[][] wrong = {
                {"window", "CountWindw(10)"},
                {"window", "MinRequests(10)"},
                {"tracker", "TypeOff(java.io.IOException)"},
                {"tripper", "Cooldown(60)"},
                {"retry", "FailureStreak(3)"},
                {"permit", "Random"},
        };
        for (String[] pair : wrong) {
            assertThrows(IllegalArgumentException.class, () -> PARSERS.get(pair[0]).accept(pair[1]),
                    "the core reads " + pair[0] + " " + pair[1]);
            assertFalse(patternOf(pair[0]).matcher(pair[1]).find(),
                    "the schema's " + pair[0] + " pattern accepts " + pair[1]);
        }
    }

    @Test
    void patternsNameExactlyTheComponentsTheCoreKnows() {
        for (String kind : PARSERS.keySet()) {
            for (String component : Expressions.componentNames(kind)) {
                String call = component + "()";
                assertTrue(patternOf(kind).matcher(call).find(),
                        "the schema's " + kind + " pattern does not know the core's " + component);
                assertTrue(patternOf(kind).matcher("(" + call + ")").find());
            }
            assertFalse(patternOf(kind).matcher("Unknown()").find());
        }
    }

    private static Pattern patternOf(String kind) {
        String pattern = PolicyFiles.tree(PolicyFiles.schemaFile()).path("definitions").path(kind).path("pattern").asText();
        assertFalse(pattern.isEmpty(), "the schema has no pattern for " + kind);
        return Pattern.compile(pattern);
    }
}
