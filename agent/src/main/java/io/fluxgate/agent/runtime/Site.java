package io.fluxgate.agent.runtime;

import io.fluxgate.CircuitBreaker;
import io.fluxgate.agent.AgentLog;
import io.fluxgate.agent.fallback.FallbackPlan;
import io.fluxgate.agent.fallback.FallbackPlans;
import io.fluxgate.agent.policy.MethodTarget;

import java.lang.ref.WeakReference;
import java.lang.reflect.Method;
import java.util.List;

/**
 * One protected method: the target that claimed it, the breaker that guards it, and its fallback
 * plan, resolved through reflection the first time it is needed (the class is being defined
 * when it is woven, so it cannot be reflected on then).
 */
public final class Site {
    private final int id;
    private final MethodTarget target;
    private final CircuitBreaker breaker;
    private final String typeName;
    private final String methodName;
    private final List<String> parameterTypeNames;
    private final boolean async;
    private final WeakReference<ClassLoader> loader;
    private volatile FallbackPlan fallback;
    private volatile boolean fallbackResolved;

    Site(int id, MethodTarget target, CircuitBreaker breaker, String typeName, String methodName,
         List<String> parameterTypeNames, boolean async, ClassLoader loader) {
        this.id = id;
        this.target = target;
        this.breaker = breaker;
        this.typeName = typeName;
        this.methodName = methodName;
        this.parameterTypeNames = parameterTypeNames;
        this.async = async;
        this.loader = new WeakReference<>(loader);
    }

    /** This site guarded by {@code other} instead: the same method, target and fallback. */
    Site guardedBy(CircuitBreaker other) {
        Site copy = new Site(id, target, other, typeName, methodName, parameterTypeNames, async, loader.get());
        synchronized (this) {
            copy.fallback = fallback;
            copy.fallbackResolved = fallbackResolved;
        }
        return copy;
    }

    public int id() {
        return id;
    }

    public MethodTarget target() {
        return target;
    }

    public CircuitBreaker breaker() {
        return breaker;
    }

    public String typeName() {
        return typeName;
    }

    public boolean async() {
        return async;
    }

    /** {@code demo.Client#fetch(java.lang.String)}, for messages. */
    public String method() {
        return typeName + "#" + methodName + "(" + String.join(", ", parameterTypeNames) + ")";
    }

    /** The fallback plan, or null when the target has none or its fallback cannot answer for this method. */
    FallbackPlan fallback() {
        if (!fallbackResolved) {
            synchronized (this) {
                if (!fallbackResolved) {
                    fallback = resolveFallback();
                    fallbackResolved = true;
                }
            }
        }
        return fallback;
    }

    private FallbackPlan resolveFallback() {
        if (!target.fallback().isPresent()) {
            return null;
        }
        try {
            return FallbackPlans.resolve(target.fallback().get(), reflect(), async);
        } catch (IllegalArgumentException | ReflectiveOperationException | LinkageError unfit) {
            AgentLog.info(target.fallback().get().location() + ": " + unfit.getMessage() + "; " + method()
                    + " stays protected without a fallback");
            return null;
        }
    }

    private Method reflect() throws ClassNotFoundException, NoSuchMethodException {
        Class<?> type = Class.forName(typeName, false, loader.get());
        for (Method candidate : type.getDeclaredMethods()) {
            if (candidate.getName().equals(methodName) && parameterNames(candidate).equals(parameterTypeNames)) {
                return candidate;
            }
        }
        throw new NoSuchMethodException(method());
    }

    private static List<String> parameterNames(Method method) {
        List<String> names = new java.util.ArrayList<>();
        for (Class<?> parameter : method.getParameterTypes()) {
            names.add(parameter.getName());
        }
        return names;
    }
}
