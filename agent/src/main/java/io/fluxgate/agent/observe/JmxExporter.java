package io.fluxgate.agent.observe;

import io.fluxgate.CircuitBreaker;
import io.fluxgate.agent.runtime.Breakers;

import javax.management.InstanceAlreadyExistsException;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * {@code {"type": "jmx"}}: an MBean per breaker, {@code io.fluxgate:type=CircuitBreaker,name=<name>},
 * for the breakers made so far and each one made later. Breakers are made while classes are being
 * woven, so registration is handed to a thread of its own: JMX never runs inside class loading,
 * nor in {@code premain} where it would start the platform MBean server before the application
 * has set it up.
 */
final class JmxExporter {
    static final String DOMAIN = "io.fluxgate";

    private final Supplier<MBeanServer> server;
    private final Executor registrar;
    private final Consumer<String> say;
    private final AtomicBoolean failureTold = new AtomicBoolean();
    private final Set<ObjectName> registered = ConcurrentHashMap.newKeySet();

    JmxExporter(Supplier<MBeanServer> server, Executor registrar, Consumer<String> say) {
        this.server = server;
        this.registrar = registrar;
        this.say = say;
    }

    /** The platform MBean server, registering on a daemon thread that ends when idle. */
    static JmxExporter platform(Consumer<String> say) {
        ThreadPoolExecutor registrar = new ThreadPoolExecutor(1, 1, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                runnable -> {
                    Thread thread = new Thread(runnable, "fluxgate-jmx");
                    thread.setDaemon(true);
                    thread.setContextClassLoader(JmxExporter.class.getClassLoader());
                    return thread;
                });
        registrar.allowCoreThreadTimeOut(true);
        return new JmxExporter(ManagementFactory::getPlatformMBeanServer, registrar, say);
    }

    /** Registers an MBean per breaker, replaced when a reload rebuilds the breaker; returns what stops watching. */
    Runnable watch(Breakers breakers) {
        Runnable created = breakers.onCreated(breaker -> registrar.execute(() -> register(breaker)));
        Runnable removed = breakers.onRemoved(name -> registrar.execute(() -> unregister(name)));
        return () -> {
            created.run();
            removed.run();
        };
    }

    /** {@code io.fluxgate:type=CircuitBreaker,name=<name>}, the name quoted when it holds characters ObjectName reserves. */
    static ObjectName objectName(String breakerName) throws MalformedObjectNameException {
        String prefix = DOMAIN + ":type=CircuitBreaker,name=";
        try {
            ObjectName plain = new ObjectName(prefix + breakerName);
            if (!plain.isPattern() && breakerName.equals(plain.getKeyProperty("name"))
                    && plain.getKeyPropertyList().size() == 2) {
                return plain;
            }
        } catch (MalformedObjectNameException needsQuoting) {
            // quoted below
        }
        return new ObjectName(prefix + ObjectName.quote(breakerName));
    }

    /** Removes the MBeans this exporter registered, on the calling thread. */
    void unregisterAll() {
        for (ObjectName name : registered) {
            try {
                server.get().unregisterMBean(name);
            } catch (JMException | RuntimeException gone) {
                // unregistered already
            }
            registered.remove(name);
        }
    }

    private void unregister(String breakerName) {
        try {
            ObjectName name = objectName(breakerName);
            if (registered.remove(name)) {
                server.get().unregisterMBean(name);
            }
        } catch (JMException | RuntimeException gone) {
            // unregistered already
        }
    }

    private void register(CircuitBreaker breaker) {
        try {
            MBeanServer mbeans = server.get();
            ObjectName name = objectName(breaker.name());
            if (mbeans.isRegistered(name)) {
                // told twice of the same breaker, or a breaker of a policy this one replaced
                mbeans.unregisterMBean(name);
            }
            mbeans.registerMBean(new BreakerMBean(breaker), name);
            registered.add(name);
        } catch (InstanceAlreadyExistsException registeredConcurrently) {
            // the same breaker, registered by a concurrent notification
        } catch (JMException | RuntimeException | LinkageError failure) {
            if (failureTold.compareAndSet(false, true)) {
                say.accept("jmx: cannot register the MBean of breaker '" + breaker.name() + "': " + failure
                        + "; later failures are not reported");
            }
        }
    }
}
