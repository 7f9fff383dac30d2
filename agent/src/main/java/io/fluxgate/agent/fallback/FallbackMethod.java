package io.fluxgate.agent.fallback;

import io.fluxgate.internal.Suggest;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * {@code {"method": "pkg.Class#name"}}: a public static method, the first of
 * {@code (target params..., Throwable)}, {@code (target params...)}, {@code (Throwable)},
 * {@code ()} whose return type fits the target's.
 */
public final class FallbackMethod implements FallbackPlan {
    private enum Shape { ARGUMENTS_AND_CAUSE, ARGUMENTS, CAUSE, NOTHING }

    private final Method method;
    private final Shape shape;

    private FallbackMethod(Method method, Shape shape) {
        this.method = method;
        this.shape = shape;
    }

    /**
     * @param async the target returns a stage: the fallback may return the stage type or its value
     * @throws IllegalArgumentException naming what is wrong when no candidate fits
     */
    public static FallbackMethod choose(Class<?> owner, String name, Method target, boolean async) {
        String reference = owner.getName() + "#" + name;
        List<Method> named = methodsNamed(owner, name);
        if (named.isEmpty()) {
            throw new IllegalArgumentException("fallback " + reference + ": " + owner.getName() + " has no method "
                    + name + Suggest.didYouMean(name, methodNames(owner)));
        }
        List<Method> usable = new ArrayList<>();
        for (Method method : named) {
            if (Modifier.isPublic(method.getModifiers()) && Modifier.isStatic(method.getModifiers())) {
                usable.add(method);
            }
        }
        if (usable.isEmpty()) {
            throw new IllegalArgumentException("fallback " + reference + " must be public static");
        }
        Class<?>[] params = target.getParameterTypes();
        for (Shape shape : Shape.values()) {
            for (Method candidate : usable) {
                if (accepts(candidate, parametersOf(shape, params)) && returnsFit(candidate, target, async)) {
                    candidate.setAccessible(true);
                    return new FallbackMethod(candidate, shape);
                }
            }
        }
        String list = TypeNames.parameters(params);
        throw new IllegalArgumentException("fallback " + reference + " does not fit " + TypeNames.of(target)
                + ": expected a public static " + TypeNames.of(target.getReturnType()) + " " + name + "("
                + (list.isEmpty() ? "Throwable" : list + ", Throwable") + "), " + name + "(" + list + "), " + name
                + "(Throwable) or " + name + "()");
    }

    @Override
    public boolean needsArguments() {
        return shape == Shape.ARGUMENTS_AND_CAUSE || shape == Shape.ARGUMENTS;
    }

    @Override
    public Object answer(Throwable cause, Object[] arguments) throws Throwable {
        Object[] passed;
        switch (shape) {
            case ARGUMENTS_AND_CAUSE:
                passed = new Object[arguments.length + 1];
                System.arraycopy(arguments, 0, passed, 0, arguments.length);
                passed[arguments.length] = cause;
                break;
            case ARGUMENTS:
                passed = arguments;
                break;
            case CAUSE:
                passed = new Object[] {cause};
                break;
            default:
                passed = new Object[0];
        }
        try {
            return method.invoke(null, passed);
        } catch (InvocationTargetException thrown) {
            throw thrown.getCause();
        }
    }

    private static Class<?>[] parametersOf(Shape shape, Class<?>[] params) {
        switch (shape) {
            case ARGUMENTS_AND_CAUSE:
                Class<?>[] withCause = java.util.Arrays.copyOf(params, params.length + 1);
                withCause[params.length] = Throwable.class;
                return withCause;
            case ARGUMENTS:
                return params;
            case CAUSE:
                return new Class<?>[] {Throwable.class};
            default:
                return new Class<?>[0];
        }
    }

    private static boolean accepts(Method candidate, Class<?>[] arguments) {
        Class<?>[] params = candidate.getParameterTypes();
        if (params.length != arguments.length) {
            return false;
        }
        for (int i = 0; i < params.length; i++) {
            if (!params[i].isAssignableFrom(arguments[i])) {
                return false;
            }
        }
        return true;
    }

    /** A void target ignores what the fallback returns; otherwise the result must be assignable. */
    private static boolean returnsFit(Method candidate, Method target, boolean async) {
        Class<?> wanted = target.getReturnType();
        Class<?> given = candidate.getReturnType();
        if (wanted == void.class || async && !given.isPrimitive() && given != void.class
                && !CompletionStage.class.isAssignableFrom(given)) {
            return true;   // an async target's fallback may answer with the stage's value
        }
        if (wanted.isPrimitive() || given.isPrimitive()) {
            return wanted == given || !wanted.isPrimitive() && wanted.isAssignableFrom(TypeNames.boxed(given));
        }
        return wanted.isAssignableFrom(given);
    }

    private static List<Method> methodsNamed(Class<?> owner, String name) {
        Set<Method> methods = new LinkedHashSet<>();
        for (Method method : owner.getMethods()) {
            if (method.getName().equals(name)) {
                methods.add(method);
            }
        }
        for (Method method : owner.getDeclaredMethods()) {
            if (method.getName().equals(name)) {
                methods.add(method);
            }
        }
        return new ArrayList<>(methods);
    }

    private static Set<String> methodNames(Class<?> owner) {
        Set<String> names = new LinkedHashSet<>();
        for (Method method : owner.getDeclaredMethods()) {
            names.add(method.getName());
        }
        return names;
    }
}
