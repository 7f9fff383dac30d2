package io.fluxgate.expr;

/** One parameter of a component, under Fluxgate's own name. */
final class Param {
    enum Type {
        WHOLE("a whole number"),
        NUMBER("a number"),
        DURATION("a duration such as 30, 1.5, 250ms, 30s, 5m or 1h"),
        CLASS("a fully qualified class name"),
        METHOD("a method reference such as com.acme.Rules#isServerError");

        final String expected;

        Type(String expected) {
            this.expected = expected;
        }
    }

    final String name;
    final Type type;
    final String defaultValue;   // null: required
    final boolean variadic;      // takes every remaining positional argument

    private Param(String name, Type type, String defaultValue, boolean variadic) {
        this.name = name;
        this.type = type;
        this.defaultValue = defaultValue;
        this.variadic = variadic;
    }

    static Param required(String name, Type type) {
        return new Param(name, type, null, false);
    }

    static Param optional(String name, Type type, String defaultValue) {
        return new Param(name, type, defaultValue, false);
    }

    static Param variadic(String name, Type type) {
        return new Param(name, type, null, true);
    }
}
