package io.fluxgate.agent.http.apache4;

import io.fluxgate.agent.bootstrap.HttpBridge;
import io.fluxgate.agent.bootstrap.Verdict;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/**
 * Around {@code doExecute(HttpHost, HttpRequest, HttpContext)}, which every {@code execute}
 * variant of a {@code CloseableHttpClient} ends in: one exchange, recorded when it returns or
 * throws. Inlined into HttpClient: it names bootstrap classes only.
 */
final class ExecuteAdvice {
    private ExecuteAdvice() {
    }

    @Advice.OnMethodEnter(skipOn = Advice.OnNonDefaultValue.class, suppress = Throwable.class)
    static Verdict enter(@Advice.This Object client,
                         @Advice.Argument(0) Object host,
                         @Advice.Argument(1) Object request,
                         @Advice.Local("exchange") Object exchange) {
        exchange = HttpBridge.begin(Apache4Support.LABEL, client, host, request);
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
