package io.fluxgate.agent.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** Reads one entry of {@code targets}: a method or http target, its breaker and fallback. */
final class TargetReader {
    private static final List<String> KEYS = Collections.unmodifiableList(Arrays.asList(
            "breaker", "method", "http", "fallback", "fallbackOn", "failOn"));

    private final Problems problems;
    private final HttpReader http;
    private final FallbackReader fallbacks;

    TargetReader(Problems problems) {
        this.problems = problems;
        this.http = new HttpReader(problems);
        this.fallbacks = new FallbackReader(problems);
    }

    /** The target, or null when it has errors (all reported). */
    Target read(Node node, int index) {
        Fields target = Fields.of(node, "a target", "the target", problems);
        if (target == null) {
            return null;
        }
        int errorsBefore = problems.count();
        target.allowOnly(KEYS);
        Node.TextNode breaker = breaker(target);
        Boolean isHttp = kind(target);
        FallbackOn fallbackOn = fallbackOn(target);
        Fallback fallback = null;
        Fields fallbackObject = target.object("fallback", "the fallback");
        if (fallbackObject != null) {
            fallback = fallbacks.read(fallbackObject, isHttp == null || isHttp);
        }
        if (isHttp == null) {
            return null;
        }
        Target read = isHttp ? httpTarget(target, index, breaker, fallback, fallbackOn)
                : methodTarget(target, index, breaker, fallback, fallbackOn);
        return problems.count() == errorsBefore ? read : null;
    }

    private Node.TextNode breaker(Fields target) {
        if (!target.require("breaker", ": the name of a breaker, e.g. \"breaker\": \"payment\"")) {
            return null;
        }
        Node.TextNode breaker = target.text("breaker");
        return breaker != null && BreakerNames.check(breaker, problems) ? breaker : null;
    }

    /** True for an http target, false for a method target; null (reported) for both or neither. */
    private Boolean kind(Fields target) {
        Node.Field method = target.node.field("method");
        Node.Field http = target.node.field("http");
        if (method != null && http != null) {
            List<String> order = new ArrayList<>(target.node.fields.keySet());
            Node.Field second = order.indexOf("method") > order.indexOf("http") ? method : http;
            problems.error(second.key.location, "a target has either \"method\" or \"http\", not both: "
                    + "write two targets");
            return null;
        }
        if (method == null && http == null) {
            problems.error(target.node.location, "a target needs \"method\" (a pattern such as "
                    + "\"com.acme.PaymentClient#charge(..)\") or \"http\" (e.g. {\"host\": \"api.example.com\"})");
            return null;
        }
        return http != null;
    }

    private FallbackOn fallbackOn(Fields target) {
        String label = target.choice("fallbackOn", FallbackOn.labels());
        return label == null ? FallbackOn.ANY : FallbackOn.fromLabel(label);
    }

    private Target methodTarget(Fields target, int index, Node.TextNode breaker, Fallback fallback,
                                FallbackOn fallbackOn) {
        if (target.has("failOn")) {
            problems.error(target.node.field("failOn").key.location, "failOn applies to http targets only: "
                    + "a method's failures are the throwables its breaker's tracker counts");
        }
        if (breaker != null && breaker.text.contains(BreakerSpec.HOST_PLACEHOLDER)) {
            problems.error(breaker.location, "breaker " + breaker.describe() + " is a per-host template: only http "
                    + "targets can use it");
        }
        MethodPattern pattern = pattern(target.text("method"));
        if (pattern == null || breaker == null) {
            return null;
        }
        return new MethodTarget(index, target.node.location, breaker.text, fallback, fallbackOn, pattern,
                target.get("method").location);
    }

    private MethodPattern pattern(Node.TextNode method) {
        if (method == null) {
            return null;
        }
        try {
            return MethodPattern.parse(method.text);
        } catch (MethodPatternException invalid) {
            problems.error(method.atOrStart(invalid.column() - 1),
                    "method: " + invalid.reason() + " (column " + invalid.column() + " of the pattern)");
            return null;
        }
    }

    private Target httpTarget(Fields target, int index, Node.TextNode breaker, Fallback fallback,
                              FallbackOn fallbackOn) {
        Fields match = target.object("http", "the http match");
        HttpMatch httpMatch = match == null ? null : http.match(match);
        StatusSet failOn = StatusSet.none();
        Fields failOnObject = target.object("failOn", "failOn");
        if (failOnObject != null) {
            failOn = http.failOn(failOnObject);
        }
        if (httpMatch == null || breaker == null || failOn == null) {
            return null;
        }
        return new HttpTarget(index, target.node.location, breaker.text, fallback, fallbackOn, httpMatch, failOn);
    }
}
