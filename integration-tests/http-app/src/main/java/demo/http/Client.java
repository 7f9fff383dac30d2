package demo.http;

import java.io.IOException;

/** One HTTP client library, used the way legacy code uses it. */
interface Client {
    /** A synchronous GET. */
    Fetched get(String url) throws Exception;

    /** An asynchronous GET, waited for; its failure is thrown as the exception it failed with. */
    default Fetched getAsync(String url) throws Exception {
        throw new IOException("this client has no asynchronous GET here");
    }

    /** A GET that reads the body stream only (HttpURLConnection's classic style). */
    default Fetched stream(String url) throws Exception {
        return get(url);
    }
}
