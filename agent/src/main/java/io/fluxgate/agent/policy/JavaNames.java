package io.fluxgate.agent.policy;

import java.util.regex.Pattern;

/** Syntax checks for the class and method names a policy writes, and the environment variable names. */
final class JavaNames {
    private static final String IDENTIFIER = "[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}&&[^\\p{Cntrl}]]*";
    private static final Pattern CLASS_NAME = Pattern.compile(IDENTIFIER + "(\\." + IDENTIFIER + ")*");
    private static final Pattern METHOD_REFERENCE = Pattern.compile("(" + IDENTIFIER + "(\\." + IDENTIFIER + ")*)#("
            + IDENTIFIER + ")");
    private static final Pattern ENVIRONMENT_VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private JavaNames() {
    }

    static boolean isClassName(String text) {
        return CLASS_NAME.matcher(text).matches();
    }

    /** {@code com.acme.Fallbacks#queueCharge}. */
    static boolean isMethodReference(String text) {
        return METHOD_REFERENCE.matcher(text).matches();
    }

    static boolean isEnvironmentVariable(String text) {
        return ENVIRONMENT_VARIABLE.matcher(text).matches();
    }

    /** A class name without a package is a {@code java.lang} one, as in expressions. */
    static String qualify(String className) {
        return className.indexOf('.') < 0 ? "java.lang." + className : className;
    }
}
