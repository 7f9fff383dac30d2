package io.fluxgate.agent.http.urlconnection;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A map for state kept beside objects the agent cannot add fields to: keys are compared by
 * identity and held weakly, so an entry goes once its key is collected. Every thread of the
 * application reads it, so reads take no lock (a {@link ConcurrentHashMap} underneath) and
 * allocate nothing but a small lookup key; entries whose keys were collected are removed by the
 * inserts that follow (and by {@link #size}). Values must not refer to their key, or it is never collected.
 */
final class WeakIdentityMap<K, V> {
    private final ConcurrentHashMap<Object, V> entries = new ConcurrentHashMap<>();
    private final ReferenceQueue<Object> collected = new ReferenceQueue<>();

    V get(K key) {
        return entries.get(new Lookup(key));
    }

    void put(K key, V value) {
        if (entries.replace(new Lookup(key), value) == null) {
            expunge();
            entries.put(new WeakKey(key, collected), value);
        }
    }

    /** Entries whose keys were not found collected yet. */
    int size() {
        expunge();
        return entries.size();
    }

    private void expunge() {
        for (Reference<?> gone = collected.poll(); gone != null; gone = collected.poll()) {
            entries.remove(gone);   // the very key object that was stored: found by ==
        }
    }

    /** A stored key: its referent held weakly, its identity hash kept for after the referent is gone. */
    private static final class WeakKey extends WeakReference<Object> {
        private final int hash;

        WeakKey(Object referent, ReferenceQueue<Object> queue) {
            super(referent, queue);
            this.hash = System.identityHashCode(referent);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (other == this) {
                return true;
            }
            Object referent = get();
            return referent != null && other instanceof WeakKey && ((WeakKey) other).get() == referent;
        }
    }

    /** A key to look with: the map only ever asks it whether it stands for a stored key. */
    private static final class Lookup {
        private final Object referent;

        Lookup(Object referent) {
            this.referent = referent;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(referent);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof WeakKey && ((WeakKey) other).get() == referent;
        }
    }
}
