package io.fluxgate.agent.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A {@code method} target's pattern, {@code Type#name(params)}, with pure string matching for the
 * weaver:
 * <ul>
 *   <li>{@code *} is a wildcard inside one name and never crosses a {@code .};</li>
 *   <li>{@code ..} between names of the class part matches any number of packages
 *       ({@code com.acme..*Client});</li>
 *   <li>nested classes are written with {@code $} ({@code Outer$Inner}), as in binary names;</li>
 *   <li>{@code Type+} also matches subtypes: {@link #includesSubtypes()} tells the weaver to offer
 *       the names of supertypes to {@link #matchesType} too;</li>
 *   <li>{@code (..)} any parameters, {@code ()} none, else a comma-separated list of types:
 *       primitives, arrays ({@code byte[]}, {@code String...}), fully qualified names, or short
 *       {@code java.lang} names ({@code String}).</li>
 * </ul>
 *
 * <p>Type names are compared in one canonical form: the source form for arrays
 * ({@code byte[]}, {@code java.lang.String[][]}) and binary names for classes
 * ({@code com.acme.Outer$Inner}). {@link #matchesMethod} accepts parameter names as
 * {@code Class.getName()} and ByteBuddy's {@code TypeDescription.getName()} give them
 * ({@code [B}, {@code [Ljava.lang.String;}) as well, converting with {@link #canonicalTypeName}.
 */
public final class MethodPattern {
    private final String text;
    private final TypePattern type;
    private final boolean includesSubtypes;
    private final Glob methodName;
    private final String methodNameText;
    private final List<String> parameterTypes;   // null: any parameters

    MethodPattern(String text, TypePattern type, boolean includesSubtypes, Glob methodName, String methodNameText,
                  List<String> parameterTypes) {
        this.text = text;
        this.type = type;
        this.includesSubtypes = includesSubtypes;
        this.methodName = methodName;
        this.methodNameText = methodNameText;
        this.parameterTypes = parameterTypes == null ? null
                : Collections.unmodifiableList(new ArrayList<>(parameterTypes));
    }

    /**
     * Reads a pattern.
     *
     * @throws MethodPatternException naming the column of the first problem
     */
    public static MethodPattern parse(String text) {
        if (text == null) {
            throw new MethodPatternException("", 1, "the method pattern is missing");
        }
        return MethodPatternParser.parse(text);
    }

    /** The pattern as written in the policy file. */
    public String text() {
        return text;
    }

    /** True for {@code Type+}: classes whose supertypes match are targets too. */
    public boolean includesSubtypes() {
        return includesSubtypes;
    }

    /**
     * Whether the class part matches a class name: the binary name as {@code Class.getName()}
     * gives it ({@code com.acme.Outer$Inner}); internal names with {@code /} are accepted too. For
     * a {@code Type+} pattern the weaver calls this for each supertype as well.
     */
    public boolean matchesType(String binaryClassName) {
        return type.matches(binaryClassName.indexOf('/') >= 0 ? binaryClassName.replace('/', '.') : binaryClassName);
    }

    /**
     * Whether a method of a matching class is a target.
     *
     * @param parameterTypeNames the declared parameter types, each in the canonical form or as
     *                           {@code Class.getName()} gives it
     */
    public boolean matchesMethod(String methodName, List<String> parameterTypeNames) {
        if (!matchesMethodName(methodName)) {
            return false;
        }
        if (parameterTypes == null) {
            return true;
        }
        if (parameterTypes.size() != parameterTypeNames.size()) {
            return false;
        }
        for (int i = 0; i < parameterTypes.size(); i++) {
            if (!parameterTypes.get(i).equals(canonicalTypeName(parameterTypeNames.get(i)))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the method-name part matches, whatever the parameters. */
    public boolean matchesMethodName(String methodName) {
        return this.methodName.matches(methodName);
    }

    /** True for {@code (..)}. */
    public boolean matchesAnyParameters() {
        return parameterTypes == null;
    }

    /**
     * The parameter types the pattern lists, in canonical form ({@code java.lang.String},
     * {@code byte[]}); empty for {@code ()}.
     *
     * @throws IllegalStateException for {@code (..)}, which lists none: check {@link #matchesAnyParameters()}
     */
    public List<String> parameterTypes() {
        if (parameterTypes == null) {
            throw new IllegalStateException(text + " matches any parameters");
        }
        return parameterTypes;
    }

    /** The method-name part, e.g. {@code get*}. */
    public String methodNamePattern() {
        return methodNameText;
    }

    /**
     * The canonical form of a type name: {@code [B} becomes {@code byte[]},
     * {@code [Ljava.lang.String;} becomes {@code java.lang.String[]}, {@code java/lang/String}
     * becomes {@code java.lang.String}; canonical names are returned unchanged.
     */
    public static String canonicalTypeName(String typeName) {
        return TypeNames.canonical(typeName);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MethodPattern && text.equals(((MethodPattern) other).text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
