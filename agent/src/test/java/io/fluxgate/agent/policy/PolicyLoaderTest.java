package io.fluxgate.agent.policy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PolicyLoaderTest {
    @TempDir
    Path directory;

    @Test
    void readsJsonAndYamlFilesByExtension() throws Exception {
        Path json = write("policies.json", Resources.policy("valid/spec-example.json"));
        Path yaml = write("policies.yml", Resources.policy("valid/spec-example.yaml"));

        assertEquals(PolicyLoader.load(json).breakers(), PolicyLoader.load(yaml).breakers());
        assertEquals(json.toString(), PolicyLoader.load(json).source());
    }

    @Test
    void errorsNameTheFileAsGiven() throws IOException {
        Path file = write("bad.json", "{\"version\": 3}");

        PolicyException invalid = assertThrows(PolicyException.class, () -> PolicyLoader.load(file));
        assertEquals(file + ":1:13: unsupported policy version 3: this fluxgate reads version 1", invalid.getMessage());
    }

    @Test
    void aMissingFileIsOneErrorWithoutPosition() {
        Path missing = directory.resolve("nowhere.json");

        PolicyException invalid = assertThrows(PolicyException.class, () -> PolicyLoader.load(missing));
        assertEquals(missing + ": cannot read the policy file: no such file", invalid.getMessage());
        assertEquals(0, invalid.errors().get(0).line());
    }

    @Test
    void aDirectoryIsNotAPolicy() {
        PolicyException invalid = assertThrows(PolicyException.class, () -> PolicyLoader.load(directory));
        assertTrue(invalid.getMessage().contains("cannot read the policy file"), invalid::getMessage);
    }

    @Test
    void textThatIsNotUtf8IsReported() throws IOException {
        Path file = directory.resolve("latin1.json");
        Files.write(file, "{\"version\": 1, \"breakers\": {\"caf\u00e9\": {}}}".getBytes(StandardCharsets.ISO_8859_1));

        PolicyException invalid = assertThrows(PolicyException.class, () -> PolicyLoader.load(file));
        assertTrue(invalid.getMessage().endsWith("not UTF-8 text"), invalid::getMessage);
    }

    @Test
    void aByteOrderMarkIsSkipped() throws Exception {
        Path file = write("bom.json", "\uFEFF{\"version\": 1, \"reload\": true}");

        assertTrue(PolicyLoader.load(file).reload());
    }

    @Test
    void collectsEveryErrorOfAFileInFileOrder() {
        String policy = """
                {
                  "versoin": 1,
                  "breakers": {
                    "payment": {
                      "windwo": "CountWindow(100)",
                      "tripper": "FailureStreak(5) | (MinRequests(20) & FailureRat(0.4))",
                      "maxHalfOpenCalls": "5",
                      "state": "open"
                    },
                    "per-{hots}": {}
                  },
                  "targets": [
                    {"metod": "a.B#c()", "breaker": "payment"},
                    {"http": {"client": "okhtp", "port": 70000}, "breaker": "p", "failOn": {"status": ["6xx"]}}
                  ],
                  "listeners": [{"type": "prometeus"}],
                  "reload": "yes"
                }
                """;

        List<PolicyError> errors = Policies.errors("policy.json", policy);

        List<String> positions = errors.stream().map(error -> error.line() + ":" + error.column()).toList();
        assertEquals(List.of("1:1", "2:3", "5:7", "6:57", "7:27", "8:16", "10:10", "13:5", "13:6", "14:25", "14:42",
                "14:88", "16:26", "17:13"), positions, errors::toString);
        assertTrue(errors.get(0).message().contains("missing \"version\""));
        assertTrue(errors.get(8).message().contains("did you mean method?"), errors.get(8)::toString);
        PolicyException invalid = assertThrows(PolicyException.class, () -> PolicyLoader.load("policy.json", policy));
        assertEquals(errors.size(), invalid.getMessage().split("\n").length, "one line per error");
    }

    @Test
    void findsErrorsInEveryTargetNotJustTheFirst() {
        StringBuilder targets = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            targets.append(i == 0 ? "" : ",\n").append("{\"method\": \"a.B#c(\", \"breaker\": \"b\"}");
        }
        List<PolicyError> errors = Policies.errors("policy.json", "{\"version\": 1, \"targets\": [\n" + targets + "]}");

        assertEquals(30, errors.size());
        assertEquals(31, errors.get(29).line());
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(directory.resolve(name), content);
    }
}
