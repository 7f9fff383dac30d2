package demo.legacy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Turns one command line into exactly one result line, so a driver can script the client:
 * {@code OK <value>}, {@code ERR <exception>} for a call that threw (or a future that failed),
 * {@code THROWN <exception>} when an asynchronous call threw instead of failing its future, and
 * {@code USAGE <text>} for a line that is not a command.
 */
final class Commands {
    static final String HELP = "stock SKU | stockat SKU WAREHOUSE | asyncstock SKU | skus | reserve SKU QTY"
            + " | price list|promo SKU | order SKU QTY | ping | describe | quit";
    private static final long ASYNC_WAIT_SECONDS = 30;

    private final String baseUrl;
    private final InventoryClient inventory;
    private final PriceService listPrices;
    private final PriceService promoPrices;
    private final OrderDesk.Checkout checkout;

    Commands(String baseUrl) {
        this.baseUrl = baseUrl;
        this.inventory = new InventoryClient(baseUrl);
        this.listPrices = new ListPriceService(baseUrl);
        this.promoPrices = new PromoPriceService(baseUrl);
        this.checkout = new OrderDesk(baseUrl).checkout();
    }

    String execute(String line) {
        String[] words = line.trim().split("\\s+");
        try {
            return "OK " + run(words);
        } catch (Usage usage) {
            return "USAGE " + usage.getMessage();
        } catch (Thrown thrown) {
            return "THROWN " + thrown.getCause();
        } catch (FailedFuture failed) {
            return "ERR " + failed.getCause();
        } catch (Throwable failure) {
            return "ERR " + failure;
        }
    }

    private String run(String[] words) throws Exception {
        switch (words[0]) {
            case "stock":
                return String.valueOf(inventory.fetchStock(arg(words, 1)));
            case "stockat":
                return String.valueOf(inventory.fetchStock(arg(words, 1), arg(words, 2)));
            case "asyncstock":
                return awaitStock(arg(words, 1));
            case "skus":
                return String.valueOf(inventory.listSkus());
            case "reserve":
                inventory.reserve(arg(words, 1), quantity(arg(words, 2)));
                return "reserved";
            case "price":
                return String.valueOf(priceService(arg(words, 1)).priceOf(arg(words, 2)));
            case "order":
                return checkout.placeOrder(arg(words, 1), quantity(arg(words, 2)));
            case "ping":
                return InventoryClient.ping(baseUrl);
            case "describe":
                return inventory.describe();
            default:
                throw new Usage("unknown command '" + words[0] + "'; commands: " + HELP);
        }
    }

    /** Waits for the future; a failed future becomes ERR with its cause, a throw becomes THROWN. */
    private String awaitStock(String sku) throws Exception {
        CompletableFuture<Integer> stock;
        try {
            stock = inventory.fetchStockAsync(sku);
        } catch (RuntimeException thrown) {
            throw new Thrown(thrown);
        }
        if (stock == null) {
            return "null";
        }
        try {
            return String.valueOf(stock.get(ASYNC_WAIT_SECONDS, TimeUnit.SECONDS));
        } catch (ExecutionException failed) {
            throw new FailedFuture(failed.getCause());
        } catch (TimeoutException slow) {
            throw new TimeoutException("no answer within " + ASYNC_WAIT_SECONDS + " s");
        }
    }

    private PriceService priceService(String kind) {
        if ("list".equals(kind)) {
            return listPrices;
        }
        if ("promo".equals(kind)) {
            return promoPrices;
        }
        throw new Usage("price list|promo SKU");
    }

    private static String arg(String[] words, int index) {
        if (index >= words.length) {
            throw new Usage("missing argument " + index + " of '" + words[0] + "'; commands: " + HELP);
        }
        return words[index];
    }

    private static int quantity(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new Usage("not a quantity: '" + text + "'");
        }
    }

    /** A line that is not a valid command. */
    private static final class Usage extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Usage(String message) {
            super(message);
        }
    }

    /** A future that completed exceptionally; the cause is what the caller is shown. */
    private static final class FailedFuture extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FailedFuture(Throwable cause) {
            super(cause);
        }
    }

    /** An asynchronous call that threw instead of returning a future. */
    private static final class Thrown extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Thrown(RuntimeException thrown) {
            super(thrown);
        }
    }
}
