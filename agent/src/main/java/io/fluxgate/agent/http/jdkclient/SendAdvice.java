package io.fluxgate.agent.http.jdkclient;

import io.fluxgate.agent.bootstrap.HttpBridge;
import io.fluxgate.agent.bootstrap.Verdict;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/**
 * Around {@code HttpClientImpl.send}: one exchange, recorded when it returns or throws. A refusal
 * throws {@code HttpCallNotPermittedException} itself (the {@code sendAsync} that {@code send}
 * calls would have it wrapped). Inlined into a JDK class: it names bootstrap classes only.
 */
final class SendAdvice {
    private SendAdvice() {
    }

    @Advice.OnMethodEnter(skipOn = Advice.OnNonDefaultValue.class, suppress = Throwable.class)
    static boolean enter(@Advice.Argument(0) Object request,
                         @Advice.Argument(1) Object bodyHandler,
                         @Advice.Local("exchange") Object exchange) {
        exchange = HttpBridge.beginOutermost(JdkClientSupport.LABEL, bodyHandler, null, request);
        return exchange instanceof Verdict;
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    static void exit(@Advice.Local("exchange") Object exchange,
                     @Advice.Return(readOnly = false, typing = Assigner.Typing.DYNAMIC) Object returned,
                     @Advice.Thrown(readOnly = false) Throwable thrown) {
        HttpBridge.leave();
        Verdict verdict = HttpBridge.finish(exchange, returned, thrown);
        if (verdict != null) {
            returned = verdict.value;
            thrown = verdict.error;
        }
    }
}
