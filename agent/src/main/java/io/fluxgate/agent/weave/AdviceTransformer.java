package io.fluxgate.agent.weave;

import io.fluxgate.agent.AgentLog;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.dynamic.TypeResolutionStrategy;
import net.bytebuddy.dynamic.scaffold.MethodGraph;
import net.bytebuddy.dynamic.scaffold.TypeValidation;
import net.bytebuddy.implementation.Implementation;
import net.bytebuddy.pool.TypePool;

import java.lang.instrument.ClassFileTransformer;
import java.security.ProtectionDomain;

/**
 * Weaves one class file with the bytecode library's {@code Advice} and nothing more: the class is
 * described from its bytes, decorated (methods keep their names and the class its members, so
 * loaded classes can be retransformed) and written back. The library's agent builder is left out on
 * purpose: merely constructing one prepares class-injection machinery this agent never uses, which
 * cost about half a second of start-up on every JVM.
 */
final class AdviceTransformer implements ClassFileTransformer {
    /** What to weave into a described class: the builder with its advice, or null to leave the class as it is. */
    interface Weaving {
        DynamicType.Builder<?> weave(DynamicType.Builder<?> builder, TypeDescription type, ClassLoader loader);
    }

    private static final ByteBuddy BYTE_BUDDY = new ByteBuddy(JavaVersion.classFileVersion())
            .with(TypeValidation.DISABLED)
            .with(Implementation.Context.Disabled.Factory.INSTANCE)   // no added fields or methods
            // Advice only needs the methods the class declares: no walk up its hierarchy through class files.
            .with(MethodGraph.Compiler.ForDeclaredMethods.INSTANCE);

    /** A class our own weaving loads while it runs is never woven by the same thread (no circularity). */
    private static final ThreadLocal<Boolean> WEAVING = new ThreadLocal<>();

    private final TargetMatcher matcher;
    private final Weaving weaving;

    AdviceTransformer(TargetMatcher matcher, Weaving weaving) {
        this.matcher = matcher;
        this.weaving = weaving;
    }

    @Override
    public byte[] transform(ClassLoader loader, String internalName, Class<?> classBeingRedefined,
                            ProtectionDomain domain, byte[] classFile) {
        if (internalName == null || WEAVING.get() != null) {
            return null;
        }
        String name = internalName.replace('/', '.');
        if (matcher.ignores(name)) {
            return null;
        }
        WEAVING.set(Boolean.TRUE);
        try {
            return weave(name, classFile, loader, weaving);
        } catch (RuntimeException | LinkageError failure) {
            AgentLog.once("weave:" + name, "could not weave " + name + ", it runs unprotected: " + failure);
            return null;
        } finally {
            WEAVING.remove();
        }
    }

    /** The woven class file, or null when {@code weaving} leaves the class as it is. */
    static byte[] weave(String name, byte[] classFile, ClassLoader loader, Weaving weaving) {
        ClassFileLocator locator = new ClassFileLocator.Compound(ClassFileLocator.Simple.of(name, classFile),
                loader == null ? ClassFileLocator.ForClassLoader.ofBootLoader() : ClassFileLocator.ForClassLoader.of(loader));
        TypePool pool = new TypePool.Default.WithLazyResolution(TypePool.CacheProvider.Simple.withObjectType(), locator,
                TypePool.Default.ReaderMode.FAST);
        TypeDescription type = pool.describe(name).resolve();
        try {
            DynamicType.Builder<?> woven = weaving.weave(BYTE_BUDDY.decorate(type, locator), type, loader);
            return woven == null ? null : woven.make(TypeResolutionStrategy.Disabled.INSTANCE, pool).getBytes();
        } finally {
            SiteIdMapping.clear();
        }
    }
}
