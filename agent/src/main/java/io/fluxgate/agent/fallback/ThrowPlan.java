package io.fluxgate.agent.fallback;

import java.lang.reflect.Constructor;

/** {@code {"throw": "pkg.SomeException", "message": "..."}}: a new throwable per call, caused by the original. */
final class ThrowPlan implements FallbackPlan {
    private final Constructor<? extends Throwable> constructor;
    private final String message;   // null with the no-argument constructor

    private ThrowPlan(Constructor<? extends Throwable> constructor, String message) {
        this.constructor = constructor;
        this.message = message;
    }

    static ThrowPlan of(Class<?> type, String message) {
        if (!Throwable.class.isAssignableFrom(type)) {
            throw new IllegalArgumentException("fallback throw " + type.getName() + " is not a Throwable");
        }
        Class<? extends Throwable> throwable = type.asSubclass(Throwable.class);
        try {
            Constructor<? extends Throwable> withMessage = throwable.getConstructor(String.class);
            return new ThrowPlan(withMessage, message == null ? "" : message);
        } catch (NoSuchMethodException noMessage) {
            try {
                return new ThrowPlan(throwable.getConstructor(), null);
            } catch (NoSuchMethodException none) {
                throw new IllegalArgumentException("fallback throw " + type.getName()
                        + " has neither a public (String) nor a public () constructor");
            }
        }
    }

    @Override
    public Object answer(Throwable cause, Object[] arguments) throws Throwable {
        Throwable replacement = message == null ? constructor.newInstance() : constructor.newInstance(message);
        if (replacement.getCause() == null && cause != null) {
            try {
                replacement.initCause(cause);
            } catch (IllegalStateException alreadySet) {
                // the constructor chose its own cause
            }
        }
        throw replacement;
    }
}
