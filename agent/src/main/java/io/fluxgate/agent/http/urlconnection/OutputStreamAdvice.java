package io.fluxgate.agent.http.urlconnection;

import io.fluxgate.agent.bootstrap.FallbackResponse;
import io.fluxgate.agent.bootstrap.HttpBridge;
import io.fluxgate.agent.bootstrap.Verdict;
import net.bytebuddy.asm.Advice;

import java.io.OutputStream;

/**
 * Around {@code getOutputStream()}: may admit the exchange; a refusal throws, and under a fallback
 * response the request body goes nowhere.
 */
final class OutputStreamAdvice {
    private OutputStreamAdvice() {
    }

    @Advice.OnMethodEnter(skipOn = Advice.OnNonDefaultValue.class, suppress = Throwable.class)
    static Verdict enter(@Advice.This Object connection) {
        return HttpBridge.open(connection);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    static void exit(@Advice.This Object connection,
                     @Advice.Enter Verdict skipped,
                     @Advice.Return(readOnly = false) OutputStream returned,
                     @Advice.Thrown(readOnly = false) Throwable thrown) {
        Verdict verdict = HttpBridge.responded(connection, skipped, false, thrown);
        if (verdict == null) {
            return;
        }
        if (verdict.error != null) {
            returned = null;
            thrown = verdict.error;
        } else {
            returned = FallbackResponse.requestSink();
            thrown = null;
        }
    }
}
