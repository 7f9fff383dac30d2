package io.fluxgate.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;

import static io.fluxgate.it.Answers.HTTP_503;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sample application and the harness without the agent: what the agent's tests build on. */
class NoAgentBaselineIT {

    private static InventoryServer server;
    private static AppProcess app;

    @BeforeAll
    static void startServerAndApp() {
        server = InventoryServer.start();
        app = AppProcess.builder().args(server.baseUrl()).start();
    }

    @AfterAll
    static void stopThem() {
        if (app != null) {
            app.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void serviceIsHealthy() {
        server.healthy();
    }

    @Test
    void aHealthyServiceAnswersEveryCommand() {
        assertEquals("OK 42", app.send("stock sku-1"));
        assertEquals("OK 17", app.send("stockat sku-1 north"));
        assertEquals("OK 42", app.send("asyncstock sku-1"));
        assertEquals("OK [sku-1, sku-2, sku-3]", app.send("skus"));
        assertEquals("OK reserved", app.send("reserve sku-1 2"));
        assertEquals("OK 1999", app.send("price list sku-1"));
        assertEquals("OK 1799", app.send("price promo sku-1"));
        assertTrue(app.send("order sku-1 2").matches("OK order-\\d+"));
        assertEquals("OK ok", app.send("ping"));
        assertEquals("OK inventory client for " + server.baseUrl(), app.send("describe"));
    }

    @Test
    void aFailingServiceSurfacesAsIOExceptionsAndFailedFutures() {
        server.failing();
        assertEquals(HTTP_503, app.send("stock sku-1"));
        assertEquals(HTTP_503, app.send("stockat sku-1 north"));
        assertEquals(HTTP_503, app.send("asyncstock sku-1"), "the future fails; the method does not throw");
        assertEquals(HTTP_503, app.send("skus"));
        assertEquals(HTTP_503, app.send("reserve sku-1 2"));
        assertEquals(HTTP_503, app.send("price list sku-1"));
        assertEquals(HTTP_503, app.send("price promo sku-1"));
        assertEquals(HTTP_503, app.send("order sku-1 2"));
        assertEquals(HTTP_503, app.send("ping"));
        assertEquals("OK inventory client for " + server.baseUrl(), app.send("describe"), "describe never fails");
    }

    @Test
    void everyCallIsOneRequestAndTheCountSeesEachOne() {
        long before = server.requestCount();
        app.send("stock sku-1");
        server.failing();
        app.send("stock sku-1");
        app.send("asyncstock sku-1");
        assertEquals(before + 3, server.requestCount());
        app.send("describe");
        assertEquals(before + 3, server.requestCount(), "describe makes no request");
    }

    @Test
    void aMalformedSkuFailsWithAnUntrackableExceptionBeforeAnyRequest() {
        long before = server.requestCount();
        assertEquals("ERR java.lang.IllegalArgumentException: invalid sku: '!'", app.send("stock !"));
        assertEquals("ERR java.lang.IllegalArgumentException: invalid sku: '!'", app.send("stockat sku-1 !"));
        assertEquals("THROWN java.lang.IllegalArgumentException: invalid sku: '!'", app.send("asyncstock !"));
        assertEquals("ERR java.lang.IllegalArgumentException: invalid sku: '!'", app.send("price list !"));
        assertEquals(before, server.requestCount());
    }

    @Test
    void aSlowServiceStillAnswers() {
        server.slow(Duration.ofMillis(200));
        long start = System.nanoTime();
        assertEquals("OK 42", app.send("stock sku-1"));
        assertTrue(System.nanoTime() - start >= Duration.ofMillis(200).toNanos());
    }

    @Test
    void aLineThatIsNoCommandGetsUsage() {
        assertTrue(app.send("fetch everything").startsWith("USAGE unknown command 'fetch'"));
        assertTrue(app.send("stock").startsWith("USAGE missing argument"));
    }

    @Test
    void quitEndsTheApplicationWithExitCodeZero() {
        try (AppProcess quitting = AppProcess.builder().args(server.baseUrl()).start()) {
            assertEquals("OK bye", quitting.send("quit"));
            assertEquals(0, quitting.awaitExit(Duration.ofSeconds(10)));
        }
    }

    @Test
    void theBaseUrlMayComeFromASystemProperty() {
        try (AppProcess configured = AppProcess.builder().systemProperty("inventory.url", server.baseUrl()).start()) {
            assertEquals("OK 42", configured.send("stock sku-1"));
        }
    }

    @Test
    void theSampleRunsOnJdk25() {
        Path jdk25 = Jdks.assumeJdk25();
        try (AppProcess onJdk25 = AppProcess.builder().javaHome(jdk25).args(server.baseUrl()).start()) {
            assertEquals("OK 42", onJdk25.send("stock sku-1"));
            server.failing();
            assertEquals(HTTP_503, onJdk25.send("stock sku-1"));
        }
    }
}
