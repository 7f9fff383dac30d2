package io.fluxgate.agent.weave;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The direct supertypes written in a class file, read from its bytes without loading anything:
 * enough to follow a {@code Type+} pattern up the hierarchy at a fraction of a bytecode library's
 * start-up cost.
 */
final class ClassHeader {
    private static final int UTF8 = 1;
    private static final int CLASS = 7;

    final String superName;          // binary name, null for java.lang.Object and interfaces' absence
    final List<String> interfaces;   // binary names

    private ClassHeader(String superName, List<String> interfaces) {
        this.superName = superName;
        this.interfaces = interfaces;
    }

    /** The header of {@code bytes}, or null when they are not a class file this reader understands. */
    static ClassHeader read(byte[] bytes) {
        try {
            return parse(bytes);
        } catch (RuntimeException malformed) {
            return null;
        }
    }

    private static ClassHeader parse(byte[] b) {
        if (b.length < 10 || readInt(b, 0) != 0xCAFEBABE) {
            return null;
        }
        int count = readShort(b, 8);
        int[] offsets = new int[count];
        int position = 10;
        for (int i = 1; i < count; i++) {
            offsets[i] = position;
            int tag = b[position] & 0xFF;
            switch (tag) {
                case UTF8:
                    position += 3 + readShort(b, position + 1);
                    break;
                case 3: case 4: case 9: case 10: case 11: case 12: case 17: case 18:
                    position += 5;
                    break;
                case 5: case 6:   // long and double take two slots
                    position += 9;
                    i++;
                    break;
                case CLASS: case 8: case 16: case 19: case 20:
                    position += 3;
                    break;
                case 15:
                    position += 4;
                    break;
                default:
                    return null;
            }
        }
        position += 2;   // access flags
        position += 2;   // this class
        String superName = className(b, offsets, readShort(b, position));
        position += 2;
        int interfaceCount = readShort(b, position);
        position += 2;
        List<String> interfaces = new ArrayList<>(interfaceCount);
        for (int i = 0; i < interfaceCount; i++) {
            interfaces.add(className(b, offsets, readShort(b, position + 2 * i)));
        }
        return new ClassHeader(superName, Collections.unmodifiableList(interfaces));
    }

    private static String className(byte[] b, int[] offsets, int classIndex) {
        if (classIndex == 0) {
            return null;
        }
        int nameIndex = readShort(b, offsets[classIndex] + 1);
        return utf8(b, offsets[nameIndex]).replace('/', '.');
    }

    /** Class names are plain ASCII in practice; modified UTF-8 is decoded for the rest. */
    private static String utf8(byte[] b, int offset) {
        int length = readShort(b, offset + 1);
        StringBuilder text = new StringBuilder(length);
        int end = offset + 3 + length;
        for (int i = offset + 3; i < end; i++) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                text.append((char) c);
            } else if ((c & 0xE0) == 0xC0) {
                text.append((char) (((c & 0x1F) << 6) | (b[++i] & 0x3F)));
            } else {
                text.append((char) (((c & 0x0F) << 12) | ((b[++i] & 0x3F) << 6) | (b[++i] & 0x3F)));
            }
        }
        return text.toString();
    }

    private static int readShort(byte[] b, int offset) {
        return ((b[offset] & 0xFF) << 8) | (b[offset + 1] & 0xFF);
    }

    private static int readInt(byte[] b, int offset) {
        return (readShort(b, offset) << 16) | readShort(b, offset + 2);
    }
}
