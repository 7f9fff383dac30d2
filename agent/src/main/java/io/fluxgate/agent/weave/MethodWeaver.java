package io.fluxgate.agent.weave;

import io.fluxgate.CircuitBreaker;
import io.fluxgate.agent.AgentLog;
import io.fluxgate.agent.policy.MethodTarget;
import io.fluxgate.agent.runtime.Site;
import io.fluxgate.agent.runtime.SiteTable;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.dynamic.scaffold.TypeValidation;
import net.bytebuddy.matcher.ElementMatcher;
import net.bytebuddy.utility.JavaModule;

import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.security.ProtectionDomain;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.FutureTask;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.Predicate;

import static net.bytebuddy.matcher.ElementMatchers.is;
import static net.bytebuddy.matcher.ElementMatchers.named;

/**
 * Weaves the breaker advice into the methods that {@code method} targets claim, in classes loaded
 * from now on and, by retransformation, in those already loaded. The bytecode library is only
 * ever asked about classes a target names.
 */
public final class MethodWeaver {
    private final TargetMatcher matcher;
    private final Function<MethodTarget, CircuitBreaker> breakers;
    private final SiteTable sites;
    private final ClassFileLocator adviceLocator;

    public MethodWeaver(List<MethodTarget> targets, Function<MethodTarget, CircuitBreaker> breakers, SiteTable sites) {
        this.matcher = new TargetMatcher(targets);
        this.breakers = breakers;
        this.sites = sites;
        this.adviceLocator = ClassFileLocator.ForClassLoader.of(MethodWeaver.class.getClassLoader());
    }

    /**
     * Starts weaving: a cheap gate decides which classes need it from now on, while the weaver
     * warms up on a daemon thread and then re-weaves the matching classes that were already loaded.
     */
    public Installed install(Instrumentation instrumentation) {
        return install(instrumentation, type -> false);
    }

    /**
     * Like {@link #install(Instrumentation)}, and also retransforms the loaded classes that
     * {@code alsoRetransform} picks: those an earlier weaver wove, so that they lose its advice
     * (remove that weaver first) and get this one's where a target still claims them.
     */
    public Installed install(Instrumentation instrumentation, Predicate<Class<?>> alsoRetransform) {
        FutureTask<ClassFileTransformer> weaver = new FutureTask<>(() -> {
            ClassFileTransformer ready = transformer();
            warmUp();
            return ready;
        });
        WeavingGate gate = new WeavingGate(matcher, weaver);
        instrumentation.addTransformer(gate, true);
        Thread warmUp = new Thread(() -> {
            weaver.run();
            retransformLoaded(instrumentation, alsoRetransform);
        }, "fluxgate-weaver");
        warmUp.setDaemon(true);
        warmUp.start();
        return new Installed(instrumentation, gate, warmUp);
    }

    /** A weaver at work; removing it leaves classes woven so far as they are until they are retransformed. */
    public static final class Installed {
        private final Instrumentation instrumentation;
        private final ClassFileTransformer gate;
        private final Thread warmUp;

        Installed(Instrumentation instrumentation, ClassFileTransformer gate, Thread warmUp) {
            this.instrumentation = instrumentation;
            this.gate = gate;
            this.warmUp = warmUp;
        }

        /** Stops weaving classes loaded from now on. */
        public void remove() {
            instrumentation.removeTransformer(gate);
        }

        /** Waits (bounded) until the already-loaded classes have been re-woven; for orderly replacement. */
        public void awaitRetransformed(long timeoutMillis) throws InterruptedException {
            warmUp.join(timeoutMillis);
        }
    }

    /** The weaving itself, for classes the gate lets through (and for tests). */
    public ClassFileTransformer transformer() {
        return new AgentBuilder.Default(new ByteBuddy().with(TypeValidation.DISABLED))
                .disableClassFormatChanges()
                .with(AgentBuilder.PoolStrategy.Default.FAST)
                .with(AgentBuilder.InitializationStrategy.NoOp.INSTANCE)
                .with(new WeaveListener())
                .ignore(new ElementMatcher<TypeDescription>() {
                    @Override
                    public boolean matches(TypeDescription type) {
                        return type.isSynthetic() || matcher.ignores(type.getName());
                    }
                })
                .type(new ElementMatcher<TypeDescription>() {
                    @Override
                    public boolean matches(TypeDescription type) {
                        return !type.isInterface() && matcher.mayApply(type);
                    }
                })
                .transform(this::weave)
                .makeRaw();
    }

    /** Loads the advice machinery by weaving a sample once, so the first real class does not pay for it. */
    private void warmUp() {
        try {
            new ByteBuddy().redefine(WarmUpSample.class, ClassFileLocator.ForClassLoader.of(
                            WarmUpSample.class.getClassLoader()))
                    .visit(Advice.withCustomMapping().bind(SiteId.class, 0).to(ValueAdvice.class, adviceLocator)
                            .on(named("sample")))
                    .make();
        } catch (RuntimeException | LinkageError ignored) {
            // only a warm-up: the real weaving reports its own problems
        }
    }

    /** Classes loaded before the gate was installed (few at start-up, many on attach). */
    private void retransformLoaded(Instrumentation instrumentation, Predicate<Class<?>> alsoRetransform) {
        List<Class<?>> loaded = new ArrayList<>();
        for (Class<?> type : instrumentation.getAllLoadedClasses()) {
            if (instrumentation.isModifiableClass(type) && !type.isInterface() && (alsoRetransform.test(type)
                    || !matcher.ignores(type.getName()) && (matcher.namesType(type.getName())
                    || matcher.anySubtypes() && matcher.namesAnySupertype(supertypesOf(type))))) {
                loaded.add(type);
            }
        }
        for (Class<?> type : loaded) {
            try {
                instrumentation.retransformClasses(type);
            } catch (Throwable failure) {
                AgentLog.once("retransform:" + type.getName(), "could not weave " + type.getName()
                        + " (already loaded), it runs unprotected: " + failure);
            }
        }
    }

    private static Set<String> supertypesOf(Class<?> type) {
        Set<String> names = new HashSet<>();
        Deque<Class<?>> pending = new ArrayDeque<>();
        pending.add(type);
        while (!pending.isEmpty()) {
            Class<?> next = pending.poll();
            if (next.getSuperclass() != null && names.add(next.getSuperclass().getName())) {
                pending.add(next.getSuperclass());
            }
            for (Class<?> implemented : next.getInterfaces()) {
                if (names.add(implemented.getName())) {
                    pending.add(implemented);
                }
            }
        }
        return names;
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
