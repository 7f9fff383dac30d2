package io.fluxgate.agent.http;

import io.fluxgate.agent.AgentLog;
import io.fluxgate.agent.bootstrap.HttpBridge;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.dynamic.scaffold.TypeValidation;
import net.bytebuddy.pool.TypePool;
import net.bytebuddy.utility.JavaModule;

import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.security.ProtectionDomain;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.none;

/**
 * The bytecode library's side of client weaving: advice into the classes {@link ClientGate} lets
 * through, for library versions their {@link VersionCheck} accepts. JDK classes are woven too, so
 * nothing is ignored here; the gate has chosen already.
 */
final class ClientTransformer {
    private ClientTransformer() {
    }

    static ClassFileTransformer make(WovenTypes types, Instrumentation instrumentation) {
        ClassFileLocator adviceLocator = ClassFileLocator.ForClassLoader.of(ClientTransformer.class.getClassLoader());
        AgentBuilder builder = new AgentBuilder.Default(new ByteBuddy().with(TypeValidation.DISABLED))
                .disableClassFormatChanges()
                .with(AgentBuilder.PoolStrategy.Default.FAST)
                .with(AgentBuilder.InitializationStrategy.NoOp.INSTANCE)
                .with(new WeaveErrors())
                .ignore(none())
                // advice in JDK modules (java.base, java.net.http) calls the bridge in the boot loader's unnamed module
                .assureReadEdgeTo(instrumentation, HttpBridge.class);
        for (WovenTypes.Weaving weaving : types.all()) {
            String label = weaving.client.kind().label();
            builder = builder.type(new Fitting(weaving))
                    .transform((typeBuilder, description, loader, module, domain)
                            -> weaving.type.weave(typeBuilder, label, adviceLocator));
        }
        ClassFileTransformer transformer = builder.makeRaw();
        warmUp(adviceLocator);
        return transformer;
    }

    /** Weaves a sample once and reads a class file, so that the first client class does not pay for loading the library. */
    private static void warmUp(ClassFileLocator adviceLocator) {
        try {
            new ByteBuddy().redefine(WarmUpClient.class, ClassFileLocator.ForClassLoader.of(
                            WarmUpClient.class.getClassLoader()))
                    .visit(Advice.withCustomMapping().bind(ClientLabel.class, "warm-up")
                            .to(ExecuteAdvice.class, adviceLocator).on(named("doExecute")))
                    .make();
            TypePool.Default.ofBootLoader().describe("java.net.HttpURLConnection").resolve().getDeclaredMethods();
        } catch (RuntimeException | LinkageError ignored) {
            // only a warm-up: the real weaving reports its own problems
        }
    }

    /** A class of the weaving's, in a loader whose library version fits. */
    private static final class Fitting implements AgentBuilder.RawMatcher {
        private final WovenTypes.Weaving weaving;

        Fitting(WovenTypes.Weaving weaving) {
            this.weaving = weaving;
        }

        @Override
        public boolean matches(TypeDescription description, ClassLoader loader, JavaModule module,
                               Class<?> classBeingRedefined, ProtectionDomain domain) {
            return weaving.type.typeNames().contains(description.getName()) && weaving.check.fits(loader);
        }
    }

    /** Tells about classes that could not be woven instead of leaving them silently unprotected. */
    private static final class WeaveErrors extends AgentBuilder.Listener.Adapter {
        @Override
        public void onError(String typeName, ClassLoader loader, JavaModule module, boolean loaded, Throwable error) {
            AgentLog.once("weave:" + typeName, "could not weave " + typeName + ", its HTTP exchanges run unprotected: "
                    + error);
        }
    }
}
