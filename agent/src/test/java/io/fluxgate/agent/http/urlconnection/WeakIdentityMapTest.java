package io.fluxgate.agent.http.urlconnection;

import org.junit.jupiter.api.Test;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class WeakIdentityMapTest {
    /** Equal to every other instance: only identity tells two keys apart. */
    private static final class AllEqual {
        @Override
        public boolean equals(Object other) {
            return other instanceof AllEqual;
        }

        @Override
        public int hashCode() {
            return 1;
        }
    }

    @Test
    void keysAreTheirOwnObjectsNotEqualOnes() {
        WeakIdentityMap<Object, String> map = new WeakIdentityMap<>();
        Object first = new AllEqual();
        Object second = new AllEqual();

        map.put(first, "first");
        assertNull(map.get(second));
        map.put(second, "second");
        map.put(first, "first again");

        assertEquals("first again", map.get(first));
        assertEquals("second", map.get(second));
        assertEquals(2, map.size(), "replacing a value adds no entry");
    }

    @Test
    void anEntryGoesOnceItsKeyIsCollected() {
        WeakIdentityMap<Object, String> map = new WeakIdentityMap<>();
        Object kept = new Object();
        map.put(kept, "kept");
        WeakReference<Object> dropped = putAndDrop(map);

        // the collector clears the key, then the JVM queues it for the map: collect until both happened
        for (int attempt = 0; attempt < 100 && (dropped.get() != null || map.size() > 1); attempt++) {
            System.gc();
        }
        assertNull(dropped.get(), "the dropped key was not collected after 100 full collections");
        assertEquals(1, map.size(), "the entry of the collected key is gone");
        assertEquals("kept", map.get(kept));
    }

    /** Puts an entry whose key nothing else refers to; answers a weak reference to that key. */
    private static WeakReference<Object> putAndDrop(WeakIdentityMap<Object, String> map) {
        Object key = new Object();
        map.put(key, "dropped");
        assertEquals("dropped", map.get(key));
        return new WeakReference<>(key);
    }

    @Test
    void threadsSeeTheirOwnEntriesWhileOthersWrite() throws Exception {
        WeakIdentityMap<Object, Integer> map = new WeakIdentityMap<>();
        int threads = 4;
        int keysEach = 2_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> mismatches = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                mismatches.add(pool.submit(() -> {
                    start.await();
                    List<Object> keys = new ArrayList<>();
                    int wrong = 0;
                    for (int i = 0; i < keysEach; i++) {
                        Object key = new Object();
                        keys.add(key);
                        map.put(key, i);
                        map.put(key, i + 1);
                    }
                    for (int i = 0; i < keysEach; i++) {
                        Integer value = map.get(keys.get(i));
                        wrong += value != null && value == i + 1 ? 0 : 1;
                    }
                    return wrong;
                }));
            }
            start.countDown();
            for (Future<Integer> wrong : mismatches) {
                assertEquals(0, wrong.get(30, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
