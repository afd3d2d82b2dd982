package id.terampil.core.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

/**
 * A map from positive {@code long} keys (a NIK's number, {@link
 * id.terampil.core.identity.Nik#toLong()}, or a region's) to non-negative {@code long} values,
 * for the passes over the applicants of a selection (its index of outcomes by NIK, its quota
 * slots by region). Not an API.
 *
 * <p>Open addressing with linear probing over one primitive array of key-value pairs, a key
 * beside its value so that both share a cache line: each operation is O(1) on average, with no
 * boxing and no allocation except when the map grows. It grows (doubling) when more than half
 * full, up to 2^29 slots. NIKs share long runs of digits (region, birth date) and differ mostly in
 * their last digits, so the slot is taken from a multiplicative hash mixed with an xor-shift.
 *
 * <p>Not thread-safe.
 *
 * @since 0.1.0
 */
public final class NikMap {

  /** The largest number of slots: 2^29 (an array of 2^30 longs). */
  private static final int MAX_SLOTS = 1 << 29;

  /** The fewest slots. */
  private static final int MIN_SLOTS = 16;

  /**
   * The pairs: the key of slot {@code s} at {@code 2 * s}, its value at {@code 2 * s + 1}. A key
   * of 0 marks an empty slot: no NIK has the number 0 (its province would be 00).
   */
  private long[] table;

  private int size;

  /**
   * Creates an empty map with room for {@code expectedKeys} keys before it grows.
   *
   * @param expectedKeys the number of keys expected, not negative
   * @throws IllegalArgumentException if {@code expectedKeys} is negative
   */
  public NikMap(int expectedKeys) {
    checkArgument(expectedKeys >= 0, "expectedKeys must not be negative: %s", expectedKeys);
    int slots = MIN_SLOTS;
    while (slots < MAX_SLOTS && slots < 2L * expectedKeys) {
      slots <<= 1;
    }
    table = new long[2 * slots];
  }

  /**
   * Returns the value of {@code key}.
   *
   * @param key the key, positive
   * @return the value, or -1 if the map has no value for {@code key}
   * @throws IllegalArgumentException if {@code key} is not positive
   */
  public long get(long key) {
    checkKey(key);
    long[] t = table;
    int i = indexOf(t, key);
    return t[i] == 0 ? -1 : t[i + 1];
  }

  /**
   * Sets the value of {@code key}, replacing any value it had.
   *
   * @param key the key, positive
   * @param value the value, not negative
   * @throws IllegalArgumentException if {@code key} is not positive or {@code value} is negative
   * @throws IllegalStateException if {@code key} is new and the map already holds 2^29 - 1 keys
   */
  public void put(long key, long value) {
    checkKey(key);
    checkValue(value);
    int i = indexOf(table, key);
    if (table[i] == 0) {
      insert(i, key, value);
    } else {
      table[i + 1] = value;
    }
  }

  /**
   * Sets the value of {@code key} if it has none.
   *
   * @param key the key, positive
   * @param value the value, not negative
   * @return the value {@code key} already had (left unchanged), or -1 if it had none and now has
   *     {@code value}
   * @throws IllegalArgumentException if {@code key} is not positive or {@code value} is negative
   * @throws IllegalStateException if {@code key} is new and the map already holds 2^29 - 1 keys
   */
  public long putIfAbsent(long key, long value) {
    checkKey(key);
    checkValue(value);
    int i = indexOf(table, key);
    if (table[i] != 0) {
      return table[i + 1];
    }
    insert(i, key, value);
    return -1;
  }

  private static void checkKey(long key) {
    checkArgument(key > 0, "key must be positive: %s", key);
  }

  private static void checkValue(long value) {
    checkArgument(value >= 0, "value must not be negative: %s", value);
  }

  /** Returns the index in {@code t} of the key's slot, or of the empty slot it would take. */
  private static int indexOf(long[] t, long key) {
    int mask = t.length - 1;
    int i = slot(key, t.length / 2) << 1;
    long k;
    while ((k = t[i]) != 0 && k != key) {
      i = (i + 2) & mask;
    }
    return i;
  }

  /** Puts a new key into the empty slot at index {@code i}, growing the table when half full. */
  private void insert(int i, long key, long value) {
    long[] t = table;
    // At the largest size, keep one slot empty so that every probe ends.
    checkState(size < t.length / 2 - 1, "a NikMap holds at most %s keys", MAX_SLOTS - 1);
    t[i] = key;
    t[i + 1] = value;
    if (++size * 4L > t.length && t.length / 2 < MAX_SLOTS) {
      grow();
    }
  }

  private void grow() {
    long[] old = table;
    long[] t = new long[old.length * 2];
    for (int j = 0; j < old.length; j += 2) {
      long key = old[j];
      if (key != 0) {
        // The keys are distinct: the index is that of an empty slot.
        int i = indexOf(t, key);
        t[i] = key;
        t[i + 1] = old[j + 1];
      }
    }
    table = t;
  }

  /**
   * Returns the home slot of {@code key} among {@code slots} slots (a power of two). The xor-shift
   * brings high bits of the product down to the slot bits: for NIKs of one district with varied
   * birth dates it keeps probes near those of random keys, where the top bits of the product alone
   * (Fibonacci hashing) probe several times longer. Package-private for the spread test.
   */
  static int slot(long key, int slots) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 29)) & (slots - 1);
  }
}
