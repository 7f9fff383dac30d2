package io.fluxgate.agent.policy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads JSON or YAML text into a {@link Node} tree, token by token, keeping each value's position
 * and reporting duplicate keys. Text that does not parse stops the reading: the one syntax error
 * is reported and null is returned.
 */
final class TreeReader {
    private static final Pattern SOURCE_REFERENCE =
            Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");

    private final SourceText source;
    private final Problems problems;
    private final JsonParser parser;

    private TreeReader(SourceText source, Problems problems, JsonParser parser) {
        this.source = source;
        this.problems = problems;
        this.parser = parser;
    }

    static Node read(SourceText source, Problems problems) {
        JsonFactory factory = source.yaml ? new YAMLFactory() : new JsonFactory();
        try (JsonParser parser = factory.createParser(source.content)) {
            return new TreeReader(source, problems, parser).document();
        } catch (Unsupported construct) {
            problems.error(construct.location, construct.getMessage());
        } catch (JsonProcessingException syntax) {
            problems.error(locationOf(syntax, source), (source.yaml ? "invalid YAML: " : "invalid JSON: ") + describe(syntax));
        } catch (IOException | RuntimeException unreadable) {
            // The parser reads from a string, so this is its verdict on the text, not an I/O failure.
            problems.error(source.at(1, 1), (source.yaml ? "invalid YAML: " : "invalid JSON: ") + unreadable);
        }
        return null;
    }

    private Node document() throws IOException {
        if (parser.nextToken() == null) {
            problems.error(source.at(1, 1), "the policy file is empty: expected an object such as {\"version\": 1}");
            return null;
        }
        Node root = value();
        if (parser.nextToken() != null) {
            problems.error(here(), "expected the end of the file after the policy object, found more"
                    + (source.yaml ? " (a second YAML document?)" : ""));
        }
        return root;
    }

    private Node value() throws IOException {
        PolicyLocation at = here();
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT:
                return object(at);
            case START_ARRAY:
                List<Node> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value());
                }
                return new Node.ArrayNode(at, items);
            case VALUE_STRING:
                if (parser instanceof YAMLParser && ((YAMLParser) parser).isCurrentAlias()) {
                    throw new Unsupported(at, "YAML aliases (*" + parser.getText() + ") are not supported: "
                            + "write the value out");
                }
                return text(at, parser.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new Node.NumberNode(at, parser.getNumberValue(), parser.getText());
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new Node.BooleanNode(at, token == JsonToken.VALUE_TRUE);
            case VALUE_NULL:
                return new Node.NullNode(at);
            default:
                problems.error(at, "unsupported value " + Quote.json(String.valueOf(parser.getText()))
                        + ": expected a string, number, true, false, null, object or array");
                return new Node.NullNode(at);
        }
    }

    private Node.ObjectNode object(PolicyLocation at) throws IOException {
        Node.ObjectNode object = new Node.ObjectNode(at);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            Node.TextNode key = text(here(), parser.currentName());
            parser.nextToken();
            object.add(key, value(), problems);
        }
        return object;
    }

    private Node.TextNode text(PolicyLocation at, String text) {
        return new Node.TextNode(at, text, source, parser.currentTokenLocation().getCharOffset());
    }

    private PolicyLocation here() {
        JsonLocation location = parser.currentTokenLocation();
        return source.at(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }

    private static PolicyLocation locationOf(JsonProcessingException syntax, SourceText source) {
        JsonLocation location = syntax.getLocation();
        return location == null ? source.at(1, 1)
                : source.at(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }

    /** Jackson's and SnakeYAML's wording, without their multi-line source excerpts. */
    static String describe(JsonProcessingException syntax) {
        String original = String.valueOf(syntax.getOriginalMessage());
        StringBuilder kept = new StringBuilder();
        for (String line : original.split("\n")) {
            boolean excerpt = line.startsWith(" ") || line.trim().isEmpty();
            if (!excerpt) {
                kept.append(kept.length() > 0 ? "; " : "").append(line.trim());
            }
        }
        Matcher reference = SOURCE_REFERENCE.matcher(kept);
        return reference.replaceAll("line $1, column $2");
    }

    /** YAML the policy format does not take; like a syntax error, it stops the reading. */
    private static final class Unsupported extends IOException {
        private static final long serialVersionUID = 1L;

        final transient PolicyLocation location;

        Unsupported(PolicyLocation location, String message) {
            super(message);
            this.location = location;
        }
    }
}
