package io.fluxgate.agent.http.urlconnection;

import io.fluxgate.agent.bootstrap.HttpBridge;
import net.bytebuddy.asm.Advice;

/** Around {@code disconnect()}: an exchange still waiting for its response gives its permission back. */
final class DisconnectAdvice {
    private DisconnectAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    static void enter(@Advice.This Object connection) {
        HttpBridge.closed(connection);
    }
}
