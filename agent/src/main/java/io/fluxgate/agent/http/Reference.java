package io.fluxgate.agent.http;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A class, or a method of one, that an instrumentation needs from the library it weaves: its
 * advice calls it, or its support reaches it by reflection. Checked by name before weaving.
 */
public final class Reference {
    private final String className;
    private final String methodName;          // null: the class alone
    private final List<String> parameterTypes;

    private Reference(String className, String methodName, List<String> parameterTypes) {
        this.className = className;
        this.methodName = methodName;
        this.parameterTypes = parameterTypes;
    }

    public static Reference type(String className) {
        return new Reference(className, null, Collections.<String>emptyList());
    }

    /** A method declared by the class or inherited from a supertype, with these parameter types (binary names). */
    public static Reference method(String className, String methodName, String... parameterTypes) {
        return new Reference(className, methodName, Arrays.asList(parameterTypes));
    }

    public String className() {
        return className;
    }

    /** Null for a class reference. */
    public String methodName() {
        return methodName;
    }

    public List<String> parameterTypes() {
        return parameterTypes;
    }

    /** {@code okhttp3.Call#execute()}, for messages. */
    @Override
    public String toString() {
        return methodName == null ? className : className + "#" + methodName + "(" + String.join(", ", parameterTypes) + ")";
    }
}
