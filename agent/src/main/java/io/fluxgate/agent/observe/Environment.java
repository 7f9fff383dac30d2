package io.fluxgate.agent.observe;

/** Reads environment variables; tests pass their own so that they need no real ones. */
@FunctionalInterface
public interface Environment {

    /** The process environment. */
    Environment SYSTEM = System::getenv;

    /** The variable's value, or null when it is not set. */
    String get(String name);

    /** The variable's value, or null when it is not set or only blank. */
    default String nonBlank(String name) {
        String value = get(name);
        return value == null || value.trim().isEmpty() ? null : value.trim();
    }
}
