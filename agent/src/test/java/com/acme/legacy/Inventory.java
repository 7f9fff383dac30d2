package com.acme.legacy;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Legacy client code as the weaver finds it: it knows nothing of breakers. */
public class Inventory implements Priced {
    public static volatile boolean down;
    public static int bodies;

    public Inventory() {
        bodies += 0;
    }

    public int stock(String sku) throws IOException {
        bodies++;
        if (down) {
            throw new IOException("inventory down");
        }
        return 42;
    }

    public int stock(String sku, int warehouse) throws IOException {
        bodies++;
        if (down) {
            throw new IOException("inventory down");
        }
        return warehouse;
    }

    public List<String> skus() throws IOException {
        bodies++;
        if (down) {
            throw new IOException("inventory down");
        }
        return Collections.singletonList("sku-1");
    }

    public void reserve(String sku, int quantity) throws IOException {
        bodies++;
        if (down) {
            throw new IOException("inventory down");
        }
    }

    public long validate(String sku) {
        bodies++;
        throw new IllegalArgumentException("bad sku " + sku);
    }

    public CompletableFuture<Integer> stockAsync(String sku) {
        bodies++;
        CompletableFuture<Integer> stage = new CompletableFuture<>();
        if (down) {
            stage.completeExceptionally(new IOException("inventory down"));
        } else {
            stage.complete(42);
        }
        return stage;
    }

    public int healthy(int value) {
        return value;
    }

    /** Calls {@link #healthy} in a loop from inside the class, as application code would. */
    public int sumHealthy(int times) {
        int sum = 0;
        for (int i = 0; i < times; i++) {
            sum += healthy(i);
        }
        return sum;
    }

    @Override
    public long priceOf(String sku) throws IOException {
        bodies++;
        if (down) {
            throw new IOException("prices down");
        }
        return 100;
    }
}
