package io.fluxgate.expr;

import io.fluxgate.tracker.Custom;
import io.fluxgate.tracker.Tracker;
import io.fluxgate.tracker.TypeOf;

import java.util.List;

/**
 * How the class and method names of {@code TypeOf(...)} and {@code Custom(...)} become objects:
 * loaded through a class loader now (the Java API, {@code validate --classpath}), or kept as
 * names and matched without loading anything (the agent, whose policy names classes of the
 * application's loaders).
 */
abstract class Names {

    /** Checks one class name of a {@code TypeOf}; throws IllegalArgumentException naming it. */
    abstract void checkType(String className);

    abstract Tracker typeOf(List<String> classNames);

    abstract Tracker custom(String reference);

    /** A name without a package is a {@code java.lang} one: {@code RuntimeException}. */
    static String qualify(String className) {
        return className.indexOf('.') < 0 ? "java.lang." + className : className;
    }

    static Names loading(ClassLoader loader) {
        return new Loading(loader);
    }

    static Names unresolved() {
        return Unresolved.INSTANCE;
    }

    private static final class Loading extends Names {
        private final ClassLoader loader;

        Loading(ClassLoader loader) {
            this.loader = loader;
        }

        @Override
        void checkType(String className) {
            load(className);
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        Tracker typeOf(List<String> classNames) {
            Class<? extends Throwable>[] types = new Class[classNames.size()];
            for (int i = 0; i < types.length; i++) {
                types[i] = load(classNames.get(i));
            }
            return new TypeOf(types);
        }

        /** A Throwable class, or an interface that throwables may implement (matched like {@link TypeOf#named}). */
        @SuppressWarnings("unchecked")
        private Class<? extends Throwable> load(String className) {
            String qualified = qualify(className);
            Class<?> type;
            try {
                type = Class.forName(qualified, false, loader);
            } catch (ClassNotFoundException | LinkageError missing) {
                throw new IllegalArgumentException("class " + qualified + " not found");
            }
            if (!Throwable.class.isAssignableFrom(type) && !type.isInterface()) {
                throw new IllegalArgumentException(qualified + " is not a Throwable");
            }
            // TypeOf only asks isInstance and getName, which work for interfaces too.
            return (Class<? extends Throwable>) type;
        }

        @Override
        Tracker custom(String reference) {
            return new Custom(MethodPredicate.resolve(reference, loader), reference);
        }
    }

    private static final class Unresolved extends Names {
        static final Unresolved INSTANCE = new Unresolved();

        @Override
        void checkType(String className) {
            // nothing to load: matched by name
        }

        @Override
        Tracker typeOf(List<String> classNames) {
            String[] qualified = new String[classNames.size()];
            for (int i = 0; i < qualified.length; i++) {
                qualified[i] = qualify(classNames.get(i));
            }
            return TypeOf.named(qualified);
        }

        @Override
        Tracker custom(String reference) {
            MethodPredicate.checkSyntax(reference);
            return new Custom(MethodPredicate.lazy(reference), reference);
        }
    }
}
