package io.fluxgate.agent.policy;

/** One mistake in a policy file: where it is and what was expected there. */
public final class PolicyError {
    private final PolicyLocation location;
    private final String message;

    public PolicyError(PolicyLocation location, String message) {
        this.location = location;
        this.message = message;
    }

    public PolicyLocation location() {
        return location;
    }

    public String file() {
        return location.file();
    }

    /** 1-based; 0 when the problem concerns the whole file. */
    public int line() {
        return location.line();
    }

    /** 1-based; 0 when the problem concerns the whole file. */
    public int column() {
        return location.column();
    }

    public String message() {
        return message;
    }

    /** {@code file:line:column: message}, the form compilers use, so editors can jump to it. */
    @Override
    public String toString() {
        return location + ": " + message;
    }
}
