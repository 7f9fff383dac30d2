package io.fluxgate.agent.policy;

import io.fluxgate.internal.Suggest;

import java.util.Collections;

/** Checks a breaker name as written in {@code breakers} or a target: {@code {host}} is the only placeholder. */
final class BreakerNames {
    private static final String PLACEHOLDER = "host";

    private BreakerNames() {
    }

    /** Reports what is wrong with the name; true when nothing is. */
    static boolean check(Node.TextNode name, Problems problems) {
        String text = name.text;
        if (text.isEmpty() || !text.trim().equals(text)) {
            problems.error(name.location, "a breaker name must not be empty or start or end with spaces, got "
                    + name.describe());
            return false;
        }
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                if (open >= 0) {
                    return fail(name, open, "unclosed '{' in breaker name " + name.describe(), problems);
                }
                open = i;
            } else if (c == '}') {
                if (open < 0) {
                    return fail(name, i, "unmatched '}' in breaker name " + name.describe(), problems);
                }
                String placeholder = text.substring(open + 1, i);
                if (!placeholder.equals(PLACEHOLDER)) {
                    String suggestion = placeholder.isEmpty() ? ""
                            : Suggest.didYouMean(placeholder, Collections.singletonList(PLACEHOLDER))
                                    .replace(PLACEHOLDER + "?", "{" + PLACEHOLDER + "}?");
                    return fail(name, open, "unknown placeholder {" + placeholder + "} in breaker name" + suggestion
                            + " (only {host} is supported: one breaker per host)", problems);
                }
                open = -1;
            }
        }
        if (open >= 0) {
            return fail(name, open, "unclosed '{' in breaker name " + name.describe(), problems);
        }
        return true;
    }

    private static boolean fail(Node.TextNode name, int index, String message, Problems problems) {
        problems.error(name.atOrStart(index), message);
        return false;
    }
}
