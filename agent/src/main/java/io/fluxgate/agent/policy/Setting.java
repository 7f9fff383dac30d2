package io.fluxgate.agent.policy;

/** One breaker setting: the built component and the expression it was built from. */
final class Setting<T> {
    final T value;
    final String expression;

    Setting(T value, String expression) {
        this.value = value;
        this.expression = expression;
    }
}
