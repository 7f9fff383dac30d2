package demo.fallbacks;

/** An exception with only a no-argument constructor, for "throw" fallbacks. */
public class InventoryUnavailable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InventoryUnavailable() {
        super("inventory unavailable");
    }
}
