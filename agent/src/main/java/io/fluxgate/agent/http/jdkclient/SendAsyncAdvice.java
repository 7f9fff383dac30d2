package io.fluxgate.agent.http.jdkclient;

import io.fluxgate.agent.bootstrap.HttpBridge;
import io.fluxgate.agent.bootstrap.Verdict;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/**
 * Around {@code HttpClientImpl.sendAsync} (each overload; only the outermost call of a thread
 * counts): the outcome is recorded when the returned future completes, and a refusal is a future
 * completed exceptionally (or with the fallback response), never a throw.
 */
final class SendAsyncAdvice {
    private SendAsyncAdvice() {
    }

    @Advice.OnMethodEnter(skipOn = Advice.OnNonDefaultValue.class, suppress = Throwable.class)
    static boolean enter(@Advice.Argument(0) Object request,
                         @Advice.Argument(1) Object bodyHandler,
                         @Advice.Local("exchange") Object exchange) {
        exchange = HttpBridge.beginOutermost(JdkClientSupport.LABEL, bodyHandler, null, request);
        return exchange instanceof Verdict;
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    static void exit(@Advice.Argument(1) Object bodyHandler,
                     @Advice.Local("exchange") Object exchange,
                     @Advice.Return(readOnly = false, typing = Assigner.Typing.DYNAMIC) Object returned,
                     @Advice.Thrown(readOnly = false) Throwable thrown) {
        HttpBridge.leave();
        if (exchange == null) {
            return;
        }
        if (thrown != null && !(exchange instanceof Verdict)) {
            HttpBridge.release(exchange);   // thrown before any request went out (an invalid argument)
            return;
        }
        Object followed = HttpBridge.follow(JdkClientSupport.LABEL, exchange, bodyHandler, returned);
        if (followed != null) {
            returned = followed;
            thrown = null;
        } else if (exchange instanceof Verdict && ((Verdict) exchange).error != null) {
            thrown = ((Verdict) exchange).error;
        }
    }
}
