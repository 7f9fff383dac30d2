package demo.http;

/** What a GET brought back. */
final class Fetched {
    private final int status;
    private final String body;
    private final String servedBy;

    Fetched(int status, String body, String servedBy) {
        this.status = status;
        this.body = body;
        this.servedBy = servedBy;
    }

    /** {@code 200 hello by=test-server}. */
    @Override
    public String toString() {
        return status + " " + body.trim() + " by=" + servedBy;
    }
}
