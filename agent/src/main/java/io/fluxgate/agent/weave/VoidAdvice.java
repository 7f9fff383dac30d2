package io.fluxgate.agent.weave;

import io.fluxgate.agent.bootstrap.Bridge;
import io.fluxgate.agent.bootstrap.Verdict;
import net.bytebuddy.asm.Advice;

/** Woven around a protected {@code void} method; as {@link ValueAdvice} without a value to return. */
final class VoidAdvice {
    private VoidAdvice() {
    }

    @Advice.OnMethodEnter(skipOn = Advice.OnNonDefaultValue.class, suppress = Throwable.class)
    static boolean enter(@SiteId int site,
                         @Advice.Local("permission") Object permission,
                         @Advice.Local("start") long start) {
        permission = Bridge.enter(site);
        start = System.nanoTime();
        return permission instanceof Throwable;
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    static void exit(@SiteId int site,
                     @Advice.Local("permission") Object permission,
                     @Advice.Local("start") long start,
                     @Advice.Thrown(readOnly = false) Throwable thrown,
                     @Advice.AllArguments Object[] arguments) {
        if (permission == null) {
            return;
        }
        if (thrown == null && !(permission instanceof Throwable)) {
            Bridge.succeeded(permission, start);
            return;
        }
        Verdict verdict = Bridge.settle(site, permission, start, thrown, arguments);
        if (verdict == null) {
            if (thrown == null) {
                thrown = (Throwable) permission;
            }
        } else {
            thrown = verdict.error;
        }
    }
}
