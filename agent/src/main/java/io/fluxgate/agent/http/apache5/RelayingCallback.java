package io.fluxgate.agent.http.apache5;

import io.fluxgate.agent.http.FutureRelay;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;

/** The {@code FutureCallback} the client is given in place of the application's: it hands each call to the relay. */
final class RelayingCallback implements InvocationHandler {
    private final FutureRelay relay;

    RelayingCallback(FutureRelay relay) {
        this.relay = relay;
    }

    FutureRelay relay() {
        return relay;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
        switch (method.getName()) {
            case "completed":
                relay.completed(arguments[0]);
                break;
            case "failed":
                relay.failed((Exception) arguments[0]);
                break;
            case "cancelled":
                relay.cancelled();
                break;
            default:
                break;
        }
        return null;
    }
}
