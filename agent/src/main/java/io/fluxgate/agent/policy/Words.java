package io.fluxgate.agent.policy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** English lists for messages: {@code a, b or c}. */
final class Words {
    private Words() {
    }

    static String list(Collection<String> words) {
        List<String> all = new ArrayList<>(words);
        if (all.size() <= 1) {
            return String.join("", all);
        }
        return String.join(", ", all.subList(0, all.size() - 1)) + " or " + all.get(all.size() - 1);
    }
}
