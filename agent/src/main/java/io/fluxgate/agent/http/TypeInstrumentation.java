package io.fluxgate.agent.http;

import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.matcher.ElementMatcher;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which classes of a client to weave, named exactly (so that a class's name alone decides, without
 * the bytecode library), and which static advice goes around which of their methods.
 */
public final class TypeInstrumentation {
    private final Set<String> typeNames;
    private final List<ElementMatcher<? super MethodDescription>> methods = new ArrayList<>();
    private final List<Class<?>> advice = new ArrayList<>();

    private TypeInstrumentation(Set<String> typeNames) {
        this.typeNames = typeNames;
    }

    /** The classes with these binary names; subclasses inherit the woven methods they do not override. */
    public static TypeInstrumentation of(String... typeNames) {
        return new TypeInstrumentation(Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(typeNames))));
    }

    /** Weaves {@code adviceClass} around the methods that match. */
    public TypeInstrumentation advise(ElementMatcher<? super MethodDescription> matching, Class<?> adviceClass) {
        methods.add(matching);
        advice.add(adviceClass);
        return this;
    }

    public Set<String> typeNames() {
        return typeNames;
    }

    /** @param client bound to {@link ClientLabel} parameters of the advice */
    DynamicType.Builder<?> weave(DynamicType.Builder<?> builder, String client, ClassFileLocator adviceLocator) {
        for (int i = 0; i < advice.size(); i++) {
            builder = builder.visit(Advice.withCustomMapping().bind(ClientLabel.class, client)
                    .to(advice.get(i), adviceLocator).on(methods.get(i)));
        }
        return builder;
    }
}
