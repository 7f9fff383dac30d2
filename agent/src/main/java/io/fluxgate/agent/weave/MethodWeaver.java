package io.fluxgate.agent.weave;

import io.fluxgate.CircuitBreaker;
import io.fluxgate.agent.AgentLog;
import io.fluxgate.agent.policy.MethodTarget;
import io.fluxgate.agent.runtime.Site;
import io.fluxgate.agent.runtime.SiteTable;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.agent.builder.ResettableClassFileTransformer;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.dynamic.scaffold.TypeValidation;
import net.bytebuddy.matcher.ElementMatcher;
import net.bytebuddy.utility.JavaModule;

import java.lang.instrument.Instrumentation;
import java.security.ProtectionDomain;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

import static net.bytebuddy.matcher.ElementMatchers.is;
import static net.bytebuddy.matcher.ElementMatchers.isSynthetic;
import static net.bytebuddy.matcher.ElementMatchers.nameStartsWith;

/**
 * Weaves the breaker advice into the methods that {@code method} targets claim, in classes loaded
 * from now on and, by retransformation, in those already loaded.
 */
public final class MethodWeaver {
    /** Never woven: the agent itself, its relocated libraries, and the JVM's internals. */
    private static final String[] AGENT_PACKAGES = {"io.fluxgate.", "net.bytebuddy."};
    private static final String[] JDK_PACKAGES = {"java.", "javax.", "jdk.", "sun.", "com.sun."};

    private final TargetMatcher matcher;
    private final List<MethodTarget> targets;
    private final Function<MethodTarget, CircuitBreaker> breakers;
    private final SiteTable sites;
    private final ClassFileLocator adviceLocator;

    public MethodWeaver(List<MethodTarget> targets, Function<MethodTarget, CircuitBreaker> breakers, SiteTable sites) {
        this.targets = targets;
        this.matcher = new TargetMatcher(targets);
        this.breakers = breakers;
        this.sites = sites;
        this.adviceLocator = ClassFileLocator.ForClassLoader.of(MethodWeaver.class.getClassLoader());
    }

    public ResettableClassFileTransformer install(Instrumentation instrumentation) {
        return agentBuilder().installOn(instrumentation);
    }

    /** The same weaving as a plain transformer, for tests that define the woven bytes themselves. */
    public java.lang.instrument.ClassFileTransformer transformer() {
        return agentBuilder().makeRaw();
    }

    private AgentBuilder agentBuilder() {
        return new AgentBuilder.Default(new ByteBuddy().with(TypeValidation.DISABLED))
                .disableClassFormatChanges()
                .with(AgentBuilder.RedefinitionStrategy.RETRANSFORMATION)
                .with(AgentBuilder.PoolStrategy.Default.FAST)
                .with(AgentBuilder.InitializationStrategy.NoOp.INSTANCE)
                .with(new WeaveListener())
                .ignore(ignored())
                .type(new ElementMatcher<TypeDescription>() {
                    @Override
                    public boolean matches(TypeDescription type) {
                        return !type.isInterface() && matcher.mayApply(type);
                    }
                })
                .transform(this::weave);
    }

    private ElementMatcher.Junction<TypeDescription> ignored() {
        ElementMatcher.Junction<TypeDescription> ignored = isSynthetic();
        for (String prefix : AGENT_PACKAGES) {
            ignored = ignored.or(nameStartsWith(prefix));
        }
        for (String prefix : JDK_PACKAGES) {
            if (!anyTargetNames(prefix)) {
                ignored = ignored.or(nameStartsWith(prefix));
            }
        }
        return ignored;
    }

    /** A policy may protect a JDK method, but only by naming its package outright. */
    private boolean anyTargetNames(String prefix) {
        for (MethodTarget target : targets) {
            if (target.pattern().text().startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private DynamicType.Builder<?> weave(DynamicType.Builder<?> builder, TypeDescription type, ClassLoader loader,
                                         JavaModule module, ProtectionDomain domain) {
        List<MethodTarget> applicable = matcher.targetsFor(type);
        for (MethodDescription.InDefinedShape method : type.getDeclaredMethods()) {
            if (!weavable(method)) {
                continue;
            }
            MethodTarget target = TargetMatcher.claimant(applicable, method);
            if (target == null) {
                continue;
            }
            Site site = sites.add(target, breakers.apply(target), type.getName(), method.getName(),
                    TargetMatcher.parameterTypeNames(method), isAsync(method), loader);
            builder = builder.visit(Advice.withCustomMapping()
                    .bind(SiteId.class, site.id())
                    .to(adviceFor(method), adviceLocator)
                    .on(is(method)));
            if (AgentLog.debug()) {
                AgentLog.info("woven " + site.method() + " <- target #" + (target.index() + 1) + " "
                        + target.pattern().text() + " at " + target.location() + ", breaker '"
                        + site.breaker().name() + "'" + (site.async() ? " (async)" : ""));
            }
        }
        return builder;
    }

    /** Constructors, abstract, native and compiler-made methods are never woven. */
    private static boolean weavable(MethodDescription method) {
        return method.isMethod() && !method.isAbstract() && !method.isNative() && !method.isSynthetic()
                && !method.isBridge();
    }

    private static boolean isAsync(MethodDescription method) {
        TypeDescription returned = method.getReturnType().asErasure();
        return returned.represents(CompletionStage.class) || returned.represents(CompletableFuture.class);
    }

    private static Class<?> adviceFor(MethodDescription method) {
        if (method.getReturnType().represents(void.class)) {
            return VoidAdvice.class;
        }
        return isAsync(method) ? AsyncAdvice.class : ValueAdvice.class;
    }

    /** Tells about classes that could not be woven instead of leaving them silently unprotected. */
    private static final class WeaveListener extends AgentBuilder.Listener.Adapter {
        @Override
        public void onError(String typeName, ClassLoader loader, JavaModule module, boolean loaded, Throwable error) {
            AgentLog.once("weave:" + typeName, "could not weave " + typeName + ", it runs unprotected: " + error);
        }
    }
}
