package demo.legacy;

import java.util.regex.Pattern;

/** Stock keeping units as the inventory service accepts them. */
final class Skus {
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private Skus() {
    }

    /** Rejects a malformed sku before any request is made, as the service would answer 400 anyway. */
    static String requireValid(String sku) {
        if (sku == null || !VALID.matcher(sku).matches()) {
            throw new IllegalArgumentException("invalid sku: '" + sku + "'");
        }
        return sku;
    }
}
