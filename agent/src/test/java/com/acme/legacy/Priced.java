package com.acme.legacy;

import java.io.IOException;

public interface Priced {
    long priceOf(String sku) throws IOException;
}
