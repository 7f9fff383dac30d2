package io.fluxgate.agent.policy;

/**
 * The text of a policy file, kept so that a position inside a string (a column inside an
 * expression or a method pattern) can be turned into a position in the file.
 */
final class SourceText {
    final String file;
    final String content;
    final boolean yaml;

    SourceText(String file, String content, boolean yaml) {
        this.file = file;
        this.content = content;
        this.yaml = yaml;
    }

    PolicyLocation at(int line, int column) {
        return new PolicyLocation(file, line, column);
    }

    /**
     * Where character {@code index} of the decoded string {@code text} was written, given where the
     * string token starts; null when escapes or YAML folding make the written form differ from
     * the decoded one in a way that hides it.
     */
    PolicyLocation locate(PolicyLocation start, long charOffset, String text, int index) {
        if (charOffset < 0 || charOffset >= content.length() || index < 0 || index > text.length()) {
            return null;
        }
        int offset = (int) charOffset;
        int written = yaml ? writtenYamlOffset(offset, text, index) : writtenJsonOffset(offset, index);
        return written < 0 ? null : new PolicyLocation(file, start.line(), start.column() + written);
    }

    /** JSON strings stay on one line; an escape takes 2 characters, or 6 for {@code \}{@code uXXXX}. */
    private int writtenJsonOffset(int offset, int index) {
        if (content.charAt(offset) != '"') {
            return -1;
        }
        int raw = offset + 1;
        for (int decoded = 0; decoded < index; decoded++) {
            if (raw >= content.length()) {
                return -1;
            }
            if (content.charAt(raw) == '\\') {
                raw += raw + 1 < content.length() && content.charAt(raw + 1) == 'u' ? 6 : 2;
            } else {
                raw++;
            }
        }
        return raw - offset;
    }

    /** Plain or quoted YAML scalars written exactly as they decode; anything else is not mapped. */
    private int writtenYamlOffset(int offset, String text, int index) {
        char first = content.charAt(offset);
        if (first == '"' || first == '\'') {
            int end = offset + 1 + text.length();
            boolean verbatim = content.regionMatches(offset + 1, text, 0, text.length())
                    && end < content.length() && content.charAt(end) == first;
            return verbatim ? 1 + index : -1;
        }
        return content.regionMatches(offset, text, 0, text.length()) ? index : -1;
    }
}
