package io.fluxgate.agent.weave;

import io.fluxgate.agent.bootstrap.Bridge;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/**
 * Woven around a protected method returning a {@code CompletionStage}: the outcome is recorded
 * when the stage completes, and a rejection becomes a failed stage instead of a throw.
 */
final class AsyncAdvice {
    private AsyncAdvice() {
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
                     @Advice.Return(readOnly = false, typing = Assigner.Typing.DYNAMIC) Object returned,
                     @Advice.Thrown(readOnly = false) Throwable thrown,
                     @Advice.AllArguments Object[] arguments) {
        if (permission == null) {
            return;
        }
        Object stage = Bridge.settleAsync(site, permission, start, returned, thrown, arguments);
        if (stage != null) {
            returned = stage;
            thrown = null;
        } else if (thrown == null && permission instanceof Throwable) {
            thrown = (Throwable) permission;
        }
    }
}
