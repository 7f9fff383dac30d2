package io.fluxgate.agent.runtime;

import io.fluxgate.CallNotPermittedException;
import io.fluxgate.Permission;
import io.fluxgate.agent.bootstrap.Dispatcher;
import io.fluxgate.agent.bootstrap.Verdict;
import io.fluxgate.agent.fallback.FallbackPlan;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/** The agent behind the bootstrap bridge: acquire, record and fall back for woven methods. */
public final class SiteDispatcher implements Dispatcher {
    private final SiteTable sites;
    private volatile FallbackCounter fallbacks;

    public SiteDispatcher(SiteTable sites) {
        this(sites, FallbackCounter.NONE);
    }

    /** @param fallbacks told of each call a fallback answers, for metrics */
    public SiteDispatcher(SiteTable sites, FallbackCounter fallbacks) {
        this.sites = sites;
        this.fallbacks = fallbacks;
    }

    /** Counts fallback answers with {@code counter} from now on: the metrics of a reloaded policy. */
    public void countFallbacksWith(FallbackCounter counter) {
        this.fallbacks = counter;
    }

    @Override
    public Object enter(int site) {
        try {
            return sites.get(site).breaker().acquirePermission();
        } catch (CallNotPermittedException rejected) {
            return rejected;
        }
    }

    @Override
    public void succeeded(Object permission, long startNanos) {
        ((Permission) permission).onSuccess(startNanos);
    }

    @Override
    public Verdict settle(int id, Object permission, long startNanos, Throwable thrown, Object[] arguments) {
        Site site = sites.get(id);
        boolean rejected = permission instanceof CallNotPermittedException;
        Throwable cause = rejected ? (Throwable) permission : thrown;
        boolean tracked = rejected || ((Permission) permission).onError(startNanos, thrown);
        FallbackPlan fallback = site.fallback();
        if (fallback != null && site.target().fallbackOn().applies(rejected, tracked)) {
            fallbacks.fallbackAnswered(site.breaker().name());
            try {
                return Verdict.returning(fallback.answer(cause, arguments));
            } catch (Throwable fromFallback) {
                return Verdict.throwing(fromFallback);
            }
        }
        return Verdict.throwing(cause);
    }

    @Override
    public Object settleAsync(int id, Object permission, long startNanos, Object stage, Throwable thrown,
                              Object[] arguments) {
        Site site = sites.get(id);
        if (permission instanceof CallNotPermittedException) {
            return answer(site, (Throwable) permission, true, true, arguments);
        }
        Permission admitted = (Permission) permission;
        if (thrown != null) {
            boolean tracked = admitted.onError(startNanos, thrown);
            return answer(site, thrown, false, tracked, arguments);
        }
        if (stage == null) {
            admitted.onSuccess(startNanos);
            return null;
        }
        FallbackPlan fallback = site.fallback();
        if (fallback == null) {
            // The caller gets the dependent stage, so the outcome is recorded before it sees completion.
            return ((CompletionStage<?>) stage).whenComplete((value, error) -> record(admitted, startNanos, error));
        }
        CompletableFuture<Object> answered = new CompletableFuture<>();
        ((CompletionStage<?>) stage).whenComplete((value, error) -> {
            boolean tracked = record(admitted, startNanos, error);
            if (error == null) {
                answered.complete(value);
            } else if (site.target().fallbackOn().applies(false, tracked)) {
                fallbacks.fallbackAnswered(site.breaker().name());
                complete(answered, fallback, unwrap(error), arguments);
            } else {
                answered.completeExceptionally(error);
            }
        });
        return answered;
    }

    private static boolean record(Permission admitted, long startNanos, Throwable error) {
        if (error == null) {
            admitted.onSuccess(startNanos);
            return false;
        }
        return admitted.onError(startNanos, unwrap(error));
    }

    /** A stage answering a failed or rejected call: the fallback's, or the failure itself (never a throw). */
    private CompletableFuture<Object> answer(Site site, Throwable cause, boolean rejected, boolean tracked,
                                             Object[] arguments) {
        FallbackPlan fallback = site.fallback();
        CompletableFuture<Object> answered = new CompletableFuture<>();
        if (fallback != null && site.target().fallbackOn().applies(rejected, tracked)) {
            fallbacks.fallbackAnswered(site.breaker().name());
            complete(answered, fallback, cause, arguments);
        } else if (rejected) {
            answered.completeExceptionally(cause);
        } else {
            return null;   // a synchronous throw of an unprotected kind stays a throw
        }
        return answered;
    }

    private static void complete(CompletableFuture<Object> answered, FallbackPlan fallback, Throwable cause,
                                 Object[] arguments) {
        try {
            Object value = fallback.answer(cause, arguments);
            if (value instanceof CompletionStage) {
                ((CompletionStage<?>) value).whenComplete((result, error) -> {
                    if (error == null) {
                        answered.complete(result);
                    } else {
                        answered.completeExceptionally(error);
                    }
                });
            } else {
                answered.complete(value);
            }
        } catch (Throwable fromFallback) {
            answered.completeExceptionally(fromFallback);
        }
    }

    private static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }
}
