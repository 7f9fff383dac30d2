package io.fluxgate.agent.policy;

import java.util.Optional;

/**
 * {@code {"throw": "com.acme.ServiceDownException", "message": "..."}}: an exception thrown
 * instead, made with its {@code (String)} constructor when it has one, else the no-argument one.
 * A name without a package is a {@code java.lang} one.
 */
public final class ThrowFallback extends Fallback {
    private final String exceptionClassName;
    private final String message;

    ThrowFallback(PolicyLocation location, String exceptionClassName, String message) {
        super(location);
        this.exceptionClassName = exceptionClassName;
        this.message = message;
    }

    /** The binary name of the exception class. */
    public String exceptionClassName() {
        return exceptionClassName;
    }

    public Optional<String> message() {
        return Optional.ofNullable(message);
    }

    @Override
    public String toString() {
        return "throw " + exceptionClassName + (message == null ? "" : "(" + Quote.json(message) + ")");
    }
}
