package io.fluxgate.agent.http;

import java.lang.instrument.ClassDefinition;
import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarFile;

/**
 * The JVM's instrumentation as far as installing transformers goes, with no class loaded: it keeps
 * the transformers it is given so that a test sees what would be woven. Nothing is retransformed.
 */
final class RecordingInstrumentation implements Instrumentation {
    final List<ClassFileTransformer> transformers = new ArrayList<>();

    @Override
    public void addTransformer(ClassFileTransformer transformer, boolean canRetransform) {
        transformers.add(transformer);
    }

    @Override
    public void addTransformer(ClassFileTransformer transformer) {
        transformers.add(transformer);
    }

    @Override
    public boolean removeTransformer(ClassFileTransformer transformer) {
        return transformers.remove(transformer);
    }

    @Override
    public boolean isRetransformClassesSupported() {
        return true;
    }

    @Override
    public void retransformClasses(Class<?>... classes) {
        throw new UnsupportedOperationException("no class is loaded here");
    }

    @Override
    public boolean isRedefineClassesSupported() {
        return false;
    }

    @Override
    public void redefineClasses(ClassDefinition... definitions) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean isModifiableClass(Class<?> type) {
        return true;
    }

    @Override
    public Class<?>[] getAllLoadedClasses() {
        return new Class<?>[0];
    }

    @Override
    public Class<?>[] getInitiatedClasses(ClassLoader loader) {
        return new Class<?>[0];
    }

    @Override
    public long getObjectSize(Object object) {
        return 0;
    }

    @Override
    public void appendToBootstrapClassLoaderSearch(JarFile jar) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void appendToSystemClassLoaderSearch(JarFile jar) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void redefineModule(Module module, Set<Module> extraReads, Map<String, Set<Module>> extraExports,
                               Map<String, Set<Module>> extraOpens, Set<Class<?>> extraUses,
                               Map<Class<?>, List<Class<?>>> extraProvides) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean isModifiableModule(Module module) {
        return false;
    }

    @Override
    public boolean isNativeMethodPrefixSupported() {
        return false;
    }

    @Override
    public void setNativeMethodPrefix(ClassFileTransformer transformer, String prefix) {
        throw new UnsupportedOperationException();
    }
}
