package io.fluxgate.agent.http.okhttp;

import io.fluxgate.agent.bootstrap.HttpBridge;
import io.fluxgate.agent.bootstrap.Verdict;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/**
 * Around {@code RealCall.execute()}: one exchange, recorded when it returns or throws. Inlined into
 * OkHttp: it names bootstrap classes only.
 */
final class ExecuteAdvice {
    private ExecuteAdvice() {
    }

    @Advice.OnMethodEnter(skipOn = Advice.OnNonDefaultValue.class, suppress = Throwable.class)
    static Verdict enter(@Advice.This Object call, @Advice.Local("exchange") Object exchange) {
        exchange = HttpBridge.begin(OkHttpSupport.LABEL, call, null, null);
        return exchange instanceof Verdict ? (Verdict) exchange : null;
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    static void exit(@Advice.Enter Verdict skipped,
                     @Advice.Local("exchange") Object exchange,
                     @Advice.Return(readOnly = false, typing = Assigner.Typing.DYNAMIC) Object returned,
                     @Advice.Thrown(readOnly = false) Throwable thrown) {
        Verdict verdict = skipped != null ? skipped : HttpBridge.finish(exchange, returned, thrown);
        if (verdict == null) {
            return;
        }
        if (verdict.error != null) {
            returned = null;
            thrown = verdict.error;
        } else {
            returned = verdict.value;
            thrown = null;
        }
    }
}
