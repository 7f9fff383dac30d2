package io.fluxgate.agent.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/** Collects every error (and warning) of one policy file, so the user sees them all at once. */
final class Problems {
    /** A plain class, not a lambda: the first lambdas of a JVM cost milliseconds of its start-up. */
    private static final Comparator<PolicyError> IN_FILE_ORDER = new Comparator<PolicyError>() {
        @Override
        public int compare(PolicyError a, PolicyError b) {
            return a.line() != b.line() ? Integer.compare(a.line(), b.line()) : Integer.compare(a.column(), b.column());
        }
    };

    private final List<PolicyError> errors = new ArrayList<>();
    private final List<PolicyError> warnings = new ArrayList<>();

    void error(PolicyLocation where, String message) {
        errors.add(new PolicyError(where, message));
    }

    void warning(PolicyLocation where, String message) {
        warnings.add(new PolicyError(where, message));
    }

    boolean any() {
        return !errors.isEmpty();
    }

    int count() {
        return errors.size();
    }

    /** The errors in the order they appear in the file. */
    List<PolicyError> errors() {
        return sorted(errors);
    }

    List<PolicyError> warnings() {
        return sorted(warnings);
    }

    private static List<PolicyError> sorted(List<PolicyError> list) {
        List<PolicyError> copy = new ArrayList<>(list);
        copy.sort(IN_FILE_ORDER);
        return Collections.unmodifiableList(copy);
    }
}
