package io.fluxgate.agent.http.okhttp;

import io.fluxgate.agent.bootstrap.HttpBridge;
import io.fluxgate.agent.bootstrap.Verdict;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/**
 * Around {@code RealCall.enqueue(Callback)}: the callback is wrapped so that the outcome is recorded
 * before the application sees it; a refused call is never enqueued, and its callback hears of the
 * refusal through {@code onFailure} (or gets the fallback response through {@code onResponse}).
 */
final class EnqueueAdvice {
    private EnqueueAdvice() {
    }

    @Advice.OnMethodEnter(skipOn = Advice.OnNonDefaultValue.class, suppress = Throwable.class)
    static boolean enter(@Advice.This Object call,
                         @Advice.Argument(value = 0, readOnly = false, typing = Assigner.Typing.DYNAMIC) Object callback) {
        Object exchange = HttpBridge.begin(OkHttpSupport.LABEL, call, null, null);
        Object followed = HttpBridge.follow(OkHttpSupport.LABEL, exchange, call, callback);
        if (followed == null) {
            return false;   // unprotected, or it could not be followed: enqueue as the application asked
        }
        if (exchange instanceof Verdict) {
            return true;    // the refusal is already on its way to the callback
        }
        callback = followed;
        return false;
    }
}
