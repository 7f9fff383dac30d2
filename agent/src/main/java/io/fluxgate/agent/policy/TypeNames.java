package io.fluxgate.agent.policy;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * Type names in the form method patterns compare: the Java source form of arrays
 * ({@code byte[]}, {@code java.lang.String[][]}) and binary names for nested classes
 * ({@code com.acme.Outer$Inner}).
 */
final class TypeNames {
    static final Set<String> PRIMITIVES = Collections.unmodifiableSet(new HashSet<>(Arrays.asList(
            "boolean", "byte", "char", "short", "int", "long", "float", "double")));

    private TypeNames() {
    }

    /**
     * Converts what {@code Class.getName()} gives ({@code [B}, {@code [Ljava.lang.String;}) and
     * internal names ({@code java/lang/String}) to the canonical form; other names are returned as
     * they are.
     */
    static String canonical(String name) {
        if (name.indexOf('/') >= 0) {
            name = name.replace('/', '.');
        }
        if (name.isEmpty() || name.charAt(0) != '[') {
            return name;
        }
        int dimensions = 0;
        while (dimensions < name.length() && name.charAt(dimensions) == '[') {
            dimensions++;
        }
        String element = elementName(name.substring(dimensions));
        if (element == null) {
            return name;
        }
        StringBuilder canonical = new StringBuilder(element);
        for (int i = 0; i < dimensions; i++) {
            canonical.append("[]");
        }
        return canonical.toString();
    }

    private static String elementName(String descriptor) {
        if (descriptor.length() > 2 && descriptor.charAt(0) == 'L' && descriptor.endsWith(";")) {
            return descriptor.substring(1, descriptor.length() - 1);
        }
        if (descriptor.length() != 1) {
            return null;
        }
        switch (descriptor.charAt(0)) {
            case 'Z':
                return "boolean";
            case 'B':
                return "byte";
            case 'C':
                return "char";
            case 'S':
                return "short";
            case 'I':
                return "int";
            case 'J':
                return "long";
            case 'F':
                return "float";
            case 'D':
                return "double";
            default:
                return null;
        }
    }
}
