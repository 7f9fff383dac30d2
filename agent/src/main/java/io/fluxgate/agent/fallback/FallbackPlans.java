package io.fluxgate.agent.fallback;

import io.fluxgate.agent.policy.Fallback;
import io.fluxgate.agent.policy.MethodFallback;
import io.fluxgate.agent.policy.ThrowFallback;
import io.fluxgate.agent.policy.ValueFallback;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.concurrent.CompletionStage;

/** Turns a policy's {@code fallback} into a plan for one target method, or says why it cannot answer for it. */
public final class FallbackPlans {
    private FallbackPlans() {
    }

    /**
     * @param async the target returns a {@code CompletionStage}: the plan answers with the stage's value
     * @throws IllegalArgumentException when the fallback does not fit the target
     */
    public static FallbackPlan resolve(Fallback fallback, Method target, boolean async)
            throws ReflectiveOperationException {
        ClassLoader loader = target.getDeclaringClass().getClassLoader();
        Type answerType = async ? stageValueType(target) : target.getGenericReturnType();
        if (fallback instanceof MethodFallback) {
            MethodFallback method = (MethodFallback) fallback;
            Class<?> owner = Class.forName(method.className(), true, loader);
            return FallbackMethod.choose(owner, method.methodName(), target, async);
        }
        if (fallback instanceof ValueFallback) {
            return ValuePlan.convert(((ValueFallback) fallback).value(), answerType, target);
        }
        if (fallback instanceof ThrowFallback) {
            ThrowFallback thrown = (ThrowFallback) fallback;
            return ThrowPlan.of(Class.forName(thrown.exceptionClassName(), true, loader), thrown.message().orElse(null));
        }
        throw new IllegalArgumentException(fallback + " cannot answer for a method");
    }

    /** {@code T} of {@code CompletionStage<T>}/{@code CompletableFuture<T>}; Object when raw. */
    static Type stageValueType(Method target) {
        Type generic = target.getGenericReturnType();
        if (generic instanceof ParameterizedType
                && CompletionStage.class.isAssignableFrom((Class<?>) ((ParameterizedType) generic).getRawType())) {
            return ((ParameterizedType) generic).getActualTypeArguments()[0];
        }
        return Object.class;
    }
}
