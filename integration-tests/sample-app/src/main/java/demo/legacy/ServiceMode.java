package demo.legacy;

import java.util.Locale;

/** How the flaky inventory service answers its clients. */
public enum ServiceMode {
    /** 200 with the real answer. */
    HEALTHY,
    /** 503 to every request. */
    FAILING,
    /** The real answer, after a delay. */
    SLOW;

    public static ServiceMode parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown mode '" + name + "': healthy, failing or slow");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
