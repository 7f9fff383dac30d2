package io.fluxgate;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The agent puts {@link State} and {@link CallNotPermittedException} where the application can
 * see them and the rest of the engine in a loader of its own. Classes of one package in two
 * loaders are two runtime packages: the engine may use only public members of those two.
 */
class SplitLoaderTest {
    private static final List<String> SHARED = Arrays.asList(State.class.getName(),
            CallNotPermittedException.class.getName());

    /** Defines every io.fluxgate class itself, except the shared ones, which come from the test's loader. */
    private static final class EngineLoader extends ClassLoader {
        EngineLoader(ClassLoader parent) {
            super(parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                if (!name.startsWith("io.fluxgate.") || SHARED.contains(name)) {
                    return super.loadClass(name, resolve);
                }
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                        if (in == null) {
                            throw new ClassNotFoundException(name);
                        }
                        byte[] bytes = in.readAllBytes();
                        loaded = defineClass(name, bytes, 0, bytes.length);
                    } catch (IOException e) {
                        throw new ClassNotFoundException(name, e);
                    }
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }
    }

    @Test
    void everyRejectingStateWorksWhenTheSharedClassesComeFromAnotherLoader() throws Exception {
        ClassLoader engine = new EngineLoader(SplitLoaderTest.class.getClassLoader());
        Class<?> breakerClass = engine.loadClass(CircuitBreaker.class.getName());
        assertNotSame(CircuitBreaker.class, breakerClass);
        assertSame(State.class, engine.loadClass(State.class.getName()));

        Object builder = breakerClass.getMethod("builder", String.class).invoke(null, "split");
        Object breaker = builder.getClass().getMethod("build").invoke(builder);
        Method acquire = breakerClass.getMethod("acquirePermission");
        breakerClass.getMethod("forceOpen").invoke(breaker);

        InvocationTargetException thrown = assertThrows(InvocationTargetException.class, () -> acquire.invoke(breaker));
        CallNotPermittedException rejection = (CallNotPermittedException) thrown.getCause();
        assertEquals("split", rejection.breakerName());
        assertEquals(State.FORCED_OPEN, rejection.state());
        assertEquals(CallNotPermittedException.message("split", State.FORCED_OPEN), rejection.getMessage());
    }
}
