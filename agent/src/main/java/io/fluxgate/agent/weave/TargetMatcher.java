package io.fluxgate.agent.weave;

import io.fluxgate.agent.policy.MethodTarget;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.method.ParameterDescription;
import net.bytebuddy.description.type.TypeDefinition;
import net.bytebuddy.description.type.TypeDescription;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which method targets apply to a type, and which target claims each of its methods. Names are
 * compared first; the type hierarchy is only walked when a {@code Type+} target needs it.
 */
final class TargetMatcher {
    /** Never woven: the agent itself, its relocated libraries, and the JVM's internals. */
    private static final String[] AGENT_PACKAGES = {"io.fluxgate.", "net.bytebuddy."};
    private static final String[] JDK_PACKAGES = {"java.", "javax.", "jdk.", "sun.", "com.sun."};

    private final List<MethodTarget> targets;     // in file order: the first match wins
    private final boolean anySubtypes;

    TargetMatcher(List<MethodTarget> targets) {
        this.targets = targets;
        boolean subtypes = false;
        for (MethodTarget target : targets) {
            subtypes |= target.pattern().includesSubtypes();
        }
        this.anySubtypes = subtypes;
    }

    /** The agent's own classes, and JDK classes unless a target names their package outright. */
    boolean ignores(String name) {
        for (String prefix : AGENT_PACKAGES) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        for (String prefix : JDK_PACKAGES) {
            if (name.startsWith(prefix) && !anyTargetNames(prefix)) {
                return true;
            }
        }
        return false;
    }

    private boolean anyTargetNames(String prefix) {
        for (MethodTarget target : targets) {
            if (target.pattern().text().startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a target's class part names {@code name} itself. */
    boolean namesType(String name) {
        for (MethodTarget target : targets) {
            if (target.pattern().matchesType(name)) {
                return true;
            }
        }
        return false;
    }

    boolean anySubtypes() {
        return anySubtypes;
    }

    /** Whether a {@code Type+} target names one of these supertypes. */
    boolean namesAnySupertype(Set<String> supertypes) {
        for (MethodTarget target : targets) {
            if (target.pattern().includesSubtypes()) {
                for (String supertype : supertypes) {
                    if (target.pattern().matchesType(supertype)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The targets that may claim methods of {@code type}, in file order; empty when none. */
    List<MethodTarget> targetsFor(TypeDescription type) {
        List<MethodTarget> applicable = new ArrayList<>();
        Set<String> supertypes = null;
        for (MethodTarget target : targets) {
            if (target.pattern().matchesType(type.getName())) {
                applicable.add(target);
            } else if (target.pattern().includesSubtypes()) {
                if (supertypes == null) {
                    supertypes = supertypeNames(type);
                }
                for (String supertype : supertypes) {
                    if (target.pattern().matchesType(supertype)) {
                        applicable.add(target);
                        break;
                    }
                }
            }
        }
        return applicable;
    }

    /** Whether any target may apply, for the type matcher; avoids the hierarchy walk when it can. */
    boolean mayApply(TypeDescription type) {
        for (MethodTarget target : targets) {
            if (target.pattern().matchesType(type.getName())) {
                return true;
            }
        }
        return anySubtypes && !targetsFor(type).isEmpty();
    }

    /** The first target (in file order) that claims {@code method}, or null. */
    static MethodTarget claimant(List<MethodTarget> applicable, MethodDescription method) {
        List<String> parameterTypes = parameterTypeNames(method);
        for (MethodTarget target : applicable) {
            if (target.pattern().matchesMethod(method.getName(), parameterTypes)) {
                return target;
            }
        }
        return null;
    }

    /** Parameter types as {@code Class.getName()} writes them. */
    static List<String> parameterTypeNames(MethodDescription method) {
        List<String> names = new ArrayList<>();
        for (ParameterDescription parameter : method.getParameters()) {
            names.add(parameter.getType().asErasure().getName());
        }
        return names;
    }

    private static Set<String> supertypeNames(TypeDescription type) {
        Set<String> names = new HashSet<>();
        collect(type, names);
        names.remove(type.getName());
        return names;
    }

    private static void collect(TypeDefinition type, Set<String> names) {
        if (type == null || !names.add(type.asErasure().getName())) {
            return;
        }
        try {
            collect(type.getSuperClass(), names);
            for (TypeDescription.Generic implemented : type.getInterfaces()) {
                collect(implemented, names);
            }
        } catch (RuntimeException unresolvable) {
            // a supertype whose class file cannot be found: what was collected so far stands
        }
    }
}
