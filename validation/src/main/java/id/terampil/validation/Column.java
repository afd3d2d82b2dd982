package id.terampil.validation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;

import org.jspecify.annotations.Nullable;

/**
 * A fixed-size column of references, kept in chunks of {@value #CHUNK} elements that are made
 * when the first non-null value is set in them; an element never set is null.
 *
 * <p>Why not one array: an array of a million references is a humongous object to G1, placed in
 * the old generation at once. Every store of a young object into it then pays G1's full write
 * barrier (a memory fence and a card check), and while the array is alive, and after it dies
 * until a concurrent cycle reclaims it, it keeps the young objects it refers to alive through
 * young collections, which copy them again and again. A chunk of 16 KB is an ordinary young
 * object while the validator fills it (stores into it take the barrier's cheap path), and a dead
 * report's chunks are collected young, with what they refer to.
 *
 * @param <T> the element type
 */
final class Column<T> {

  /** The log2 of the number of elements in a chunk. */
  static final int SHIFT = 12;

  /** The number of elements in a chunk: 4,096 references, 16 KB with compressed pointers. */
  static final int CHUNK = 1 << SHIFT;

  private static final int MASK = CHUNK - 1;

  private final int size;
  private final @Nullable Object[][] chunks;

  /**
   * Makes a column of {@code size} nulls.
   *
   * @param size the number of elements, not negative
   */
  Column(int size) {
    checkArgument(size >= 0, "size must not be negative: %s", size);
    this.size = size;
    this.chunks = new Object[(int) (((long) size + MASK) >>> SHIFT)][];
  }

  /** Returns the number of elements. */
  int size() {
    return size;
  }

  /** Returns element {@code i}, or null if it was never set or was set to null. */
  @SuppressWarnings("unchecked")
  @Nullable T get(int i) {
    checkElementIndex(i, size);
    Object[] chunk = chunks[i >>> SHIFT];
    return chunk == null ? null : (T) chunk[i & MASK];
  }

  /** Sets element {@code i}; making its chunk if {@code value} is the first non-null in it. */
  void set(int i, @Nullable T value) {
    checkElementIndex(i, size);
    Object[] chunk = chunks[i >>> SHIFT];
    if (chunk == null) {
      if (value == null) {
        return;
      }
      chunk = new Object[Math.min(CHUNK, size - (i & ~MASK))];
      chunks[i >>> SHIFT] = chunk;
    }
    chunk[i & MASK] = value;
  }
}
