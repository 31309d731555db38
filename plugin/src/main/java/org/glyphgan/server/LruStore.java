package org.glyphgan.server;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Values kept in memory under random ids, at most {@code capacity}; adding one more drops the
 * least recently used. Thread-safe.
 */
final class LruStore<T> {
    private static final SecureRandom IDS = new SecureRandom();
    private static final int ID_BYTES = 12;

    private final Map<String, T> values;

    LruStore(int capacity) {
        this.values = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, T> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Stores {@code value} under a new random id and returns the id. */
    synchronized String add(T value) {
        String id = newId();
        values.put(id, value);
        return id;
    }

    synchronized Optional<T> get(String id) {
        return Optional.ofNullable(values.get(id));
    }

    /** Replaces the value under {@code id} with {@code update}'s result; false when the id is unknown. */
    synchronized boolean update(String id, UnaryOperator<T> update) {
        T old = values.get(id);
        if (old == null) {
            return false;
        }
        values.put(id, update.apply(old));
        return true;
    }

    static String newId() {
        byte[] bytes = new byte[ID_BYTES];
        IDS.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
