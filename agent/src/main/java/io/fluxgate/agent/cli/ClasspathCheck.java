package io.fluxgate.agent.cli;

import io.fluxgate.agent.policy.Fallback;
import io.fluxgate.agent.policy.MethodFallback;
import io.fluxgate.agent.policy.MethodPattern;
import io.fluxgate.agent.policy.MethodTarget;
import io.fluxgate.agent.policy.Policy;
import io.fluxgate.agent.policy.PolicyError;
import io.fluxgate.agent.policy.PolicyLocation;
import io.fluxgate.agent.policy.Target;
import io.fluxgate.agent.policy.ThrowFallback;
import io.fluxgate.agent.fallback.FallbackMethod;
import io.fluxgate.agent.fallback.TypeNames;
import io.fluxgate.internal.Suggest;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What {@code validate --classpath} adds: each method pattern matches a method of a class on the
 * classpath, each fallback method exists and fits its targets, each exception to throw exists.
 * Classes are loaded without being initialized: no application code runs.
 */
final class ClasspathCheck {
    private final ClassIndex index;
    private final ClassLoader loader;
    private final List<PolicyError> errors = new ArrayList<>();

    ClasspathCheck(ClassIndex index, ClassLoader loader) {
        this.index = index;
        this.loader = loader;
    }

    List<PolicyError> check(Policy policy) {
        for (Target target : policy.targets()) {
            List<Method> methods = target instanceof MethodTarget ? methodsOf((MethodTarget) target) : null;
            Fallback fallback = target.fallback().orElse(null);
            if (fallback instanceof MethodFallback && methods != null) {
                checkFallbackMethod((MethodFallback) fallback, methods);
            } else if (fallback instanceof ThrowFallback) {
                checkException((ThrowFallback) fallback);
            }
        }
        return errors;
    }

    /** The methods the target would weave; reports a pattern that matches none. */
    private List<Method> methodsOf(MethodTarget target) {
        MethodPattern pattern = target.pattern();
        String typePart = pattern.text().substring(0, pattern.text().indexOf('#'));
        List<String> unloadable = new ArrayList<>();
        List<Class<?>> classes = matchingClasses(pattern, typePart, unloadable);
        if (classes.isEmpty()) {
            String literal = literalClassName(typePart);
            String hint = literal == null ? "" : Suggest.didYouMean(literal, index.names());
            error(target.patternLocation(), "no class on the classpath matches " + typePart + hint + unloadableNote(unloadable));
            return null;
        }
        List<Method> methods = new ArrayList<>();
        Set<String> sameName = new TreeSet<>();
        Set<String> otherNames = new TreeSet<>();
        for (Class<?> type : classes) {
            Method[] declared;
            try {
                declared = type.getDeclaredMethods();
            } catch (LinkageError missing) {
                unloadable.add(type.getName() + " (" + missing + ")");
                continue;
            }
            for (Method method : declared) {
                if (!isWeavable(method)) {
                    continue;
                }
                List<String> params = TypeNames.parameterNames(method.getParameterTypes());
                if (pattern.matchesMethod(method.getName(), params)) {
                    methods.add(method);
                } else if (pattern.matchesMethodName(method.getName())) {
                    sameName.add(TypeNames.of(method));
                } else {
                    otherNames.add(method.getName());
                }
            }
        }
        if (methods.isEmpty()) {
            String hint = !sameName.isEmpty() ? " (found " + String.join(", ", sameName) + ")"
                    : Suggest.didYouMean(pattern.methodNamePattern(), otherNames);
            error(target.patternLocation(), "no method of " + describe(classes) + " matches "
                    + pattern.text().substring(pattern.text().indexOf('#') + 1) + hint + unloadableNote(unloadable));
            return null;
        }
        return methods;
    }

