package io.fluxgate.agent.http.apache5;

import io.fluxgate.agent.http.FutureRelay;
import io.fluxgate.agent.http.Reflection;

/** The application's {@code FutureCallback}, called by reflection. */
final class ApplicationCallback implements FutureRelay.Callback {
    private final AsyncApi async;
    private final Object callback;

    private ApplicationCallback(AsyncApi async, Object callback) {
        this.async = async;
        this.callback = callback;
    }

    /** @param callback the application's callback, or null when it gave none */
    static FutureRelay.Callback of(AsyncApi async, Object callback) {
        return callback == null ? FutureRelay.NONE : new ApplicationCallback(async, callback);
    }

    @Override
    public void completed(Object result) throws Exception {
        Reflection.invoke(async.completed, callback, result);
    }

    @Override
    public void failed(Exception failure) throws Exception {
        Reflection.invoke(async.failed, callback, failure);
    }

    @Override
    public void cancelled() throws Exception {
        Reflection.invoke(async.cancelled, callback);
    }
}
