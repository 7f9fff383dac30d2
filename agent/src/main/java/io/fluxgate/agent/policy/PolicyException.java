package io.fluxgate.agent.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A policy file that cannot be used. It carries every error found in the file, not only the
 * first; its message lists them one per line as {@code file:line:column: message}.
 */
public final class PolicyException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<PolicyError> errors;

    public PolicyException(List<PolicyError> errors) {
        super(joined(errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a PolicyException needs at least one error");
        }
        this.errors = Collections.unmodifiableList(new ArrayList<>(errors));
    }

    public List<PolicyError> errors() {
        return errors;
    }

    private static String joined(List<PolicyError> errors) {
        StringBuilder text = new StringBuilder();
        for (PolicyError error : errors) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(error);
        }
        return text.toString();
    }
}
