package id.terampil.validation;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;

/**
 * Finds the NIKs that occur more than once in a batch, for the duplicate pass of the
 * {@link BatchValidator}, after every record has been read.
 *
 * <p>A hash table with one probe per record is the obvious way, but a table for a large batch is
 * far bigger than the caches and each probe waits for memory. Here the NIKs are first spread into
 * partitions by the top bits of their hash, in one sequential pass; each partition (a few hundred
 * NIKs) is then matched in a small table that stays in the cache. The same NIK always lands in the
 * same partition, and each partition keeps the batch order, so every group lists its records in
 * increasing index. Linear in the batch; not thread-safe; confined to one call.
 */
final class NikGroups {

  /** What is done with each group of records that share a NIK. */
  @FunctionalInterface
  interface Group {
    /**
     * Receives the records with one NIK: {@code indices[from]} to {@code indices[to - 1]}, in
     * increasing order, at least two. The array is reused: it is valid only during the call.
     */
    void accept(long nik, int[] indices, int from, int to);
  }

  /** About this many NIKs per partition: a table for them fits in a core's L1 cache. */
  private static final int PARTITION_BITS = 9;

  /** At most 2^this many partitions. */
  private static final int MAX_BITS = 14;

  private NikGroups() {}

  /**
   * Calls {@code group} once for every NIK that occurs in more than one of {@code niks[0]} to
   * {@code niks[count - 1]} (0 stands for a record without a NIK and is skipped), with the indices
   * of its records in increasing order. Groups come in no particular order.
   */
  static void forEachRepeat(long[] niks, int count, Group group) {
    checkArgument(count >= 0 && count <= niks.length, "count out of range: %s", count);
    int bits = partitionBits(count);
    int partitions = 1 << bits;
    // Counting pass, then the start of each partition.
    int[] start = new int[partitions + 1];
    for (int i = 0; i < count; i++) {
      if (niks[i] != 0) {
        start[partition(niks[i], bits) + 1]++;
      }
    }
    for (int p = 0; p < partitions; p++) {
      start[p + 1] += start[p];
    }
    int total = start[partitions];
    long[] keys = new long[total];
    int[] indices = new int[total];
    int[] next = Arrays.copyOf(start, partitions);
    for (int i = 0; i < count; i++) {
      long nik = niks[i];
      if (nik != 0) {
        int at = next[partition(nik, bits)]++;
        keys[at] = nik;
        indices[at] = i;
      }
    }
    int largest = 0;
    for (int p = 0; p < partitions; p++) {
      largest = Math.max(largest, start[p + 1] - start[p]);
    }
    Matcher matcher = new Matcher(largest, keys, indices);
    for (int p = 0; p < partitions; p++) {
      matcher.match(start[p], start[p + 1], group);
    }
  }

  /** The number of partition bits for {@code count} NIKs. */
  static int partitionBits(int count) {
    int bits = 32 - Integer.numberOfLeadingZeros(count) - PARTITION_BITS;
    return Math.max(0, Math.min(MAX_BITS, bits));
  }

  private static long hash(long nik) {
    return nik * 0x9E3779B97F4A7C15L;
  }

  /** The partition of a NIK: the top bits of its hash (NIKs differ mostly in their low digits). */
  private static int partition(long nik, int bits) {
    return bits == 0 ? 0 : (int) (hash(nik) >>> (64 - bits));
  }

  /** Matches the NIKs of one partition at a time in a table reused across partitions. */
  private static final class Matcher {
    private final long[] keys;
    private final int[] indices;
    /** Per table slot: the NIK (0: empty), and the positions of its first and last occurrence. */
    private final long[] slotKeys;
    private final int[] first;
    private final int[] last;
    /** Per position: the position of the next occurrence of the same NIK, or -1. */
    private final int[] following;
    private final int[] members;

    Matcher(int largest, long[] keys, int[] indices) {
      int capacity = Integer.highestOneBit(Math.max(2, largest) * 2 - 1) << 1;
      this.keys = keys;
      this.indices = indices;
      this.slotKeys = new long[capacity];
      this.first = new int[capacity];
      this.last = new int[capacity];
      this.following = new int[keys.length];
      this.members = new int[largest];
    }

    void match(int from, int to, Group group) {
      int size = to - from;
      if (size < 2) {
        return;
      }
      // A table at most half full for this partition.
      int mask = Integer.highestOneBit(size * 2 - 1) * 2 - 1;
      Arrays.fill(slotKeys, 0, mask + 1, 0L);
      boolean repeats = false;
      for (int at = from; at < to; at++) {
        long nik = keys[at];
        following[at] = -1;
        int slot = (int) (hash(nik) >>> 16) & mask;
        while (slotKeys[slot] != 0 && slotKeys[slot] != nik) {
          slot = (slot + 1) & mask;
        }
        if (slotKeys[slot] == 0) {
          slotKeys[slot] = nik;
          first[slot] = at;
        } else {
          following[last[slot]] = at;
          repeats = true;
        }
        last[slot] = at;
      }
      if (!repeats) {
        return;
      }
      for (int slot = 0; slot <= mask; slot++) {
        if (slotKeys[slot] != 0 && first[slot] != last[slot]) {
          int n = 0;
          for (int at = first[slot]; at >= 0; at = following[at]) {
            members[n++] = indices[at];
          }
          group.accept(slotKeys[slot], members, 0, n);
        }
      }
    }
  }
}
