package io.fluxgate.agent.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Which throwables of a protected call a target's fallback answers. */
public enum FallbackOn {
    /** Any throwable: a rejection, a tracked failure or an untracked one (the default). */
    ANY("any"),
    /** Only a rejection by the breaker. */
    REJECTED("rejected"),
    /** A rejection or a failure the tracker counts. */
    TRACKED("tracked");

    private final String label;

    FallbackOn(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * Whether the fallback answers a call that ended this way.
     *
     * @param rejected the breaker refused the call
     * @param tracked the call failed with a throwable (or a {@code failOn} status) the tracker counts
     */
    public boolean applies(boolean rejected, boolean tracked) {
        switch (this) {
            case REJECTED:
                return rejected;
            case TRACKED:
                return rejected || tracked;
            default:
                return true;
        }
    }

    /** The value with this label, or null. */
    public static FallbackOn fromLabel(String label) {
        for (FallbackOn value : values()) {
            if (value.label.equals(label)) {
                return value;
            }
        }
        return null;
    }

    static List<String> labels() {
        List<String> labels = new ArrayList<>();
        for (FallbackOn value : values()) {
            labels.add(value.label);
        }
        return Collections.unmodifiableList(labels);
    }

    @Override
    public String toString() {
        return label;
    }
}
