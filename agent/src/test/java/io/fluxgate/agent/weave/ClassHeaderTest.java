package io.fluxgate.agent.weave;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The supertypes the gate reads from raw class files, without loading classes. */
class ClassHeaderTest {

    private static byte[] classFile(Class<?> type) throws IOException {
        try (InputStream in = ClassLoader.getSystemResourceAsStream(type.getName().replace('.', '/') + ".class")) {
            return in.readAllBytes();
        }
    }

    @Test
    void readsTheSuperclassAndInterfacesOfAClassFile() throws IOException {
        ClassHeader header = ClassHeader.read(classFile(com.acme.legacy.Inventory.class));
        assertEquals("java.lang.Object", header.superName);
        assertEquals(List.of("com.acme.legacy.Priced"), header.interfaces);

        ClassHeader list = ClassHeader.read(classFile(java.util.ArrayList.class));
        assertEquals("java.util.AbstractList", list.superName);
        assertTrue(list.interfaces.contains("java.util.RandomAccess"));
    }

    @Test
    void followsTheHierarchyThroughTheLoadersClassFiles() throws IOException {
        Set<String> supertypes = Supertypes.of("java.util.ArrayList", ClassHeader.read(classFile(java.util.ArrayList.class)),
                ClassLoader.getSystemClassLoader());
        assertTrue(supertypes.containsAll(List.of("java.util.AbstractList", "java.util.AbstractCollection",
                "java.util.List", "java.util.Collection", "java.lang.Iterable")), supertypes.toString());
    }

    @Test
    void somethingThatIsNotAClassFileHasNoHeader() {
        assertNull(ClassHeader.read(new byte[] {1, 2, 3}));
        assertNull(ClassHeader.read(new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 52, 0, 9}));
    }
}
