package io.fluxgate.agent.http;

import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.matcher.ElementMatcher;

import java.util.ArrayList;
import java.util.List;

/** Which types of a client to weave, and which static advice goes around which of their methods. */
public final class TypeInstrumentation {
    private final ElementMatcher<? super TypeDescription> types;
    private final List<ElementMatcher<? super MethodDescription>> methods = new ArrayList<>();
    private final List<Class<?>> advice = new ArrayList<>();

    private TypeInstrumentation(ElementMatcher<? super TypeDescription> types) {
        this.types = types;
    }

    public static TypeInstrumentation of(ElementMatcher<? super TypeDescription> types) {
        return new TypeInstrumentation(types);
    }

    /** Weaves {@code adviceClass} around the methods that match. */
    public TypeInstrumentation advise(ElementMatcher<? super MethodDescription> matching, Class<?> adviceClass) {
        methods.add(matching);
        advice.add(adviceClass);
        return this;
    }

    public ElementMatcher<? super TypeDescription> types() {
        return types;
    }

    DynamicType.Builder<?> weave(DynamicType.Builder<?> builder, ClassFileLocator adviceLocator) {
        for (int i = 0; i < advice.size(); i++) {
            builder = builder.visit(Advice.to(advice.get(i), adviceLocator).on(methods.get(i)));
        }
        return builder;
    }
}
