package io.fluxgate.agent.http;

import io.fluxgate.agent.bootstrap.HttpBridge;
import io.fluxgate.agent.bootstrap.Verdict;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/**
 * Around a synchronous call that is one exchange: an Apache {@code CloseableHttpClient}'s
 * {@code doExecute(host, request, context)} (4 and 5), which every {@code execute} variant ends in,
 * or OkHttp's {@code RealCall.execute()}, whose call carries its request. Recorded when it returns
 * or throws; a refusal throws, or returns the fallback response, without running the method.
 * Inlined into the client: it names bootstrap classes only.
 */
public final class ExecuteAdvice {
    private ExecuteAdvice() {
    }

    @Advice.OnMethodEnter(skipOn = Advice.OnNonDefaultValue.class, suppress = Throwable.class)
    static boolean enter(@ClientLabel String client,
                         @Advice.This Object carrier,
                         @Advice.Argument(value = 0, optional = true) Object host,
                         @Advice.Argument(value = 1, optional = true) Object request,
                         @Advice.Local("exchange") Object exchange) {
        exchange = HttpBridge.begin(client, carrier, host, request);
        return exchange instanceof Verdict;
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    static void exit(@Advice.Local("exchange") Object exchange,
                     @Advice.Return(readOnly = false, typing = Assigner.Typing.DYNAMIC) Object returned,
                     @Advice.Thrown(readOnly = false) Throwable thrown) {
        Verdict verdict = HttpBridge.finish(exchange, returned, thrown);
        if (verdict != null) {
            returned = verdict.value;
            thrown = verdict.error;
        }
    }
}
