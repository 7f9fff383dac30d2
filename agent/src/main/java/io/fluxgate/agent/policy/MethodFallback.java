package io.fluxgate.agent.policy;

/**
 * {@code {"method": "com.acme.Fallbacks#queueCharge"}}: a public static method. The weaver uses
 * the first of {@code (target params..., Throwable)}, {@code (target params...)},
 * {@code (Throwable)}, {@code ()} whose return type fits the target's.
 */
public final class MethodFallback extends Fallback {
    private final String className;
    private final String methodName;

    MethodFallback(PolicyLocation location, String className, String methodName) {
        super(location);
        this.className = className;
        this.methodName = methodName;
    }

    /** The binary name of the class declaring the method. */
    public String className() {
        return className;
    }

    public String methodName() {
        return methodName;
    }

    @Override
    public String toString() {
        return className + "#" + methodName;
    }
}
