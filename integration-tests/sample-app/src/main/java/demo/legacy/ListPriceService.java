package demo.legacy;

import java.io.IOException;

/** The catalogue price: GET /price/list/{sku}. */
public class ListPriceService implements PriceService {
    private final String baseUrl;

    public ListPriceService(String baseUrl) {
        this.baseUrl = InventoryClient.trimSlash(baseUrl);
    }

    @Override
    public long priceOf(String sku) throws IOException {
        return Long.parseLong(HttpText.get(baseUrl + "/price/list/" + Skus.requireValid(sku)));
    }
}
