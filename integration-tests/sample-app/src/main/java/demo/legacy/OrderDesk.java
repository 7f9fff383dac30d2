package demo.legacy;

import java.io.IOException;

/** Takes orders for the inventory service's base URL. */
public class OrderDesk {
    private final String baseUrl;

    public OrderDesk(String baseUrl) {
        this.baseUrl = InventoryClient.trimSlash(baseUrl);
    }

    public Checkout checkout() {
        return new Checkout();
    }

    /** One checkout counter; places orders at the desk's service. */
    public class Checkout {
        /** POST /orders/{sku}?qty={quantity}; answers the order id. */
        public String placeOrder(String sku, int quantity) throws IOException {
            return HttpText.post(baseUrl + "/orders/" + Skus.requireValid(sku) + "?qty=" + quantity);
        }
    }
}
