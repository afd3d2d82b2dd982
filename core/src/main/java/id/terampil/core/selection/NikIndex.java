package id.terampil.core.selection;

/**
 * A fixed-size hash index from NIKs (as numbers) to non-negative ints, for at most the number of
 * entries it was made for: open addressing with linear probing in one plain array (at least twice
 * as many slots as entries, each NIK beside its value), O(1) per operation, no boxing. NIKs share
 * long runs of digits (region, birth date), so the slot is taken from the high bits of a
 * multiplicative hash.
 */
final class NikIndex {

  /** Slot s holds a NIK at 2s and its value plus one at 2s + 1; 0 there marks an empty slot. */
  private final long[] table;
  private final int shift;

  /** Makes an index for at most {@code entries} entries. */
  NikIndex(int entries) {
    // 2^bits slots: more than twice the entries (at least 2 slots).
    int bits = 33 - Integer.numberOfLeadingZeros(entries);
    this.table = new long[2 << bits];
    this.shift = 64 - bits;
  }

  /** Returns the index in {@link #table} of the NIK's slot, or of the empty slot it would take. */
  private int find(long nik) {
    int mask = table.length - 1;
    int i = (int) ((nik * 0x9E3779B97F4A7C15L) >>> shift) << 1;
    while (table[i + 1] != 0 && table[i] != nik) {
      i = (i + 2) & mask;
    }
    return i;
  }

  /** Returns the value of {@code nik}, or -1 if absent. */
  int get(long nik) {
    return (int) table[find(nik) + 1] - 1;
  }

  /** Sets the value of {@code nik} (not negative). */
  void put(long nik, int value) {
    int i = find(nik);
    table[i] = nik;
    table[i + 1] = value + 1L;
  }

  /** Sets the value of {@code nik} if it has none; returns the value it had, or -1. */
  int putIfAbsent(long nik, int value) {
    int i = find(nik);
    if (table[i + 1] == 0) {
      table[i] = nik;
      table[i + 1] = value + 1L;
      return -1;
    }
    return (int) table[i + 1] - 1;
  }
}
