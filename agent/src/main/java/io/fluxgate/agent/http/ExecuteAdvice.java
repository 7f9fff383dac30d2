package io.fluxgate.agent.http;

import io.fluxgate.agent.bootstrap.HttpBridge;
import io.fluxgate.agent.bootstrap.Verdict;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/**
 * Around a synchronous {@code doExecute(host, request, context)} that every {@code execute} variant
 * of an Apache {@code CloseableHttpClient} (4 and 5) ends in: one exchange, recorded when it returns
 * or throws; a refusal throws, or returns the fallback response, without running the method.
 * Inlined into the client: it names bootstrap classes only.
 */
public final class ExecuteAdvice {
    private ExecuteAdvice() {
    }

    @Advice.OnMethodEnter(skipOn = Advice.OnNonDefaultValue.class, suppress = Throwable.class)
    static Verdict enter(@ClientLabel String client,
                         @Advice.This Object carrier,
                         @Advice.Argument(0) Object host,
                         @Advice.Argument(1) Object request,
                         @Advice.Local("exchange") Object exchange) {
        exchange = HttpBridge.begin(client, carrier, host, request);
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
