package io.fluxgate.agent.http.apache5;

import io.fluxgate.agent.bootstrap.HttpBridge;
import io.fluxgate.agent.bootstrap.Verdict;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/**
 * Around the async client's {@code doExecute(host, requestProducer, responseConsumer,
 * pushHandlerFactory, context, callback)}, which every {@code execute} ends in: the client gets a
 * callback that records the outcome before the application hears of it, and the application a
 * future that completes with the recorded outcome. A refused exchange is not sent: its future and
 * callback answer at once with the refusal (or the fallback response).
 */
final class AsyncExecuteAdvice {
    private AsyncExecuteAdvice() {
    }

    @Advice.OnMethodEnter(skipOn = Advice.OnNonDefaultValue.class, suppress = Throwable.class)
    static boolean enter(@Advice.Argument(0) Object host,
                         @Advice.Argument(1) Object producer,
                         @Advice.Argument(2) Object consumer,
                         @Advice.Argument(value = 5, readOnly = false, typing = Assigner.Typing.DYNAMIC) Object callback,
                         @Advice.Local("exchange") Object exchange,
                         @Advice.Local("relaying") Object relaying) {
        exchange = HttpBridge.begin(Apache5Support.LABEL, consumer, host, producer);
        if (exchange instanceof Verdict) {
            return true;
        }
        relaying = HttpBridge.follow(Apache5Support.LABEL, exchange, consumer, callback);
        if (relaying != null) {
            callback = relaying;
        }
        return false;
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    static void exit(@Advice.Argument(2) Object consumer,
                     @Advice.Argument(5) Object callback,
                     @Advice.Local("exchange") Object exchange,
                     @Advice.Local("relaying") Object relaying,
                     @Advice.Return(readOnly = false, typing = Assigner.Typing.DYNAMIC) Object returned,
                     @Advice.Thrown(readOnly = false) Throwable thrown) {
        if (exchange instanceof Verdict) {
            Object answered = HttpBridge.follow(Apache5Support.LABEL, exchange, consumer, callback);
            if (answered != null) {
                returned = answered;
            } else {
                thrown = ((Verdict) exchange).error;
            }
        } else if (relaying != null && thrown != null) {
            HttpBridge.release(exchange);   // thrown before any request went out
        } else if (relaying != null) {
            Object answered = HttpBridge.follow(Apache5Support.LABEL, exchange, relaying, returned);
            if (answered != null) {
                returned = answered;
            }
        }
    }
}
