package io.fluxgate.demo;

import io.fluxgate.CallNotPermittedException;
import io.fluxgate.CircuitBreaker;
import io.fluxgate.Retries;
import io.fluxgate.Trippers;

import java.io.IOException;
import java.time.Duration;

/**
 * Fluxgate used as a plain library: a dependency that fails, a breaker that opens, a fallback,
 * and the recovery once the dependency is back.
 */
public final class CoreDemo {
    private static boolean dependencyUp = true;

    private CoreDemo() {
    }

    public static void main(String[] args) throws InterruptedException {
        CircuitBreaker breaker = CircuitBreaker.builder("inventory")
                .tripper(Trippers.parse("FailureStreak(3) | (MinRequests(5) & FailureRate(0.5))"))
                .retry(Retries.cooldown(Duration.ofSeconds(1)))
                .listener(signal -> System.out.printf("  >> breaker %s: %s -> %s%n",
                        signal.breakerName(), signal.oldState(), signal.newState()))
                .build();

        for (int call = 1; call <= 12; call++) {
            if (call == 3) {
                System.out.println("  (the inventory service goes down)");
                dependencyUp = false;
            }
            if (call == 9) {
                System.out.println("  (the inventory service is back; waiting out the 1s cooldown)");
                dependencyUp = true;
                Thread.sleep(1100);
            }
            System.out.printf("call %2d: %s%n", call, describe(breaker));
        }
    }

    private static String describe(CircuitBreaker breaker) {
        try {
            return "stock = " + breaker.call(CoreDemo::fetchStock);
        } catch (CallNotPermittedException rejected) {
            return "rejected at once (" + rejected.getMessage() + ")";
        } catch (Exception failed) {
            return "failed: " + failed.getMessage();
        }
    }

    private static int fetchStock() throws IOException {
        if (!dependencyUp) {
            throw new IOException("connection refused");
        }
        return 42;
    }
}
