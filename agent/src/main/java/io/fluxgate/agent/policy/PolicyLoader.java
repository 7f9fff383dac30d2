package io.fluxgate.agent.policy;

import io.fluxgate.agent.AgentLog;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;

/**
 * Reads a policy file into a validated {@link Policy}. JSON, or YAML when the name ends in
 * {@code .yaml} or {@code .yml}. Every error of the file is reported at once, each with its file,
 * line and column; only text that does not parse stops the reading at the first error.
 *
 * <pre>{@code
 * try {
 *     Policy policy = PolicyLoader.load(Paths.get("policies.json"));
 * } catch (PolicyException invalid) {
 *     invalid.errors().forEach(error -> System.err.println("fluxgate: " + error));
 * }
 * }</pre>
 */
public final class PolicyLoader {
    private PolicyLoader() {
    }

    public static Policy load(Path file) throws PolicyException {
        return load(file, null);
    }

    /**
     * Like {@link #load(Path)}, and also resolves the class and method names of {@code TypeOf} and
     * {@code Custom} trackers through {@code classLoader}: a name it cannot load is an error. With
     * null, nothing is loaded and trackers match by name (how the agent reads a policy).
     */
    public static Policy load(Path file, ClassLoader classLoader) throws PolicyException {
        long start = System.nanoTime();
        String name = file.toString();
        try {
            return load(name, read(file, name), classLoader);
        } finally {
            AgentLog.took("policy read", start);
        }
    }

    /** Reads policy text; {@code sourceName} is used in error positions and picks the format by its extension. */
    public static Policy load(String sourceName, String content) throws PolicyException {
        return load(sourceName, content, null);
    }

    public static Policy load(String sourceName, String content, ClassLoader classLoader) throws PolicyException {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        SourceText source = new SourceText(sourceName, text, isYaml(sourceName));
        Problems problems = new Problems();
        Node root = TreeReader.read(source, problems);
        Policy policy = root == null ? null : new PolicyReader(source, problems, classLoader).read(root);
        if (policy == null || problems.any()) {
            throw new PolicyException(problems.errors());
        }
        return policy;
    }

    static boolean isYaml(String sourceName) {
        String lower = sourceName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml");
    }

    private static String read(Path file, String name) throws PolicyException {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            throw unreadable(name, "the file is not UTF-8 text");
        } catch (NoSuchFileException missing) {
            throw unreadable(name, "no such file");
        } catch (AccessDeniedException denied) {
            throw unreadable(name, "permission denied");
        } catch (IOException failed) {
            throw unreadable(name, Files.isDirectory(file) ? "it is a directory, not a file"
                    : String.valueOf(failed.getMessage()));
        }
    }

    private static PolicyException unreadable(String name, String reason) {
        return new PolicyException(Collections.singletonList(
                new PolicyError(PolicyLocation.wholeFile(name), "cannot read the policy file: " + reason)));
    }
}
