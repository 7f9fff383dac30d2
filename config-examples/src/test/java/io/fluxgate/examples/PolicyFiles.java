package io.fluxgate.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Where the examples and the policy schema are, and how the tests read them. */
final class PolicyFiles {
    static final ObjectMapper JSON = new ObjectMapper();

    private static Schema policySchema;

    private PolicyFiles() {
    }

    /** The module directory, which holds the example policies. */
    static Path examplesDir() {
        return Paths.get(System.getProperty("fluxgate.examples.dir", ".")).toAbsolutePath().normalize();
    }

    /** The schema that ships in the agent jar. */
    static Path schemaFile() {
        return Paths.get(System.getProperty("fluxgate.policy.schema",
                "../agent/src/main/resources/fluxgate-policy.schema.json")).toAbsolutePath().normalize();
    }

    /** Every {@code *.json} file directly in the examples directory, by name. */
    static List<Path> exampleFiles() {
        try (Stream<Path> files = Files.list(examplesDir())) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file of this module's test resources. */
    static String resource(String name) {
        try (InputStream in = PolicyFiles.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode tree(Path file) {
        return tree(read(file));
    }

    static JsonNode tree(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static synchronized Schema policySchema() {
        if (policySchema == null) {
            try (InputStream in = Files.newInputStream(schemaFile())) {
                policySchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                        .getSchema(in, InputFormat.JSON);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return policySchema;
    }

    /** The schema's complaints about a policy text; empty when it is valid. */
    static List<Error> validate(String policyText) {
        return policySchema().validate(policyText, InputFormat.JSON);
    }

    static String describe(List<Error> errors) {
        return errors.stream().map(Error::toString).collect(Collectors.joining("\n  ", "\n  ", ""));
    }
}
