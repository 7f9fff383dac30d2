package com.acme.legacy;

import java.util.concurrent.CompletableFuture;

/** Fallback methods in each of the four accepted shapes. */
public final class Fallbacks {
    private Fallbacks() {
    }

    public static int stockWithCause(String sku, Throwable cause) {
        return -(sku.length()) - (cause instanceof io.fluxgate.CallNotPermittedException ? 1000 : 0);
    }

    public static int stockFromArguments(String sku) {
        return -sku.length();
    }

    public static int stockFromCause(Throwable cause) {
        return cause.getMessage().length();
    }

    public static int stockConstant() {
        return -7;
    }

    public static int unfit(String sku, long notTheTargetsParameter) {
        return 0;
    }

    public static CompletableFuture<Integer> cachedStage(Throwable cause) {
        return CompletableFuture.completedFuture(-2);
    }
}
