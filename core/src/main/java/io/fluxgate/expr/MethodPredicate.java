package io.fluxgate.expr;

import io.fluxgate.internal.Sneaky;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/** {@code Custom(com.acme.Rules#isServerError)}: a public static boolean method taking a throwable. */
final class MethodPredicate implements Predicate<Throwable> {
    private static final Logger LOG = Logger.getLogger("io.fluxgate");

    private final Method method;
    private final Class<?> parameter;

    private MethodPredicate(Method method) {
        this.method = method;
        this.parameter = method.getParameterTypes()[0];
    }

    static void checkSyntax(String reference) {
        int hash = reference.indexOf('#');
        if (hash <= 0 || hash == reference.length() - 1 || reference.indexOf('#', hash + 1) >= 0) {
            throw new IllegalArgumentException("expected a method reference such as com.acme.Rules#isServerError, got "
                    + reference);
        }
    }

    static MethodPredicate resolve(String reference, ClassLoader loader) {
        checkSyntax(reference);
        String className = Names.qualify(reference.substring(0, reference.indexOf('#')));
        String methodName = reference.substring(reference.indexOf('#') + 1);
        Class<?> owner;
        try {
            owner = Class.forName(className, true, loader);
        } catch (ClassNotFoundException | LinkageError missing) {
            throw new IllegalArgumentException("class " + className + " not found");
        }
        for (Method candidate : owner.getMethods()) {
            if (candidate.getName().equals(methodName) && fits(candidate)) {
                return new MethodPredicate(accessible(candidate, reference));
            }
        }
        throw new IllegalArgumentException("no public static boolean " + methodName + "(Throwable) in " + className);
    }

    /**
     * A public method declared by a class that is not public itself cannot be invoked reflectively
     * from this package until it is made accessible; find that out now rather than on every call.
     */
    private static Method accessible(Method method, String reference) {
        if (!Modifier.isPublic(method.getDeclaringClass().getModifiers())) {
            try {
                method.setAccessible(true);
            } catch (RuntimeException denied) {
                throw new IllegalArgumentException("cannot call " + reference + ": " + denied.getMessage());
            }
        }
        return method;
    }

    private static boolean fits(Method method) {
        Class<?>[] parameters = method.getParameterTypes();
        return Modifier.isStatic(method.getModifiers())
                && (method.getReturnType() == boolean.class || method.getReturnType() == Boolean.class)
                && parameters.length == 1
                && (Throwable.class.isAssignableFrom(parameters[0]) || parameters[0].isAssignableFrom(Throwable.class));
    }

    /**
     * Resolved on first use through the calling thread's context class loader, then the system
     * class loader. A reference that cannot be resolved is reported once and matches nothing.
     */
    static Predicate<Throwable> lazy(String reference) {
        return new Predicate<Throwable>() {
            private volatile Predicate<Throwable> resolved;

            @Override
            public boolean test(Throwable error) {
                Predicate<Throwable> predicate = resolved;
                if (predicate == null) {
                    predicate = resolveNow();
                    resolved = predicate;
                }
                return predicate.test(error);
            }

            private Predicate<Throwable> resolveNow() {
                ClassLoader context = Thread.currentThread().getContextClassLoader();
                IllegalArgumentException failure = null;
                for (ClassLoader loader : new ClassLoader[] {context, ClassLoader.getSystemClassLoader()}) {
                    if (loader == null) {
                        continue;
                    }
                    try {
                        return resolve(reference, loader);
                    } catch (IllegalArgumentException notThere) {
                        failure = notThere;
                    }
                }
                LOG.log(Level.WARNING, "fluxgate: Custom(" + reference + ") matches nothing: "
                        + (failure == null ? "no class loader" : failure.getMessage()));
                return error -> false;
            }

            @Override
            public String toString() {
                return reference;
            }
        };
    }

    @Override
    public boolean test(Throwable error) {
        if (!parameter.isInstance(error)) {
            return false;
        }
        try {
            return (Boolean) method.invoke(null, error);
        } catch (InvocationTargetException thrown) {
            throw Sneaky.rethrow(thrown.getCause());
        } catch (IllegalAccessException inaccessible) {
            throw new IllegalStateException("cannot call " + method, inaccessible);
        }
    }

    @Override
    public String toString() {
        return method.getDeclaringClass().getName() + "#" + method.getName();
    }
}
