package io.fluxgate.agent.policy;

/**
 * A place in a policy file: the file as the user named it, and a 1-based line and column. Line 0
 * means the file as a whole (it could not be read at all).
 */
public final class PolicyLocation {
    private final String file;
    private final int line;
    private final int column;

    public PolicyLocation(String file, int line, int column) {
        this.file = file;
        this.line = line;
        this.column = column;
    }

    /** The whole file, for problems that have no position (an unreadable file). */
    public static PolicyLocation wholeFile(String file) {
        return new PolicyLocation(file, 0, 0);
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** {@code file:line:column}, or just the file for {@link #wholeFile}. */
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column : file;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof PolicyLocation)) {
            return false;
        }
        PolicyLocation that = (PolicyLocation) other;
        return file.equals(that.file) && line == that.line && column == that.column;
    }

    @Override
    public int hashCode() {
        return (file.hashCode() * 31 + line) * 31 + column;
    }
}
