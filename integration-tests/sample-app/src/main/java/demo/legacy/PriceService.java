package demo.legacy;

import java.io.IOException;

/** Where prices come from; prices are in cents. */
public interface PriceService {
    long priceOf(String sku) throws IOException;
}
