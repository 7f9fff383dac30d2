package io.fluxgate.agent.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a target's {@code fallback}: exactly one of method, value, throw (with an optional message) or response. */
final class FallbackReader {
    private static final List<String> KINDS = Collections.unmodifiableList(Arrays.asList(
            "method", "value", "throw", "response"));
    private static final List<String> KEYS = Collections.unmodifiableList(Arrays.asList(
            "method", "value", "throw", "message", "response"));
    private static final List<String> RESPONSE_KEYS = Collections.unmodifiableList(Arrays.asList(
            "status", "body", "headers"));

    private final Problems problems;

    FallbackReader(Problems problems) {
        this.problems = problems;
    }

    Fallback read(Fields fallback, boolean httpTarget) {
        fallback.allowOnly(KEYS);
        List<Node.Field> kinds = new ArrayList<>();
        for (String kind : KINDS) {
            if (fallback.has(kind)) {
                kinds.add(fallback.node.field(kind));
            }
        }
        if (kinds.isEmpty()) {
            problems.error(fallback.node.location, "a fallback needs one of \"method\", \"value\", \"throw\" or "
                    + "\"response\"");
            return null;
        }
        if (kinds.size() > 1) {
            problems.error(kinds.get(1).key.location, "a fallback has exactly one of \"method\", \"value\", \"throw\" "
                    + "or \"response\", but this one has both " + Quote.json(kinds.get(0).name()) + " and "
                    + Quote.json(kinds.get(1).name()));
            return null;
        }
        if (fallback.has("message") && !fallback.has("throw")) {
            problems.error(fallback.node.field("message").key.location, "message goes with \"throw\": "
                    + "it is the message of the exception thrown");
        }
        Node.Field kind = kinds.get(0);
        switch (kind.name()) {
            case "method":
                return method(fallback);
            case "value":
                return new ValueFallback(kind.value.location, JsonTrees.of(kind.value));
            case "throw":
                return exception(fallback);
            default:
                return response(fallback, kind, httpTarget);
        }
    }

    private Fallback method(Fields fallback) {
        Node.TextNode reference = fallback.text("method");
        if (reference == null) {
            return null;
        }
        String text = reference.text.trim();
        if (!JavaNames.isMethodReference(text)) {
            String hint = text.indexOf('(') >= 0 ? ": write the name only, without parameters; the weaver picks "
                    + "the overload that fits the target" : "";
            problems.error(reference.location, "a fallback method is written Class#method, e.g. "
                    + "\"com.acme.Fallbacks#onCharge\", got " + reference.describe() + hint);
            return null;
        }
        int hash = text.indexOf('#');
        return new MethodFallback(reference.location, text.substring(0, hash), text.substring(hash + 1));
    }

    private Fallback exception(Fields fallback) {
        Node.TextNode type = fallback.text("throw");
        Node.TextNode message = fallback.text("message");
        if (type == null) {
            return null;
        }
        String className = type.text.trim();
        if (!JavaNames.isClassName(className)) {
            problems.error(type.location, "throw names an exception class such as \"com.acme.ServiceDownException\", got "
                    + type.describe());
            return null;
        }
        return new ThrowFallback(type.location, JavaNames.qualify(className), message == null ? null : message.text);
    }

    private Fallback response(Fields fallback, Node.Field kind, boolean httpTarget) {
        if (!httpTarget) {
            problems.error(kind.key.location, "a response fallback applies to http targets only: a method target "
                    + "can use \"method\", \"value\" or \"throw\"");
            return null;
        }
        Fields response = fallback.object("response", "the response");
        if (response == null) {
            return null;
        }
        response.allowOnly(RESPONSE_KEYS);
        if (!response.require("status", ", e.g. {\"status\": 503}")) {
            return null;
        }
        Integer status = response.whole("status", 100, 599);
        Node.TextNode body = response.text("body");
        Map<String, String> headers = headers(response);
        return status == null || headers == null ? null
                : new ResponseFallback(kind.value.location, status, body == null ? "" : body.text, headers);
    }

    private Map<String, String> headers(Fields response) {
        Map<String, String> headers = new LinkedHashMap<>();
        Fields object = response.object("headers", "headers");
        if (object == null) {
            return response.has("headers") ? null : headers;
        }
        for (Node.Field header : object.node.fields.values()) {
            if (header.name().isEmpty()) {
                problems.error(header.key.location, "a header name must not be empty");
            } else if (header.value instanceof Node.TextNode) {
                headers.put(header.name(), ((Node.TextNode) header.value).text);
            } else {
                problems.error(header.value.location, "header " + Quote.json(header.name())
                        + " must be a string, got " + header.value.describe());
            }
        }
        return headers;
    }
}
