package id.terampil.validation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

/**
 * A map from a NIK's numeric value ({@link id.terampil.core.identity.Nik#toLong()}, always
 * positive) to a {@code long}, for the duplicate pass of the {@link BatchValidator}: open
 * addressing with linear probing over one primitive array of key-value pairs (a key and its value
 * share a cache line), so a batch of a million records costs one array instead of a million boxed
 * keys, values and entries. Not thread-safe; confined to one call of
 * {@link BatchValidator#validate}.
 */
final class NikTable {

  /** The largest capacity: 2^29 slots (an array of 2^30 longs). */
  private static final int MAX_CAPACITY = 1 << 29;

  /**
   * The pairs: key at {@code 2 * slot}, value at {@code 2 * slot + 1}. A key of 0 marks an empty
   * slot: no NIK has the value 0 (its province would be 00).
   */
  private long[] table;

  private int size;

  /** Creates a table for about {@code expected} keys. */
  NikTable(int expected) {
    int capacity = 16;
    while (capacity < MAX_CAPACITY && capacity < (long) expected * 2) {
      capacity <<= 1;
    }
    table = new long[capacity * 2];
  }

  /**
   * Returns the value of {@code key}, or stores {@code value} for it and returns -1 if it had
   * none.
   */
  long putIfAbsent(long key, long value) {
    checkArgument(key > 0, "key must be positive: %s", key);
    long[] t = table;
    checkState(size < t.length / 2 - 1, "more than %s distinct NIKs in one batch", MAX_CAPACITY);
    int mask = t.length / 2 - 1;
    int i = slot(key, mask);
    while (t[2 * i] != 0) {
      if (t[2 * i] == key) {
        return t[2 * i + 1];
      }
      i = (i + 1) & mask;
    }
    t[2 * i] = key;
    t[2 * i + 1] = value;
    if (++size * 4L > t.length && t.length / 2 < MAX_CAPACITY) {
      grow();
    }
    return -1;
  }

  private void grow() {
    long[] old = table;
    long[] t = new long[old.length * 2];
    int mask = t.length / 2 - 1;
    for (int j = 0; j < old.length; j += 2) {
      long key = old[j];
      if (key != 0) {
        int i = slot(key, mask);
        while (t[2 * i] != 0) {
          i = (i + 1) & mask;
        }
        t[2 * i] = key;
        t[2 * i + 1] = old[j + 1];
      }
    }
    table = t;
  }

  /** A well-mixed slot: NIKs share long prefixes and differ mostly in their last digits. */
  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 29)) & mask;
  }
}
