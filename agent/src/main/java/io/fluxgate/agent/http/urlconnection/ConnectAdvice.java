package io.fluxgate.agent.http.urlconnection;

import io.fluxgate.agent.bootstrap.HttpBridge;
import io.fluxgate.agent.bootstrap.Verdict;
import net.bytebuddy.asm.Advice;

/**
 * Around {@code connect()}: may admit the exchange; a refusal throws instead of connecting, and a
 * fallback response means there is nothing to connect to. Inlined into JDK classes: it names
 * bootstrap classes only.
 */
final class ConnectAdvice {
    private ConnectAdvice() {
    }

    @Advice.OnMethodEnter(skipOn = Advice.OnNonDefaultValue.class, suppress = Throwable.class)
    static Verdict enter(@Advice.This Object connection) {
        return HttpBridge.open(connection);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    static void exit(@Advice.This Object connection,
                     @Advice.Enter Verdict skipped,
                     @Advice.Thrown(readOnly = false) Throwable thrown) {
        Verdict verdict = HttpBridge.responded(connection, skipped, false, thrown);
        if (verdict != null) {
            thrown = verdict.error;
        }
    }
}
