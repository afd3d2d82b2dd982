package id.terampil.validation;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A map from a NIK's numeric value ({@link id.terampil.core.identity.Nik#toLong()}, always
 * positive) to a {@code long}, for the duplicate pass of the {@link BatchValidator}: open
 * addressing with linear probing over two primitive arrays, so a batch of a million records costs
 * two arrays instead of a million boxed keys, values and entries. Not thread-safe; confined to one
 * call of {@link BatchValidator#validate}.
 */
final class NikTable {

  /** The largest capacity: 2^30 slots. */
  private static final int MAX_CAPACITY = 1 << 30;

  /** 0 marks an empty slot: no NIK has the value 0 (its province would be 00). */
  private long[] keys;

  private long[] values;
  private int size;

  /** Creates a table for about {@code expected} keys. */
  NikTable(int expected) {
    int capacity = 16;
    while (capacity < MAX_CAPACITY && capacity < (long) expected * 2) {
      capacity <<= 1;
    }
    keys = new long[capacity];
    values = new long[capacity];
  }

  /**
   * Returns the value of {@code key}, or stores {@code value} for it and returns -1 if it had
   * none.
   */
  long putIfAbsent(long key, long value) {
    checkArgument(key > 0, "key must be positive: %s", key);
    int mask = keys.length - 1;
    int i = slot(key, mask);
    while (keys[i] != 0) {
      if (keys[i] == key) {
        return values[i];
      }
      i = (i + 1) & mask;
    }
    keys[i] = key;
    values[i] = value;
    if (++size * 2L > keys.length && keys.length < MAX_CAPACITY) {
      grow();
    }
    return -1;
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new long[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      long key = oldKeys[j];
      if (key != 0) {
        int i = slot(key, mask);
        while (keys[i] != 0) {
          i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = oldValues[j];
      }
    }
  }

  /** A well-mixed slot: NIKs share long prefixes and differ mostly in their last digits. */
  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 29)) & mask;
  }
}
