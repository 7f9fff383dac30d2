package demo.legacy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Talks to the inventory service over HTTP. Every call is one request; nothing is cached. */
public class InventoryClient {
    private final String baseUrl;
    private final ExecutorService lookups = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "inventory-lookup");
        thread.setDaemon(true);
        return thread;
    });

    public InventoryClient(String baseUrl) {
        this.baseUrl = trimSlash(baseUrl);
    }

    /** GET /stock/{sku}. */
    public int fetchStock(String sku) throws IOException {
        return Integer.parseInt(HttpText.get(baseUrl + "/stock/" + Skus.requireValid(sku)));
    }

    /** GET /stock/{sku}?warehouse={warehouse}: the stock held in one warehouse. */
    public int fetchStock(String sku, String warehouse) throws IOException {
        return Integer.parseInt(HttpText.get(baseUrl + "/stock/" + Skus.requireValid(sku)
                + "?warehouse=" + Skus.requireValid(warehouse)));
    }

    /** GET /stock/{sku} on a background thread; a failed lookup fails the future with its IOException. */
    public CompletableFuture<Integer> fetchStockAsync(String sku) {
        String path = baseUrl + "/stock/" + Skus.requireValid(sku);
        return CompletableFuture.supplyAsync(() -> {
            try {
                return Integer.parseInt(HttpText.get(path));
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        }, lookups);
    }

    /** GET /skus: one sku per line. */
    public List<String> listSkus() throws IOException {
        List<String> skus = new ArrayList<>();
        for (String line : HttpText.get(baseUrl + "/skus").split("\n")) {
            if (!line.trim().isEmpty()) {
                skus.add(line.trim());
            }
        }
        return Collections.unmodifiableList(skus);
    }

    /** POST /reserve/{sku}?qty={quantity}. */
    public void reserve(String sku, int quantity) throws IOException {
        HttpText.post(baseUrl + "/reserve/" + Skus.requireValid(sku) + "?qty=" + quantity);
    }

    /** GET /health: whether the service at {@code baseUrl} answers at all. */
    public static String ping(String baseUrl) throws IOException {
        return HttpText.get(trimSlash(baseUrl) + "/health");
    }

    /** Makes no request, so it never fails. */
    public String describe() {
        return "inventory client for " + baseUrl;
    }

    static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
