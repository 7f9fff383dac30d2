package demo.fallbacks;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Fallback methods an operator would add beside the application. Each tells on stderr what it was
 * given, in a line starting with {@code fallback }, and answers a value that says which one ran.
 */
public final class StockFallbacks {
    private StockFallbacks() {
    }

    // One shape per name, for fetchStock(String): each candidate shape on its own.

    public static int skuAndError(String sku, Throwable error) {
        return told(-1, "skuAndError", sku, error);
    }

    public static int skuOnly(String sku) {
        return told(-2, "skuOnly", sku);
    }

    public static int errorOnly(Throwable error) {
        return told(-3, "errorOnly", error);
    }

    public static int nothing() {
        return told(-4, "nothing");
    }

    // Every shape under one name: (params..., Throwable) comes first.

    public static int every(String sku, Throwable error) {
        return told(-11, "every", sku, error);
    }

    public static int every(String sku) {
        return told(-12, "every", sku);
    }

    public static int every(Throwable error) {
        return told(-13, "every", error);
    }

    public static int every() {
        return told(-14, "every");
    }

    // The first shape's return type does not fit an int method, so the second shape is used.

    public static String skipsUnfit(String sku, Throwable error) {
        told(0, "skipsUnfit", sku, error);
        return "not an int";
    }

    public static int skipsUnfit(String sku) {
        return told(-22, "skipsUnfit", sku);
    }

    /** No shape fits an int method. */
    public static String unfit(String sku) {
        return "not an int";
    }

    // For the other shapes of target.

    /** For void reserve(String, int). */
    public static void reserveLater(String sku, int quantity, Throwable error) {
        told(0, "reserveLater", sku, quantity, error);
    }

    /** For List&lt;String&gt; listSkus(). */
    public static List<String> cachedSkus() {
        told(0, "cachedSkus");
        return Arrays.asList("cached-1", "cached-2");
    }

    /** For CompletableFuture&lt;Integer&gt; fetchStockAsync(String). */
    public static CompletableFuture<Integer> asyncStock(String sku, Throwable error) {
        return CompletableFuture.completedFuture(told(-5, "asyncStock", sku, error));
    }

    /** For static String ping(String baseUrl). */
    public static String offline(String baseUrl, Throwable error) {
        told(0, "offline", baseUrl, error);
        return "offline";
    }

    /** For long priceOf(String). */
    public static long noPrice(String sku) {
        return told(-6, "noPrice", sku);
    }

    private static int told(int answer, String name, Object... arguments) {
        StringBuilder line = new StringBuilder("fallback StockFallbacks.").append(name).append('(');
        for (int i = 0; i < arguments.length; i++) {
            line.append(i == 0 ? "" : ", ").append(arguments[i]);
        }
        System.err.println(line.append(')'));
        System.err.flush();
        return answer;
    }
}
