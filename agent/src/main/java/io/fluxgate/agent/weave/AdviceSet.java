package io.fluxgate.agent.weave;

import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.pool.TypePool;

/**
 * The three advices, each read once and only when first needed: reading one costs more than
 * weaving it into a method, and before the application's first target class only the one that
 * class needs should stand in its way. The site number is bound per method by {@link SiteIdMapping}.
 */
final class AdviceSet {
    private final ClassFileLocator locator;
    private TypePool pool;                       // guarded by this
    private Advice.WithCustomMapping mapping;    // guarded by this
    private volatile Advice value;
    private volatile Advice none;
    private volatile Advice async;

    AdviceSet(ClassFileLocator locator) {
        this.locator = locator;
    }

    /** The advice for {@code method}, by what it returns: nothing, a stage ({@code async}), or a value. */
    Advice forMethod(MethodDescription method, boolean async) {
        if (method.getReturnType().represents(void.class)) {
            return none();
        }
        return async ? async() : value();
    }

    Advice value() {
        Advice read = value;
        if (read == null) {
            synchronized (this) {
                if (value == null) {
                    value = read(ValueAdvice.class);
                }
                read = value;
            }
        }
        return read;
    }

    Advice none() {
        Advice read = none;
        if (read == null) {
            synchronized (this) {
                if (none == null) {
                    none = read(VoidAdvice.class);
                }
                read = none;
            }
        }
        return read;
    }

    Advice async() {
        Advice read = async;
        if (read == null) {
            synchronized (this) {
                if (async == null) {
                    async = read(AsyncAdvice.class);
                }
                read = async;
            }
        }
        return read;
    }

    /** Described from its class file, not through reflection, which would make a proxy class per annotation. */
    private Advice read(Class<?> advice) {   // holds the lock
        if (pool == null) {
            pool = TypePool.Default.of(locator);
            mapping = Advice.withCustomMapping().bind(new SiteIdMapping());
        }
        return mapping.to(pool.describe(advice.getName()).resolve(), locator);
    }
}
