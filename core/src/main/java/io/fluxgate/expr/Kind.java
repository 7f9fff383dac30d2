package io.fluxgate.expr;

/** The five kinds of component an expression can describe. */
enum Kind {
    WINDOW("window", false, false),
    TRACKER("tracker", true, true),
    TRIPPER("tripper", true, false),
    RETRY("retry", false, false),
    PERMIT("permit", false, false);

    final String label;
    final String plural;       // for messages: "retries", not "retrys"
    final boolean combines;    // & and |
    final boolean negates;     // ~

    Kind(String label, boolean combines, boolean negates) {
        this.label = label;
        this.plural = label.endsWith("y") ? label.substring(0, label.length() - 1) + "ies" : label + "s";
        this.combines = combines;
        this.negates = negates;
    }
}
