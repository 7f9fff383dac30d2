package io.fluxgate.agent.weave;

import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.annotation.AnnotationDescription;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.method.ParameterDescription;
import net.bytebuddy.implementation.bytecode.constant.IntegerConstant;

import java.util.HashMap;
import java.util.Map;

/**
 * Binds {@link SiteId} to the number of the method being woven. The advice is read once and reused
 * for every method (reading it costs far more than weaving it in); the number comes from the
 * sites that the current thread registered for the class it is weaving.
 */
final class SiteIdMapping implements Advice.OffsetMapping.Factory<SiteId> {
    private static final ThreadLocal<Map<String, Integer>> SITES = new ThreadLocal<>();

    /** Registers the site number of a method of the class this thread is about to weave. */
    static void register(MethodDescription method, int site) {
        Map<String, Integer> sites = SITES.get();
        if (sites == null) {
            sites = new HashMap<>();
            SITES.set(sites);
        }
        sites.put(key(method), site);
    }

    /** Forgets this thread's sites once its class is woven (or failed to be). */
    static void clear() {
        SITES.remove();
    }

    private static String key(MethodDescription method) {
        return method.getDeclaringType().asErasure().getName() + "#" + method.getInternalName() + method.getDescriptor();
    }

    @Override
    public Class<SiteId> getAnnotationType() {
        return SiteId.class;
    }

    @Override
    public Advice.OffsetMapping make(ParameterDescription.InDefinedShape target,
                                     AnnotationDescription.Loadable<SiteId> annotation, AdviceType adviceType) {
        return (instrumentedType, instrumentedMethod, assigner, argumentHandler, sort) -> {
            Map<String, Integer> sites = SITES.get();
            Integer site = sites == null ? null : sites.get(key(instrumentedMethod));
            if (site == null) {
                throw new IllegalStateException("no site registered for " + instrumentedMethod);
            }
            return new Advice.OffsetMapping.Target.ForStackManipulation(IntegerConstant.forValue(site));
        };
    }
}
