package io.fluxgate.agent.fallback;

import io.fluxgate.agent.policy.MethodPattern;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/** Methods and types written the way method patterns write them: {@code com.acme.Client#get(java.lang.String, byte[])}. */
public final class TypeNames {
    private TypeNames() {
    }

    public static String of(Method method) {
        return method.getDeclaringClass().getName() + "#" + method.getName() + "("
                + parameters(method.getParameterTypes()) + ")";
    }

    public static String parameters(Class<?>[] types) {
        return String.join(", ", parameterNames(types));
    }

    /** The names {@link MethodPattern#matchesMethod} compares. */
    public static List<String> parameterNames(Class<?>[] types) {
        List<String> names = new ArrayList<>();
        for (Class<?> type : types) {
            names.add(of(type));
        }
        return names;
    }

    public static String of(Class<?> type) {
        return MethodPattern.canonicalTypeName(type.getName());
    }

    /** The wrapper of a primitive type; other types as they are. */
    public static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        Class<?>[][] pairs = {
            {int.class, Integer.class}, {long.class, Long.class}, {boolean.class, Boolean.class},
            {double.class, Double.class}, {float.class, Float.class}, {short.class, Short.class},
            {byte.class, Byte.class}, {char.class, Character.class}};
        for (Class<?>[] pair : pairs) {
            if (pair[0] == type) {
                return pair[1];
            }
        }
        return Void.class;
    }
}
