package io.fluxgate.it;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static io.fluxgate.it.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The flaky inventory service run on its own, as the demo runs it: scripted phases and control requests. */
class FlakyServiceIT {

    @Test
    void followsItsScriptFromTheFirstRequestAndObeysControlRequests() throws IOException {
        try (AppProcess service = AppProcess.builder().mainClass("demo.legacy.FlakyInventoryService")
                .args("--script", "failing:300ms,healthy").launch()) {
            String listening = service.awaitStdout("LISTENING <port>", line -> line.startsWith("LISTENING "),
                    AppProcess.START_TIMEOUT);
            String base = "http://127.0.0.1:" + listening.substring("LISTENING ".length());

            assertEquals("503 service unavailable", exchange("GET", base + "/stock/sku-1"));
            eventually(Duration.ofSeconds(10), "the script's healthy phase", () -> exchange("GET", base + "/stock/sku-1"),
                    "200 42"::equals);
            service.awaitStdout("narrating the failing phase", line -> line.contains("now failing"), Duration.ofSeconds(5));
            service.awaitStdout("narrating the healthy phase", line -> line.contains("now healthy"), Duration.ofSeconds(5));

            assertEquals("200 failing", exchange("POST", base + "/control/mode/failing"));
            assertEquals("200 failing", exchange("GET", base + "/control/mode"));
            assertEquals("503 service unavailable", exchange("GET", base + "/skus"));
            String count = exchange("GET", base + "/control/count");
            assertTrue(count.matches("200 \\d+") && Long.parseLong(count.substring(4)) >= 3, count);
            assertEquals("400 unknown mode 'sideways': healthy, failing or slow",
                    exchange("POST", base + "/control/mode/sideways"));
            assertEquals("200 slow", exchange("POST", base + "/control/mode/slow?delayMillis=10"));
            assertEquals("200 sku-1\nsku-2\nsku-3", exchange("GET", base + "/skus"));
            assertEquals("204 ", exchange("POST", base + "/reserve/sku-1?qty=1"));
        }
    }

    /** {@code "<status> <trimmed body>"}. */
    private static String exchange(String method, String url) {
        try {
            HttpURLConnection connection = (HttpURLConnection) new URL(url).openConnection();
            connection.setRequestMethod(method);
            connection.setConnectTimeout(5_000);
            connection.setReadTimeout(10_000);
            int status = connection.getResponseCode();
            InputStream body = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
            String text = body == null ? "" : read(body).trim();
            connection.disconnect();
            return status + " " + text;
        } catch (IOException e) {
            return "no answer: " + e;
        }
    }

    private static String read(InputStream in) throws IOException {
        try (InputStream body = in) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            body.transferTo(bytes);
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
