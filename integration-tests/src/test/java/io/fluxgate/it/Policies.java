package io.fluxgate.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Policy files for a test, written into its temporary folder. */
public final class Policies {
    private Policies() {
    }

    /** Writes {@code json} to {@code folder/policy.json}. */
    public static Path write(Path folder, String json) {
        return write(folder, "policy.json", json);
    }

    public static Path write(Path folder, String fileName, String json) {
        try {
            return Files.write(folder.resolve(fileName), json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based number of the first line of {@code json} that contains {@code marker}. */
    public static int lineOf(String json, String marker) {
        String[] lines = json.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(marker)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no line contains " + marker);
    }
}
