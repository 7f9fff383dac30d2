package io.fluxgate.agent.http.urlconnection;

import io.fluxgate.agent.bootstrap.FallbackResponse;
import io.fluxgate.agent.bootstrap.HttpBridge;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/**
 * The connection's response readers ({@code getHeaderField(String)}, {@code getHeaderField(int)},
 * {@code getHeaderFieldKey(int)}, {@code getHeaderFields()}, {@code getErrorStream()}) answer from
 * the fallback response once one answers the exchange: before their body runs (no network), and
 * after it, when the body's own {@code getInputStream()} call just ran into the fallback.
 */
final class ReadAdvice {
    private ReadAdvice() {
    }

    @Advice.OnMethodEnter(skipOn = Advice.OnNonDefaultValue.class, suppress = Throwable.class)
    static FallbackResponse enter(@Advice.This Object connection) {
        return HttpBridge.answerOf(connection);
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    static void exit(@Advice.This Object connection,
                     @Advice.Origin("#m") String reader,
                     @Advice.AllArguments Object[] arguments,
                     @Advice.Return(readOnly = false, typing = Assigner.Typing.DYNAMIC) Object value) {
        FallbackResponse answer = HttpBridge.answerOf(connection);
        if (answer != null) {
            value = answer.read(reader, arguments);   // the arguments are boxed here only
        }
    }
}
