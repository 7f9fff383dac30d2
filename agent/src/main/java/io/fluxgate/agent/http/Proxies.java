package io.fluxgate.agent.http;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Optional;

/**
 * Implements a client's interface (a response, a callback) at run time, for a client whose types
 * the agent's code cannot name.
 */
public final class Proxies {
    private Proxies() {
    }

    /** A proxy of {@code type}; the handler sees every call but those of Object, which answer as identity. */
    public static Object implement(Class<?> type, String description, InvocationHandler handler) {
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, arguments) -> {
            if (method.getDeclaringClass() == Object.class) {
                switch (method.getName()) {
                    case "equals":
                        return proxy == arguments[0];
                    case "hashCode":
                        return System.identityHashCode(proxy);
                    default:
                        return description;
                }
            }
            return handler.invoke(proxy, method, arguments);
        });
    }

    /** What a method the proxy does not know answers: empty for an Optional, else nothing. */
    public static Object unknown(Method method) {
        return method.getReturnType() == Optional.class ? Optional.empty() : null;
    }
}
