package io.fluxgate.agent.weave;

import io.fluxgate.CircuitBreaker;
import io.fluxgate.agent.bootstrap.Bridge;
import io.fluxgate.agent.policy.Policy;
import io.fluxgate.agent.policy.PolicyLoader;
import io.fluxgate.agent.runtime.Breakers;
import io.fluxgate.agent.runtime.SiteDispatcher;
import io.fluxgate.agent.runtime.SiteTable;

import java.io.IOException;
import java.io.InputStream;
import java.lang.instrument.ClassFileTransformer;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Collections;

/**
 * The fixture classes as the agent would weave them under a policy: the real transformer runs
 * over their class files and a throwaway class loader defines the result.
 */
final class Woven {
    private static final String FIXTURES = "com.acme.legacy.";

    final Policy policy;
    final Breakers breakers;
    final SiteTable sites = new SiteTable();
    private final ClassLoader loader;

    Woven(String policyJson) throws Exception {
        policy = PolicyLoader.load("policy.json", policyJson);
        breakers = new Breakers(policy, Collections.emptyList());
        Bridge.install(new SiteDispatcher(sites));
        ClassFileTransformer transformer = new MethodWeaver(policy.methodTargets(), breakers::of, sites).transformer();
        loader = new WeavingLoader(transformer, Woven.class.getClassLoader());
    }

    CircuitBreaker breaker(String name) {
        return breakers.all().stream().filter(b -> b.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no breaker " + name + " was made"));
    }

    Class<?> type(String simpleName) throws ClassNotFoundException {
        return loader.loadClass(FIXTURES + simpleName);
    }

    Object newInstance(String simpleName) throws Exception {
        return type(simpleName).getConstructor().newInstance();
    }

    void setStatic(String simpleName, String field, Object value) throws Exception {
        Field target = type(simpleName).getField(field);
        target.set(null, value);
    }

    int bodies() throws Exception {
        return type("Inventory").getField("bodies").getInt(null);
    }

    /** Calls a method; returns its result, or the throwable it threw. */
    static Object call(Object target, String name, Object... arguments) throws Exception {
        for (Method method : target.getClass().getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == arguments.length
                    && parametersAccept(method, arguments)) {
                try {
                    return method.invoke(target, arguments);
                } catch (InvocationTargetException thrown) {
                    return thrown.getCause();
                }
            }
        }
        throw new AssertionError("no method " + name);
    }

    private static boolean parametersAccept(Method method, Object[] arguments) {
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
            boolean primitiveInt = types[i] == int.class && arguments[i] instanceof Integer;
            if (!primitiveInt && !types[i].isInstance(arguments[i])) {
                return false;
            }
        }
        return true;
    }

    /** Child-first for the fixtures, whose bytes go through the transformer. */
    private static final class WeavingLoader extends ClassLoader {
        private final ClassFileTransformer transformer;

        WeavingLoader(ClassFileTransformer transformer, ClassLoader parent) {
            super(parent);
            this.transformer = transformer;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith(FIXTURES)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded != null) {
                    return loaded;
                }
                String path = name.replace('.', '/');
                try (InputStream in = getParent().getResourceAsStream(path + ".class")) {
                    byte[] original = in.readAllBytes();
                    byte[] woven = transformer.transform(this, path, null, null, original);
                    byte[] bytes = woven == null ? original : woven;
                    return defineClass(name, bytes, 0, bytes.length);
                } catch (IOException | java.lang.instrument.IllegalClassFormatException failure) {
                    throw new ClassNotFoundException(name, failure);
                }
            }
        }
    }
}
