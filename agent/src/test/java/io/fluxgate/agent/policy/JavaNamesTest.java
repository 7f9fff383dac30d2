package io.fluxgate.agent.policy;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The name checks accept exactly what the regular expressions of the policy format accept. */
class JavaNamesTest {
    private static final String IDENTIFIER = "[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}&&[^\\p{Cntrl}]]*";
    private static final Pattern CLASS_NAME = Pattern.compile(IDENTIFIER + "(\\." + IDENTIFIER + ")*");
    private static final Pattern METHOD_REFERENCE = Pattern.compile("(" + IDENTIFIER + "(\\." + IDENTIFIER + ")*)#("
            + IDENTIFIER + ")");
    private static final Pattern ENVIRONMENT_VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    @Test
    void everyCheckAgreesWithItsRegularExpression() {
        List<String> texts = texts();
        for (String text : texts) {
            String shown = text.codePoints().mapToObj(c -> String.format("U+%04X", c)).toList().toString();
            assertEquals(CLASS_NAME.matcher(text).matches(), JavaNames.isClassName(text), "class name " + shown);
            assertEquals(METHOD_REFERENCE.matcher(text).matches(), JavaNames.isMethodReference(text),
                    "method reference " + shown);
            assertEquals(ENVIRONMENT_VARIABLE.matcher(text).matches(), JavaNames.isEnvironmentVariable(text),
                    "environment variable " + shown);
        }
    }

    @Test
    void typicalNames() {
        assertTrue(JavaNames.isClassName("com.acme.ServiceDownException"));
        assertTrue(JavaNames.isClassName("IllegalStateException"));
        assertFalse(JavaNames.isClassName("com..acme"));
        assertTrue(JavaNames.isMethodReference("com.acme.Fallbacks#queueCharge"));
        assertFalse(JavaNames.isMethodReference("com.acme.Fallbacks#"));
        assertTrue(JavaNames.isEnvironmentVariable("SLACK_WEBHOOK_1"));
        assertFalse(JavaNames.isEnvironmentVariable("1SLACK"));
    }

    /** Names, near-names, and every character up to U+00FF and some beyond in every place. */
    private static List<String> texts() {
        List<String> texts = new ArrayList<>(List.of("", ".", "#", "a", "A1", "_", "$x", "a.b", "a.b.C", "a.", ".a",
                "a..b", "a#b", "a.b#c", "a#b#c", "a#", "#a", "a.b#c.d", "a b", "a-b", "1a", "a1.2b", "é", "名前.クラス",
                "a\u0000b", "a\u0001", "a\u007F", "a\u0085", "a\u200B", "\uD835\uDC9Cx", "x\uD835\uDC9C",
                "\uD835", "a\uDC9C", "A_B", "a_b9", "ÄB"));
        List<String> characters = new ArrayList<>();
        for (int c = 0; c <= 0xFF; c++) {
            characters.add(new String(Character.toChars(c)));
        }
        for (int c : new int[] {0x200B, 0x2028, 0x0660, 0x1D49C, 0xFEFF, 0xFFFF, 0x10FFFF}) {
            characters.add(new String(Character.toChars(c)));
        }
        for (String c : characters) {
            texts.add(c);
            texts.add("a" + c);
            texts.add(c + "a");
            texts.add("a." + c);
            texts.add("a#" + c);
            texts.add("a" + c + "#b");
        }
        return texts;
    }
}
