package io.fluxgate.agent.policy;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reader without Jackson builds exactly Jackson's tree (values, number types, positions,
 * positions inside strings, duplicate keys) whenever it reads a text at all, reads every example
 * policy, and leaves every text Jackson rejects to Jackson.
 */
class PlainJsonReaderTest {
    /** Texts with the shapes a policy file can take, and the oddities that must go to Jackson. */
    private static final List<String> SHAPES = List.of(
            "{\"version\": 1}",
            "{\"version\":1}",
            "  {\n\t\"version\" :\t1 ,\n  \"targets\": [ ]\n}\n\n",
            "{\r\n  \"version\": 1,\r\n  \"reload\": true\r\n}\r\n",
            "{\r  \"version\": 1,\r  \"reload\": false\r}",
            "{\"a\": null, \"b\": [], \"c\": {}, \"d\": [[], {}, [1, [2, [3]]]]}",
            "{\"n\": [0, -0, 7, -7, 2147483647, 2147483648, -2147483648, -2147483649, 9223372036854775807, "
                    + "9223372036854775808, -9223372036854775809, 123456789012345678901234567890]}",
            "{\"f\": [0.0, -0.0, 1.5, 1.50, 1e3, 1E3, 1e+3, 1e-3, -2.5E-10, 1.7976931348623157e309, 4.9e-325]}",
            "{\"s\": [\"\", \"plain\", \"a\\\"b\", \"back\\\\slash\", \"\\/\", \"\\b\\f\\n\\r\\t\", \"\\u00e9\\u20AC\"]}",
            "{\"expr\": \"FailureRate(0.5)\", \"m\": \"com.acme.Client#get(java.lang.String, int)\"}",
            "{\"esc\": \"Min\\u0052equests(0)\", \"x\": \"a\\tb FailureStreak(0)\"}",
            "{\"unicode\": \"h\u00e9llo \u4e16\u754c\", \"emoji\": \"\ud83d\ude00 x\"}",
            "{\"dup\": 1, \"dup\": 2, \"other\": {\"k\": 1, \"k\": [1]}}",
            "[1, 2]",
            "\"just a string\"",
            "42",
            "true",
            // oddities: Jackson reads or rejects these, in its own words
            "",
            "   \n  ",
            "{\"version\": 1,}",
            "{\"version\": 1} {}",
            "{\"version\": 1} x",
            "{\"version\": 01}",
            "{\"version\": +1}",
            "{\"version\": .5}",
            "{\"version\": 1.}",
            "{\"version\": 1e}",
            "{\"version\": -}",
            "{\"version\": NaN}",
            "{\"version\": truex}",
            "{\"version\": tru}",
            "{\"version\": 1 // comment\n}",
            "{\"version\": 1 /* comment */}",
            "{'version': 1}",
            "{version: 1}",
            "{\"a\": \"tab\there\"}",
            "{\"a\": \"line\nbreak\"}",
            "{\"a\": \"bad \\x escape\"}",
            "{\"a\": \"bad \\u12G4 escape\"}",
            "{\"a\": \"unterminated",
            "{\"a\" 1}",
            "{\"a\": 1 \"b\": 2}",
            "[1 2]",
            "[1,]",
            "[,1]",
            "{\"a\": [1, 2}",
            "{\"a\": 1]",
            "{\"a\": 1",
            "{\"a\":",
            "{",
            "{\"version\": 1}\u0000",
            "{\"a\":\u000b1}",
            "{\"n\": 1" + "0".repeat(150) + "}");

    @Test
    void everyTextItReadsIsReadAsJacksonReadsIt() throws IOException {
        int read = 0;
        for (String text : corpus()) {
            SourceText source = new SourceText("p.json", text, false);
            Problems plainProblems = new Problems();
            Node plain = PlainJsonReader.read(source, plainProblems);
            Problems jacksonProblems = new Problems();
            Node jackson = TreeReader.read(source, jacksonProblems);
            if (plain == null) {
                continue;
            }
            read++;
            assertNotNull(jackson, "Jackson rejects what the plain reader read: " + text);
            assertEquals(dump(jackson), dump(plain), text);
            assertEquals(messages(jacksonProblems), messages(plainProblems), text);
        }
        assertTrue(read >= 30, "read " + read + " texts");
    }

