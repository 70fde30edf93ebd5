package app.brigade.store.projection;

import java.util.UUID;

/**
 * The event ids a rebuild has applied, in memory, so {@code event_log} needs no primary-key index while
 * it is filled (ADR 0019). Open addressing over two {@code long} arrays: 16 bytes an id at most half
 * full, ≈ 32 MB for a million events, against ≈ 80 MB for a {@code HashSet<UUID>}. The all-zero UUID
 * is kept in a flag of its own because zero marks an empty slot. Not thread-safe: the rebuild's single
 * writer uses it.
 */
final class EventIdSet {

    private long[] high;
    private long[] low;
    private int size;
    private boolean hasZero;

    EventIdSet() {
        this(1 << 16);
    }

    EventIdSet(int initialCapacity) {
        int capacity = Integer.highestOneBit(Math.max(16, initialCapacity - 1) << 1);
        high = new long[capacity];
        low = new long[capacity];
    }

    /** True when {@code id} was not in the set and is now. */
    boolean add(UUID id) {
        long h = id.getMostSignificantBits();
        long l = id.getLeastSignificantBits();
        if (h == 0 && l == 0) {
            boolean added = !hasZero;
            hasZero = true;
            return added;
        }
        if ((size + 1) * 2 > high.length) {
            grow();
        }
        return insert(high, low, h, l);
    }

    /** Takes {@code id} out again (its transaction was rolled back); nothing when it is not there. */
    void remove(UUID id) {
        long h = id.getMostSignificantBits();
        long l = id.getLeastSignificantBits();
        if (h == 0 && l == 0) {
            hasZero = false;
            return;
        }
        int mask = high.length - 1;
        int i = slot(h, l, mask);
        while (high[i] != 0 || low[i] != 0) {
            if (high[i] == h && low[i] == l) {
                high[i] = 0;
                low[i] = 0;
                size--;
                // Re-place the rest of the cluster so no later id is cut off from its slot.
                for (int j = (i + 1) & mask; high[j] != 0 || low[j] != 0; j = (j + 1) & mask) {
                    long rh = high[j];
                    long rl = low[j];
                    high[j] = 0;
                    low[j] = 0;
                    size--;
                    insert(high, low, rh, rl);
                }
                return;
            }
            i = (i + 1) & mask;
        }
    }

    boolean contains(UUID id) {
        long h = id.getMostSignificantBits();
        long l = id.getLeastSignificantBits();
        if (h == 0 && l == 0) {
            return hasZero;
        }
        int mask = high.length - 1;
        for (int i = slot(h, l, mask); high[i] != 0 || low[i] != 0; i = (i + 1) & mask) {
            if (high[i] == h && low[i] == l) {
                return true;
            }
        }
        return false;
    }

    int size() {
        return size + (hasZero ? 1 : 0);
    }

    private boolean insert(long[] hs, long[] ls, long h, long l) {
        int mask = hs.length - 1;
        int i = slot(h, l, mask);
        while (hs[i] != 0 || ls[i] != 0) {
            if (hs[i] == h && ls[i] == l) {
                return false;
            }
            i = (i + 1) & mask;
        }
        hs[i] = h;
        ls[i] = l;
        size++;
        return true;
    }

    private void grow() {
        long[] oldHigh = high;
        long[] oldLow = low;
        high = new long[oldHigh.length * 2];
        low = new long[oldLow.length * 2];
        size = 0;
        for (int i = 0; i < oldHigh.length; i++) {
            if (oldHigh[i] != 0 || oldLow[i] != 0) {
                insert(high, low, oldHigh[i], oldLow[i]);
            }
        }
    }

    private static int slot(long h, long l, int mask) {
        long x = h * 0x9E3779B97F4A7C15L ^ l;
        x ^= x >>> 32;
        x *= 0xC2B2AE3D27D4EB4FL;
        return (int) (x ^ (x >>> 29)) & mask;
    }
}
