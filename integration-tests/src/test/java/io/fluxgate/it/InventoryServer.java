package io.fluxgate.it;

import demo.legacy.FlakyInventoryService;
import demo.legacy.ServiceMode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

/**
 * The sample application's flaky inventory service, run inside the test JVM on 127.0.0.1 and a
 * free port. Its request count tells whether a call reached the service at all.
 */
public final class InventoryServer implements AutoCloseable {
    private final FlakyInventoryService service;

    private InventoryServer(FlakyInventoryService service) {
        this.service = service;
    }

    /** A healthy service. */
    public static InventoryServer start() {
        try {
            return new InventoryServer(FlakyInventoryService.start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the inventory service", e);
        }
    }

    public String baseUrl() {
        return service.baseUrl();
    }

    public InventoryServer healthy() {
        service.setMode(ServiceMode.HEALTHY);
        return this;
    }

    /** Every request answers 503. */
    public InventoryServer failing() {
        service.setMode(ServiceMode.FAILING);
        return this;
    }

    /** Every request answers correctly after {@code delay}. */
    public InventoryServer slow(Duration delay) {
        service.setSlowDelayMillis(delay.toMillis());
        service.setMode(ServiceMode.SLOW);
        return this;
    }

    /** Requests that reached the service so far. */
    public long requestCount() {
        return service.requestCount();
    }

    @Override
    public void close() {
        service.close();
    }
}
