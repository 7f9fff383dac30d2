package io.fluxgate.agent.weave;

import io.fluxgate.CircuitBreaker;
import io.fluxgate.agent.AgentLog;
import io.fluxgate.agent.policy.MethodTarget;
import io.fluxgate.agent.runtime.Site;
import io.fluxgate.agent.runtime.SiteTable;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.dynamic.DynamicType;

import java.io.IOException;
import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
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
    private final AdviceSet advices;

    public MethodWeaver(List<MethodTarget> targets, Function<MethodTarget, CircuitBreaker> breakers, SiteTable sites) {
        this.matcher = new TargetMatcher(targets);
        this.breakers = breakers;
        this.sites = sites;
        this.adviceLocator = ClassFileLocator.ForClassLoader.of(MethodWeaver.class.getClassLoader());
        this.advices = new AdviceSet(adviceLocator);
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
            long start = System.nanoTime();
            ClassFileTransformer ready = transformer();
            AgentLog.took("weaver built", start);
            warmUp();
            AgentLog.took("weaver built and warmed up", start);
            return ready;
        });
        WeavingGate gate = new WeavingGate(matcher, weaver);
        instrumentation.addTransformer(gate, true);
        Thread warmUp = new Thread(() -> {
            weaver.run();
            long start = System.nanoTime();
            retransformLoaded(instrumentation, alsoRetransform);
            AgentLog.took("loaded classes retransformed", start);
            prepareOtherAdvices();
        }, "fluxgate-weaver");
        warmUp.setDaemon(true);
        warmUp.start();
        return new Installed(instrumentation, gate);
    }

    /** A weaver at work; removing it leaves classes woven so far as they are until they are retransformed. */
    public static final class Installed {
        private final Instrumentation instrumentation;
        private final ClassFileTransformer gate;

        Installed(Instrumentation instrumentation, ClassFileTransformer gate) {
            this.instrumentation = instrumentation;
            this.gate = gate;
        }

        /** Stops weaving classes loaded from now on. */
        public void remove() {
            instrumentation.removeTransformer(gate);
        }
    }

    /** The weaving itself, for classes the gate lets through (and for tests). */
    public ClassFileTransformer transformer() {
        return new AdviceTransformer(matcher, this::weave);
    }

    /**
     * Reads the advice of methods returning a value and weaves a sample with it, so the first
     * real class does not pay for loading the machinery.
     */
    private void warmUp() {
        try {
            Advice value = advices.value();
            byte[] sample = adviceLocator.locate(WarmUpSample.class.getName()).resolve();
            AdviceTransformer.weave(WarmUpSample.class.getName(), sample, WarmUpSample.class.getClassLoader(),
                    (builder, type, loader) -> {
                        MethodDescription method = type.getDeclaredMethods().filter(named("sample")).getOnly();
                        SiteIdMapping.register(method, 0);
                        return builder.visit(value.on(is(method)));
                    });
        } catch (IOException | RuntimeException | LinkageError ignored) {
            // only a warm-up: the real weaving reports its own problems
        }
    }

    /** The advices of void and asynchronous methods, read in the background once weaving has begun. */
    private void prepareOtherAdvices() {
        try {
            advices.none();
            advices.async();
        } catch (RuntimeException | LinkageError ignored) {
            // read again, and reported, when a method needs them
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

    /** The builder with advice on every method a target claims; null when the class has none. */
    private DynamicType.Builder<?> weave(DynamicType.Builder<?> builder, TypeDescription type, ClassLoader loader) {
        if (type.isSynthetic() || type.isInterface() || !matcher.mayApply(type)) {
            return null;
        }
        boolean claimed = false;
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
            SiteIdMapping.register(method, site.id());
            builder = builder.visit(advices.forMethod(method, site.async()).on(is(method)));
            claimed = true;
            if (AgentLog.debug()) {
                AgentLog.info("woven " + site.method() + " <- target #" + (target.index() + 1) + " "
                        + target.pattern().text() + " at " + target.location() + ", breaker '"
                        + site.breaker().name() + "'" + (site.async() ? " (async)" : ""));
            }
        }
        return claimed ? builder : null;
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
}
