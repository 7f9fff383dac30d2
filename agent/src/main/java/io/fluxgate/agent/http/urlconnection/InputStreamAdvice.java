package io.fluxgate.agent.http.urlconnection;

import io.fluxgate.agent.bootstrap.FallbackResponse;
import io.fluxgate.agent.bootstrap.HttpBridge;
import io.fluxgate.agent.bootstrap.Verdict;
import net.bytebuddy.asm.Advice;

import java.io.InputStream;

/**
 * Around {@code getInputStream()}, which every response method of the JDK's connection goes
 * through ({@code getResponseCode} included): the outermost call records the exchange, and a
 * refusal or fallback response replaces what it returns or throws.
 */
final class InputStreamAdvice {
    private InputStreamAdvice() {
    }

    @Advice.OnMethodEnter(skipOn = Advice.OnNonDefaultValue.class, suppress = Throwable.class)
    static Verdict enter(@Advice.This Object connection) {
        return HttpBridge.open(connection);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    static void exit(@Advice.This Object connection,
                     @Advice.Enter Verdict skipped,
                     @Advice.Return(readOnly = false) InputStream returned,
                     @Advice.Thrown(readOnly = false) Throwable thrown,
                     @Advice.FieldValue(value = "responseCode", readOnly = false) int responseCode) {
        Verdict verdict = HttpBridge.responded(connection, skipped, true, thrown);
        if (verdict == null) {
            return;
        }
        if (verdict.error != null) {
            returned = null;
            thrown = verdict.error;
            return;
        }
        FallbackResponse answer = (FallbackResponse) verdict.value;
        responseCode = -1;   // forget a status the server sent: getResponseCode() then reads the fallback's
        if (answer.isError()) {
            returned = null;
            thrown = answer.failure();
        } else {
            returned = answer.bodyStream();
            thrown = null;
        }
    }
}