    @Test
    void textsJacksonRejectsAreLeftToIt() throws IOException {
        for (String text : corpus()) {
            SourceText source = new SourceText("p.json", text, false);
            Problems jacksonProblems = new Problems();
            Node jackson = TreeReader.read(source, jacksonProblems);
            Node plain = PlainJsonReader.read(source, new Problems());
            if (jackson == null || messages(jacksonProblems).contains("expected the end of the file")) {
                assertNull(plain, "the plain reader must leave this to Jackson: " + text);
            }
        }
    }

    @Test
    void everyExamplePolicyIsReadWithoutJackson() throws IOException {
        List<Path> examples = examplePolicies();
        assertTrue(examples.size() >= 8, "found " + examples);
        for (Path example : examples) {
            String text = Files.readString(example, StandardCharsets.UTF_8);
            assertNotNull(PlainJsonReader.read(new SourceText(example.toString(), text, false), new Problems()),
                    example.toString());
        }
    }

    @Test
    void theLoaderGivesTheSameErrorsEitherWay() throws IOException {
        for (String text : corpus()) {
            String viaLoader = errorsOf(text);
            SourceText source = new SourceText("p.json", text, false);
            Problems problems = new Problems();
            Node root = TreeReader.read(source, problems);
            if (root != null) {
                new PolicyReader(source, problems, null).read(root);
            }
            assertEquals(messages(problems), viaLoader, text);
        }
    }

    private static String errorsOf(String text) {
        try {
            PolicyLoader.load("p.json", text);
            return "";
        } catch (PolicyException invalid) {
            return invalid.errors().stream().map(PolicyError::toString).collect(Collectors.joining("\n"));
        }
    }

    private static List<String> corpus() throws IOException {
        List<String> texts = new ArrayList<>(SHAPES);
        InvalidPolicyCorpusTest.cases().filter(c -> c.file().endsWith(".json")).forEach(c -> texts.add(c.content()));
        for (Path example : examplePolicies()) {
            String text = Files.readString(example, StandardCharsets.UTF_8);
            texts.add(text);
            texts.add(text.replace("\n", "\r\n"));
            texts.add(text.replace("  ", "\t"));
        }
        return texts;
    }

    private static List<Path> examplePolicies() throws IOException {
        List<Path> found = new ArrayList<>();
        for (String folder : new String[] {"../config-examples", "../config-examples/src/test/resources",
                "src/test/resources/policies/valid"}) {
            try (Stream<Path> files = Files.list(Paths.get(folder))) {
                files.filter(file -> file.toString().endsWith(".json")).sorted().forEach(found::add);
            }
        }
        return found;
    }

    private static String messages(Problems problems) {
        return problems.errors().stream().map(PolicyError::toString).collect(Collectors.joining("\n"));
    }

    /** Everything the policy reader may use of a tree, positions inside strings included. */
    private static String dump(Node node) {
        StringBuilder out = new StringBuilder();
        dump(node, out);
        return out.toString();
    }

    private static void dump(Node node, StringBuilder out) {
        out.append(node.getClass().getSimpleName()).append('@').append(node.location).append(' ');
        if (node instanceof Node.ObjectNode) {
            out.append("{\n");
            for (Map.Entry<String, Node.Field> field : ((Node.ObjectNode) node).fields.entrySet()) {
                dump(field.getValue().key, out);
                out.append(": ");
                dump(field.getValue().value, out);
            }
            out.append("}\n");
        } else if (node instanceof Node.ArrayNode) {
            out.append("[\n");
            for (Node item : ((Node.ArrayNode) node).items) {
                dump(item, out);
            }
            out.append("]\n");
        } else if (node instanceof Node.TextNode) {
            Node.TextNode text = (Node.TextNode) node;
            out.append(Quote.json(text.text)).append(" at");
            for (int i = 0; i <= text.text.length(); i++) {
                out.append(' ').append(text.at(i));
            }
            out.append('\n');
        } else if (node instanceof Node.NumberNode) {
            Node.NumberNode number = (Node.NumberNode) node;
            out.append(number.value.getClass().getSimpleName()).append(' ').append(number.value).append(' ')
                    .append(number.text).append('\n');
        } else {
            out.append(node.describe()).append('\n');
        }
    }
}
