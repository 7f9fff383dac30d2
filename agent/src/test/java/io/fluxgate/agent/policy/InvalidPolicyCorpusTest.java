package io.fluxgate.agent.policy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Malformed policies, one mistake each: every case names the exact line:column the error must
 * point at and a stable part of its message.
 */
class InvalidPolicyCorpusTest {
    /** {@code {"version": 1, } is 15 characters: the next key starts at column 16. */
    private static final String V = "{\"version\": 1, ";

    record Case(String name, String file, String content, String at, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Case json(String name, String content, String at, String expected) {
        return new Case(name, "policy.json", content, at, expected);
    }

    static Case yaml(String name, String content, String at, String expected) {
        return new Case(name, "policy.yaml", content, at, expected);
    }

    static Stream<Case> cases() {
        return Stream.of(
                // the file as a whole
                json("empty file", "", "1:1", "the policy file is empty"),
                json("trailing comma", "{\"version\": 1,}", "1:15", "invalid JSON"),
                json("unterminated string", "{\"version\": 1, \"targets\n", "1:24", "invalid JSON"),
                json("two documents", "{\"version\": 1} {}", "1:16", "expected the end of the file"),
                json("root is an array", "[]", "1:1", "a policy is an object"),
                json("missing version", "{\"targets\": []}", "1:1", "missing \"version\": 1"),
                json("version 2", "{\"version\": 2}", "1:13", "unsupported policy version 2"),
                json("version as string", "{\"version\": \"1\"}", "1:13", "version must be the whole number 1, got \"1\""),
                json("version as fraction", "{\"version\": 1.0}", "1:13", "version must be the whole number 1, got 1.0"),
                json("unknown top-level key", V + "\"targts\": []}", "1:16", "did you mean targets?"),
                json("duplicate key", V + "\"version\": 1}", "1:16", "duplicate key \"version\" (first written at line 1, column 2)"),
                json("$schema not a string", V + "\"$schema\": 5}", "1:27", "$schema must be a string"),
                json("reload as string", V + "\"reload\": \"yes\"}", "1:26", "reload must be true or false, got \"yes\""),

                // breakers
                json("breakers is an array", V + "\"breakers\": []}", "1:28", "breakers must be an object, got an array"),
                json("breaker is a number", V + "\"breakers\": {\"a\": 5}}", "1:34", "breaker \"a\" must be an object, got 5"),
                json("unknown breaker key", V + "\"breakers\": {\"a\": {\"windw\": \"CountWindow(5)\"}}}", "1:35",
                        "unknown key \"windw\" in breaker \"a\"; did you mean window?"),
                json("expression argument out of range", V + "\"breakers\": {\"a\": {\"tripper\": \"MinRequests(0)\"}}}",
                        "1:59", "column 13 of the expression"),
                json("unknown component", V + "\"breakers\": {\"a\": {\"window\": \"CountWindw(5)\"}}}", "1:46",
                        "did you mean CountWindow?"),
                json("component of the wrong kind", V + "\"breakers\": {\"a\": {\"window\": \"FailureRate(0.5)\"}}}",
                        "1:46", "FailureRate is a tripper, but a window is expected"),
                json("operator on a retry", V + "\"breakers\": {\"a\": {\"retry\": \"Cooldown(5) & Never()\"}}}",
                        "1:57", "cannot combine"),
                json("expression column past an escape", V
                                + "\"breakers\": {\"a\": {\"tripper\": \"\\u004dinRequests(0)\"}}}",
                        "1:64", "column 13 of the expression"),
                json("expression is a number", V + "\"breakers\": {\"a\": {\"tripper\": 5}}}", "1:46",
                        "tripper must be a string, got 5"),
                json("maxHalfOpenCalls as string", V + "\"breakers\": {\"a\": {\"maxHalfOpenCalls\": \"5\"}}}", "1:55",
                        "maxHalfOpenCalls must be a whole number, got \"5\""),
                json("maxHalfOpenCalls zero", V + "\"breakers\": {\"a\": {\"maxHalfOpenCalls\": 0}}}", "1:55",
                        "maxHalfOpenCalls must be at least 1, got 0"),
                json("maxHalfOpenCalls too large", V + "\"breakers\": {\"a\": {\"maxHalfOpenCalls\": 99999999999}}}",
                        "1:55", "maxHalfOpenCalls must be at most 2147483647"),
                json("state open", V + "\"breakers\": {\"a\": {\"state\": \"open\"}}}", "1:44",
                        "state \"open\" is an outcome of the breaker's behaviour, not a setting"),
                json("state half_open", V + "\"breakers\": {\"a\": {\"state\": \"half_open\"}}}", "1:44",
                        "is an outcome of the breaker's behaviour"),
                json("state misspelt", V + "\"breakers\": {\"a\": {\"state\": \"metric_only\"}}}", "1:44",
                        "unknown state \"metric_only\"; did you mean metrics_only?"),
                json("maxBreakers on a plain breaker", V + "\"breakers\": {\"a\": {\"maxBreakers\": 5}}}", "1:35",
                        "maxBreakers applies only to templates"),
                json("maxBreakers zero on a template", V + "\"breakers\": {\"a-{host}\": {\"maxBreakers\": 0}}}", "1:57",
                        "maxBreakers must be at least 1, got 0"),
                json("unknown placeholder", V + "\"breakers\": {\"per-{hots}\": {}}}", "1:34",
                        "unknown placeholder {hots} in breaker name; did you mean {host}?"),
                json("unclosed placeholder", V + "\"breakers\": {\"per-{host\": {}}}", "1:34", "unclosed '{'"),
                json("empty breaker name", V + "\"breakers\": {\"\": {}}}", "1:29", "a breaker name must not be empty"),
                json("unknown key in defaults", V + "\"defaults\": {\"tripr\": \"Closed()\"}}", "1:29",
                        "unknown key \"tripr\" in defaults; did you mean tripper?"),
                json("TypeOf without types", V + "\"defaults\": {\"tracker\": \"TypeOf()\"}}", "1:41", "TypeOf"),

                // targets
                json("targets is an object", V + "\"targets\": {}}", "1:27", "targets must be an array"),
                json("target is a string", Policies.withTarget("\"payment\""), "1:28", "a target must be an object"),
                json("target without breaker", Policies.withTarget("{\"method\": \"a.B#c()\"}"), "1:28",
                        "the target needs \"breaker\""),
                json("target with method and http", Policies.withTarget(
                        "{\"method\": \"a.B#c()\", \"http\": {}, \"breaker\": \"b\"}"), "1:50", "not both"),
                json("target with neither method nor http", Policies.withTarget("{\"breaker\": \"b\"}"), "1:28",
                        "a target needs \"method\""),
                json("unknown target key", Policies.withTarget(
                        "{\"method\": \"a.B#c()\", \"breaker\": \"b\", \"fallbak\": {}}"), "1:66", "did you mean fallback?"),
                json("pattern without '#'", Policies.withTarget("{\"method\": \"a.B.c()\", \"breaker\": \"b\"}"), "1:45",
                        "unexpected '(': expected '#'"),
                json("pattern unclosed parameters", Policies.withTarget(
                        "{\"method\": \"a.B#c(String\", \"breaker\": \"b\"}"), "1:52", "column 13 of the pattern"),
                json("pattern names a constructor", Policies.withTarget(
                        "{\"method\": \"a.B#<init>()\", \"breaker\": \"b\"}"), "1:44", "constructors"),
                json("pattern wildcard in a parameter", Policies.withTarget(
                        "{\"method\": \"a.B#c(Str*)\", \"breaker\": \"b\"}"), "1:49", "wildcards are not allowed in parameter types"),
                json("pattern starts with '..'", Policies.withTarget(
                        "{\"method\": \"..B#c()\", \"breaker\": \"b\"}"), "1:40", "write *..Name"),
                json("pattern without parameter list", Policies.withTarget(
                        "{\"method\": \"a.B#c\", \"breaker\": \"b\"}"), "1:45", "expected '(' after the method name"),
                json("method target on a template", Policies.withTarget(
                        "{\"method\": \"a.B#c()\", \"breaker\": \"per-{host}\"}"), "1:61", "is a per-host template"),
                json("failOn on a method target", Policies.withTarget(
                        "{\"method\": \"a.B#c()\", \"breaker\": \"b\", \"failOn\": {\"status\": [500]}}"), "1:66",
                        "failOn applies to http targets only"),
                json("fallbackOn misspelt", Policies.withTarget(
                        "{\"method\": \"a.B#c()\", \"breaker\": \"b\", \"fallbackOn\": \"rejeted\"}"), "1:80",
                        "unknown fallbackOn \"rejeted\"; did you mean rejected?"),

                // fallbacks
                json("fallback of no kind", Policies.withTarget(
                        "{\"method\": \"a.B#c()\", \"breaker\": \"b\", \"fallback\": {}}"), "1:78", "a fallback needs one of"),
                json("fallback of two kinds", Policies.withTarget(
                        "{\"method\": \"a.B#c()\", \"breaker\": \"b\", \"fallback\": {\"value\": 1, \"throw\": \"X\"}}"), "1:91",
                        "has both \"value\" and \"throw\""),
                json("fallback method without '#'", Policies.withTarget(
                        "{\"method\": \"a.B#c()\", \"breaker\": \"b\", \"fallback\": {\"method\": \"a.Fallbacks.c\"}}"), "1:89",
                        "a fallback method is written Class#method"),
                json("response fallback on a method target", Policies.withTarget(
                        "{\"method\": \"a.B#c()\", \"breaker\": \"b\", \"fallback\": {\"response\": {\"status\": 503}}}"), "1:79",
                        "a response fallback applies to http targets only"),
                json("response status out of range", Policies.withTarget(
                        "{\"http\": {}, \"breaker\": \"b\", \"fallback\": {\"response\": {\"status\": 700}}}"), "1:93",
                        "status must be between 100 and 599, got 700"),
                json("response without status", Policies.withTarget(
                        "{\"http\": {}, \"breaker\": \"b\", \"fallback\": {\"response\": {\"body\": \"x\"}}}"), "1:82",
                        "the response needs \"status\""),
                json("message without throw", Policies.withTarget(
                        "{\"http\": {}, \"breaker\": \"b\", \"fallback\": {\"value\": null, \"message\": \"m\"}}"), "1:85",
                        "message goes with \"throw\""),

                // http
                json("http client misspelt", Policies.withTarget("{\"http\": {\"client\": \"okhtp\"}, \"breaker\": \"b\"}"),
                        "1:48", "unknown client \"okhtp\"; did you mean okhttp?"),
                json("http port zero", Policies.withTarget("{\"http\": {\"port\": 0}, \"breaker\": \"b\"}"), "1:46",
                        "port must be between 1 and 65535, got 0"),
                json("http method in lower case", Policies.withTarget("{\"http\": {\"method\": \"get\"}, \"breaker\": \"b\"}"),
                        "1:48", "did you mean GET?"),
                json("http host is a URL", Policies.withTarget(
                        "{\"http\": {\"host\": \"https://api.example.com\"}, \"breaker\": \"b\"}"), "1:46", "not a URL"),
                json("http unknown key", Policies.withTarget("{\"http\": {\"hots\": \"a.com\"}, \"breaker\": \"b\"}"), "1:38",
                        "unknown key \"hots\" in the http match; did you mean host?"),
                json("failOn status class out of range", Policies.withTarget(
                        "{\"http\": {}, \"breaker\": \"b\", \"failOn\": {\"status\": [\"6xx\"]}}"), "1:79",
                        "expected a status code 100-599 or a class \"1xx\" to \"5xx\", got \"6xx\""),
                json("failOn status code quoted", Policies.withTarget(
                        "{\"http\": {}, \"breaker\": \"b\", \"failOn\": {\"status\": [\"429\"]}}"), "1:79",
                        "write 429 without quotes"),
                json("failOn status code out of range", Policies.withTarget(
                        "{\"http\": {}, \"breaker\": \"b\", \"failOn\": {\"status\": [99]}}"), "1:79",
                        "a status code must be between 100 and 599, got 99"),
                json("failOn status not a list", Policies.withTarget(
                        "{\"http\": {}, \"breaker\": \"b\", \"failOn\": {\"status\": 500}}"), "1:78",
                        "status must be an array, got 500"),

                // listeners and admin
                json("listener type misspelt", V + "\"listeners\": [{\"type\": \"prometeus\", \"port\": 1}]}", "1:39",
                        "unknown type \"prometeus\"; did you mean prometheus?"),
                json("listener without type", V + "\"listeners\": [{}]}", "1:30", "the listener needs \"type\""),
                json("prometheus without port", V + "\"listeners\": [{\"type\": \"prometheus\"}]}", "1:30",
                        "a prometheus listener needs \"port\""),
                json("prometheus key misspelt", V + "\"listeners\": [{\"type\": \"prometheus\", \"prot\": 9464, \"port\": 1}]}",
                        "1:53", "did you mean port?"),
                json("slack without variable", V + "\"listeners\": [{\"type\": \"slack\"}]}", "1:30",
                        "a slack listener needs \"webhookUrlEnv\""),
                json("slack with the URL itself", V
                                + "\"listeners\": [{\"type\": \"slack\", \"webhookUrlEnv\": \"https://hooks.example.com/x\"}]}",
                        "1:65", "not the URL itself"),
                json("admin port out of range", V + "\"admin\": {\"port\": 65536}}", "1:34",
                        "port must be between 0 and 65535, got 65536"),
                json("admin without port", V + "\"admin\": {\"host\": \"0.0.0.0\"}}", "1:25", "admin needs \"port\""),
                json("admin token variable with a space", V + "\"admin\": {\"port\": 9465, \"tokenEnv\": \"MY TOKEN\"}}", "1:52",
                        "tokenEnv must be the name of an environment variable"),
                json("admin on the prometheus port", V
                                + "\"listeners\": [{\"type\": \"prometheus\", \"port\": 9464}], \"admin\": {\"port\": 9464}}",
                        "1:78", "port 9464 is already used by the prometheus listener"),

                // YAML
                yaml("yaml syntax error", "version: 1\ntargets: [\n", "2:11", "invalid YAML"),
                yaml("yaml unknown key", "version: 1\nbreakers:\n  pay:\n    windw: CountWindow(5)\n", "4:5",
                        "did you mean window?"),
                yaml("yaml expression error in a plain scalar", "version: 1\nbreakers:\n  pay:\n    tripper: MinRequests(0)\n",
                        "4:26", "column 13 of the expression"),
                yaml("yaml expression error in a quoted scalar",
                        "version: 1\nbreakers:\n  pay:\n    tripper: \"MinRequests(0)\"\n", "4:27", "column 13 of the expression"),
                yaml("yaml alias", "version: 1\nbreakers:\n  a: &cfg {}\n  b: {state: *cfg}\n", "4:14", "YAML aliases"),
                yaml("yaml duplicate key", "version: 1\nreload: true\nreload: false\n", "3:1", "duplicate key \"reload\""),
                yaml("yaml second document", "version: 1\n---\nversion: 1\n", "3:1", "a second YAML document"),
                yaml("yaml version as string", "version: \"1\"\n", "1:10", "version must be the whole number 1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsTheMistakeWhereItIs(Case mistake) {
        List<PolicyError> errors = Policies.errors(mistake.file(), mistake.content());

        assertEquals(1, errors.size(), () -> "expected one error, got:\n" + errors);
        PolicyError error = errors.get(0);
        assertEquals(mistake.file(), error.file());
        assertEquals(mistake.at(), error.line() + ":" + error.column(), () -> "position of: " + error);
        assertTrue(error.message().contains(mistake.expected()),
                () -> "expected the message to contain <" + mistake.expected() + ">, got: " + error);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theExceptionMessageListsTheErrorAsFileLineColumn(Case mistake) {
        PolicyException invalid = org.junit.jupiter.api.Assertions.assertThrows(PolicyException.class,
                () -> PolicyLoader.load(mistake.file(), mistake.content()));
        assertTrue(invalid.getMessage().startsWith(mistake.file() + ":" + mistake.at() + ": "), invalid::getMessage);
    }
}
