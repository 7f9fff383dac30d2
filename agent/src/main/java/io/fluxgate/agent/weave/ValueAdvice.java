package io.fluxgate.agent.weave;

import io.fluxgate.agent.bootstrap.Bridge;
import io.fluxgate.agent.bootstrap.Verdict;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/**
 * Woven around a protected method that returns a value. The code is inlined into the method, so
 * it may only name classes every loader sees (the bootstrap {@link Bridge}).
 *
 * <p>Inlined advice reads a parameter where the code reads it: the argument array and the boxed
 * return value exist only on the failure path, so the success path allocates nothing.
 */
final class ValueAdvice {
    private ValueAdvice() {
    }

    @Advice.OnMethodEnter(skipOn = Advice.OnNonDefaultValue.class, suppress = Throwable.class)
    static boolean enter(@SiteId int site,
                         @Advice.Local("permission") Object permission,
                         @Advice.Local("start") long start) {
        permission = Bridge.enter(site);
        start = System.nanoTime();
        return permission instanceof Throwable;   // rejected: skip the body
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    static void exit(@SiteId int site,
                     @Advice.Local("permission") Object permission,
                     @Advice.Local("start") long start,
                     @Advice.Return(readOnly = false, typing = Assigner.Typing.DYNAMIC) Object returned,
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
        } else if (verdict.error != null) {
            thrown = verdict.error;
        } else {
            thrown = null;
            if (verdict.value != null) {
                returned = verdict.value;
            }
        }
    }
}
