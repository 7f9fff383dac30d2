package demo.legacy;

import java.io.IOException;

/** This week's promotional price: GET /price/promo/{sku}. */
public class PromoPriceService implements PriceService {
    private final String baseUrl;

    public PromoPriceService(String baseUrl) {
        this.baseUrl = InventoryClient.trimSlash(baseUrl);
    }

    @Override
    public long priceOf(String sku) throws IOException {
        return Long.parseLong(HttpText.get(baseUrl + "/price/promo/" + Skus.requireValid(sku)));
    }
}
