package io.fluxgate.agent.policy;

/** Writes user text into messages as a JSON string, shortened so that a huge value stays readable. */
final class Quote {
    private static final int LONGEST = 80;

    private Quote() {
    }

    static String json(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        int shown = Math.min(text.length(), LONGEST);
        for (int i = 0; i < shown; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        if (shown < text.length()) {
            quoted.append("...");
        }
        return quoted.append('"').toString();
    }
}
