package io.fluxgate.agent.http;

import java.util.Map;
import java.util.WeakHashMap;

/**
 * A client library's reflected API, made once for each class loader that holds the library and
 * forgotten with it.
 *
 * @param <T> the API holder
 */
public final class PerLoader<T> {
    /** Makes the API holder for one loader. */
    public interface Factory<T> {
        T make(ClassLoader loader) throws ReflectiveOperationException;
    }

    private final Factory<T> factory;
    private final Map<ClassLoader, T> byLoader = new WeakHashMap<>();

    public PerLoader(Factory<T> factory) {
        this.factory = factory;
    }

    /** The API for the library that {@code sample}'s class was loaded with. */
    public synchronized T of(Object sample) throws ReflectiveOperationException {
        ClassLoader loader = sample.getClass().getClassLoader();
        T known = byLoader.get(loader);
        if (known == null) {
            known = factory.make(loader);
            byLoader.put(loader, known);
        }
        return known;
    }
}
