package io.fluxgate.agent.http;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * Reaches a client library's public API from the agent, whose class loader cannot name its types.
 * Members are looked up once per loader by the client's support classes, then invoked.
 */
public final class Reflection {
    private Reflection() {
    }

    public static Class<?> type(ClassLoader loader, String name) throws ClassNotFoundException {
        return Class.forName(name, false, loader);
    }

    /** A method of {@code owner} (inherited ones included) with these parameter types, given by binary name. */
    public static Method method(ClassLoader loader, String owner, String name, String... parameterTypes)
            throws ReflectiveOperationException {
        Class<?> type = type(loader, owner);
        Class<?>[] parameters = new Class<?>[parameterTypes.length];
        for (int i = 0; i < parameterTypes.length; i++) {
            parameters[i] = primitive(parameterTypes[i]);
            if (parameters[i] == null) {
                parameters[i] = type(loader, parameterTypes[i]);
            }
        }
        Method method;
        try {
            method = type.getMethod(name, parameters);
        } catch (NoSuchMethodException notPublic) {
            method = type.getDeclaredMethod(name, parameters);
        }
        if (!Modifier.isPublic(method.getModifiers()) || !Modifier.isPublic(method.getDeclaringClass().getModifiers())) {
            method.setAccessible(true);   // a library class in the application's unnamed module
        }
        return method;
    }

    /** Invokes, throwing what the method threw rather than a reflection wrapper. */
    public static Object invoke(Method method, Object target, Object... arguments) throws Exception {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException thrown) {
            Throwable cause = thrown.getCause();
            if (cause instanceof Exception) {
                throw (Exception) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw thrown;
        }
    }

    private static Class<?> primitive(String name) {
        switch (name) {
            case "int": return int.class;
            case "long": return long.class;
            case "boolean": return boolean.class;
            default: return null;
        }
    }
}
