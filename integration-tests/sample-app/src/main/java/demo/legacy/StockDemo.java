package demo.legacy;

import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeUnit;

/**
 * Asks for the stock of one sku at a steady pace and says, per call, what the application got
 * back and how long it took, so a viewer can follow a dependency failing and recovering.
 */
final class StockDemo {
    private static final String SKU = "sku-1";
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private final String baseUrl;
    private final int calls;
    private final long intervalMillis;
    private int answered;
    private int failed;
    private int rejected;
    private int fallbacks;

    StockDemo(String baseUrl, int calls, long intervalMillis) {
        this.baseUrl = baseUrl;
        this.calls = calls;
        this.intervalMillis = intervalMillis;
    }

    /** {@code demo <baseUrl> [calls] [intervalMillis]}. */
    static StockDemo fromArgs(String[] args) {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: demo <inventory base url> [calls] [intervalMillis]");
        }
        int calls = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        long interval = args.length > 3 ? Long.parseLong(args[3]) : 300;
        return new StockDemo(args[1], calls, interval);
    }

    void run(PrintStream out) throws InterruptedException {
        InventoryClient inventory = new InventoryClient(baseUrl);
        out.println("Asking " + baseUrl + " for the stock of " + SKU + " every " + intervalMillis
                + " ms, " + calls + " times.");
        long next = System.nanoTime();
        for (int call = 1; call <= calls; call++) {
            out.println(LocalTime.now().format(CLOCK) + "  " + callOnce(inventory));
            out.flush();
            next += TimeUnit.MILLISECONDS.toNanos(intervalMillis);
            long wait = next - System.nanoTime();
            if (wait > 0 && call < calls) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
        }
        out.println(calls + " calls: " + answered + " answered by the service, " + failed + " failed, "
                + rejected + " rejected at once, " + fallbacks + " answered with a fallback value.");
    }

    private String callOnce(InventoryClient inventory) {
        long start = System.nanoTime();
        String what;
        try {
            int stock = inventory.fetchStock(SKU);
            if (stock < 0) {
                // No warehouse holds a negative stock: this is a stand-in value, not the service's answer.
                fallbacks++;
                what = "stock of " + SKU + ": " + stock + " (fallback)";
            } else {
                answered++;
                what = "stock of " + SKU + ": " + stock;
            }
        } catch (IOException e) {
            failed++;
            what = "stock of " + SKU + " failed: " + e;
        } catch (RuntimeException e) {
            // The code below never throws unchecked exceptions of its own: one whose name says the
            // call was not permitted comes from whatever guards the call, and its message says why.
            if (e.getClass().getSimpleName().endsWith("NotPermittedException")) {
                rejected++;
                what = "stock of " + SKU + " rejected: " + e.getMessage();
            } else {
                failed++;
                what = "stock of " + SKU + " failed: " + e;
            }
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        return pad(what, 60) + " (" + millis + " ms)";
    }

    private static String pad(String text, int width) {
        StringBuilder padded = new StringBuilder(text);
        while (padded.length() < width) {
            padded.append(' ');
        }
        return padded.toString();
    }
}
