package io.fluxgate.tracker;

import io.fluxgate.internal.Require;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A throwable is a failure when it is an instance of one of the given types, subclasses
 * included.
 *
 * <p>A {@code TypeOf} may also be made from class <em>names</em> ({@link #named(String...)}):
 * then a throwable matches when a class or interface of that name appears in its type
 * hierarchy. Nothing is loaded, so it works across class loaders, and a name no class carries
 * simply matches nothing. The agent uses this form, because the classes a policy names live
 * in the application's loaders, not in the agent's.
 */
public final class TypeOf implements Tracker {
    private final List<String> names;
    private final Class<?>[] types;              // null when matching by name
    private final ClassValue<Boolean> matchesByName;

    @SafeVarargs
    public TypeOf(Class<? extends Throwable>... types) {
        Require.notNull("TypeOf", "types", types);
        if (types.length == 0) {
            throw new IllegalArgumentException("TypeOf: types must name at least one type");
        }
        List<String> names = new ArrayList<>();
        for (Class<? extends Throwable> type : types) {
            names.add(Require.notNull("TypeOf", "types", type).getName());
        }
        this.names = Collections.unmodifiableList(names);
        this.types = types.clone();
        this.matchesByName = null;
    }

    private TypeOf(List<String> names) {
        this.names = names;
        this.types = null;
        this.matchesByName = new ClassValue<Boolean>() {
            @Override
            protected Boolean computeValue(Class<?> type) {
                return hierarchyHasName(type);
            }
        };
    }

    /** Matches by fully qualified class name (binary name, {@code Outer$Inner} for nested types). */
    public static TypeOf named(String... names) {
        Require.notNull("TypeOf", "types", names);
        if (names.length == 0) {
            throw new IllegalArgumentException("TypeOf: types must name at least one type");
        }
        for (String name : names) {
            if (name == null || name.trim().isEmpty()) {
                throw new IllegalArgumentException("TypeOf: types must not contain an empty name");
            }
        }
        return new TypeOf(Collections.unmodifiableList(new ArrayList<>(Arrays.asList(names))));
    }

    /** The fully qualified names of the types this tracker matches. */
    public List<String> typeNames() {
        return names;
    }

    @Override
    public boolean test(Throwable error) {
        if (error == null) {
            return false;
        }
        if (types == null) {
            return matchesByName.get(error.getClass());
        }
        for (Class<?> type : types) {
            if (type.isInstance(error)) {
                return true;
            }
        }
        return false;
    }

    private boolean hierarchyHasName(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (names.contains(c.getName()) || anyInterfaceHasName(c.getInterfaces())) {
                return true;
            }
        }
        return false;
    }

    private boolean anyInterfaceHasName(Class<?>[] interfaces) {
        for (Class<?> type : interfaces) {
            if (names.contains(type.getName()) || anyInterfaceHasName(type.getInterfaces())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TypeOf && names.equals(((TypeOf) other).names)
                && (types == null) == (((TypeOf) other).types == null);
    }

    @Override
    public int hashCode() {
        return names.hashCode();
    }

    @Override
    public String toString() {
        return "TypeOf(" + String.join(", ", names) + ")";
    }
}