    private List<Class<?>> matchingClasses(MethodPattern pattern, String typePart, List<String> unloadable) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : index.names()) {
            if (pattern.matchesType(name)) {
                names.add(name);
            }
        }
        String literal = literalClassName(typePart);
        if (literal != null && names.isEmpty() && load(literal, null) != null) {
            names.add(literal);   // a JDK class
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            Class<?> type = load(name, unloadable);
            if (type != null) {
                classes.add(type);
            }
        }
        if (pattern.includesSubtypes()) {
            for (String name : index.names()) {
                if (!names.contains(name)) {
                    Class<?> type = load(name, null);
                    if (type != null && hasMatchingSupertype(type, pattern)) {
                        classes.add(type);
                    }
                }
            }
        }
        return classes;
    }

    private static boolean hasMatchingSupertype(Class<?> type, MethodPattern pattern) {
        try {
            for (Class<?> current = type; current != null; current = current.getSuperclass()) {
                if (pattern.matchesType(current.getName()) || anyInterfaceMatches(current.getInterfaces(), pattern)) {
                    return true;
                }
            }
        } catch (LinkageError missing) {
            return false;
        }
        return false;
    }

    private static boolean anyInterfaceMatches(Class<?>[] interfaces, MethodPattern pattern) {
        for (Class<?> type : interfaces) {
            if (pattern.matchesType(type.getName()) || anyInterfaceMatches(type.getInterfaces(), pattern)) {
                return true;
            }
        }
        return false;
    }

    /** Constructors, abstract and native methods and compiler-made methods are never woven. */
    private static boolean isWeavable(Method method) {
        int modifiers = method.getModifiers();
        return !Modifier.isAbstract(modifiers) && !Modifier.isNative(modifiers) && !method.isBridge()
                && !method.isSynthetic();
    }

    private void checkFallbackMethod(MethodFallback fallback, List<Method> targets) {
        Class<?> owner = load(fallback.className(), null);
        if (owner == null) {
            error(fallback.location(), "fallback class " + fallback.className() + " not found on the classpath"
                    + Suggest.didYouMean(fallback.className(), index.names()));
            return;
        }
        for (Method target : targets) {
            String problem;
            try {
                FallbackMethod.choose(owner, fallback.methodName(), target, isAsync(target));
                problem = null;
            } catch (IllegalArgumentException unfit) {
                problem = unfit.getMessage();
            } catch (LinkageError missing) {
                problem = "fallback " + fallback + " cannot be inspected: " + missing;
            }
            if (problem != null) {
                error(fallback.location(), problem);
                return;
            }
        }
    }

    /** The weaver's rule: a method returning a stage is asynchronous. */
    private static boolean isAsync(Method target) {
        return target.getReturnType() == java.util.concurrent.CompletionStage.class
                || target.getReturnType() == java.util.concurrent.CompletableFuture.class;
    }

    private void checkException(ThrowFallback fallback) {
        Class<?> type = load(fallback.exceptionClassName(), null);
        if (type == null) {
            error(fallback.location(), "exception class " + fallback.exceptionClassName() + " not found on the classpath"
                    + Suggest.didYouMean(fallback.exceptionClassName(), index.names()));
        } else if (!Throwable.class.isAssignableFrom(type)) {
            error(fallback.location(), fallback.exceptionClassName() + " is not a Throwable");
        } else if (!hasPublicConstructor(type, String.class) && !hasPublicConstructor(type)) {
            error(fallback.location(), fallback.exceptionClassName() + " has neither a public (String) nor a public "
                    + "no-argument constructor");
        }
    }

    private static boolean hasPublicConstructor(Class<?> type, Class<?>... parameters) {
        try {
            return Modifier.isPublic(type.getConstructor(parameters).getModifiers());
        } catch (NoSuchMethodException | LinkageError absent) {
            return false;
        }
    }

    /** Loads without initializing; null when the class cannot be loaded (noted in {@code unloadable} when given). */
    private Class<?> load(String name, List<String> unloadable) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException absent) {
            return null;
        } catch (LinkageError broken) {
            if (unloadable != null) {
                unloadable.add(name + " (" + broken + ")");
            }
            return null;
        }
    }

    /** The class name when the class part has no wildcard, else null. */
    private static String literalClassName(String typePart) {
        String name = typePart.endsWith("+") ? typePart.substring(0, typePart.length() - 1) : typePart;
        return name.indexOf('*') >= 0 || name.contains("..") ? null : name;
    }

    private static String describe(List<Class<?>> classes) {
        if (classes.size() == 1) {
            return classes.get(0).getName();
        }
        return classes.size() + " matching classes (" + classes.get(0).getName() + ", ...)";
    }

    private static String unloadableNote(List<String> unloadable) {
        return unloadable.isEmpty() ? "" : "; could not load " + unloadable.get(0)
                + (unloadable.size() > 1 ? " and " + (unloadable.size() - 1) + " more" : "")
                + ": is the classpath complete?";
    }

    private void error(PolicyLocation at, String message) {
        errors.add(new PolicyError(at, message));
    }
}
