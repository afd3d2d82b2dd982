package id.terampil.regions;

import id.terampil.core.region.RegionCode;
import id.terampil.core.region.RegionLevel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * Every code of every edition, read once from the module's own resource {@code wilayah.tsv.gz}
 * (format: see {@code WilayahConverter} in the test sources and {@code regions/README.md}). Codes
 * are held in code order in parallel arrays, indexed by position; a code is found by binary
 * search over {@link RegionCode#toLong()}. Immutable after construction.
 */
final class RegionTable {

  static final String RESOURCE = "wilayah.tsv.gz";

  private static final RegionListEdition[] EDITIONS = RegionListEdition.values();

  /** {@link RegionCode#toLong()} of each code, ascending. */
  final long[] keys;
  /** The codes, in the order of {@link #keys}. */
  final RegionCode[] codes;
  /** The editions that list each code, one bit per edition ordinal. */
  final int[] editions;
  /** The name of each code in the latest edition that lists it, whitespace tidied. */
  final String[] names;
  /** Spellings of code {@code i} are at {@code spellingStart[i]} to {@code spellingStart[i+1]}. */
  final int[] spellingStart;
  /** Each spelling exactly as its editions write it. */
  final String[] spellings;
  /** The editions that write each spelling, one bit per edition ordinal. */
  final int[] spellingEditions;

  final int currentBit;

  private RegionTable(
      long[] keys,
      RegionCode[] codes,
      int[] editions,
      String[] names,
      int[] spellingStart,
      String[] spellings,
      int[] spellingEditions) {
    this.keys = keys;
    this.codes = codes;
    this.editions = editions;
    this.names = names;
    this.spellingStart = spellingStart;
    this.spellings = spellings;
    this.spellingEditions = spellingEditions;
    this.currentBit = 1 << RegionListEdition.latest().ordinal();
  }

  /** Reads the module's own resource. */
  static RegionTable load() {
    try (InputStream raw = RegionTable.class.getResourceAsStream(RESOURCE)) {
      if (raw == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing from the jar");
      }
      try (InputStream in = new GZIPInputStream(raw, 1 << 16)) {
        return parse(in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Parses the uncompressed resource text. */
  static RegionTable parse(byte[] text) {
    int lines = 0;
    int tabs = 0;
    for (byte b : text) {
      if (b == '\n') {
        lines++;
      } else if (b == '\t') {
        tabs++;
      }
    }
    long[] keys = new long[lines];
    RegionCode[] codes = new RegionCode[lines];
    int[] editions = new int[lines];
    String[] names = new String[lines];
    int[] spellingStart = new int[lines + 1];
    String[] spellings = new String[tabs / 2];
    int[] spellingEditions = new int[tabs / 2];
    int n = 0;
    int s = 0;
    boolean header = false;
    int pos = 0;
    while (pos < text.length) {
      int end = pos;
      while (end < text.length && text[end] != '\n') {
        end++;
      }
      byte first = text[pos];
      if (first == '@') {
        checkEditions(new String(text, pos, end - pos, StandardCharsets.US_ASCII));
        header = true;
      } else if (first != '#' && end > pos) {
        if (!header) {
          throw new IllegalStateException(RESOURCE + " has no @editions line before its codes");
        }
        int tab = indexOf(text, pos, end, (byte) '\t');
        RegionCode code = code(text, pos, tab);
        long key = code.toLong();
        if (n > 0 && key <= keys[n - 1]) {
          throw new IllegalStateException(RESOURCE + " is not in code order at " + code);
        }
        keys[n] = key;
        codes[n] = code;
        spellingStart[n] = s;
        int all = 0;
        int at = tab + 1;
        while (at < end) {
          int tab2 = indexOf(text, at, end, (byte) '\t');
          int tab3 = indexOf(text, tab2 + 1, end, (byte) '\t');
          int mask = 0;
          for (int i = at; i < tab2; i++) {
            mask |= 1 << (text[i] - '0');
          }
          spellings[s] = new String(text, tab2 + 1, tab3 - tab2 - 1, StandardCharsets.UTF_8);
          spellingEditions[s] = mask;
          all |= mask;
          s++;
          at = tab3 + 1;
        }
        editions[n] = all;
        names[n] = RegionNames.displayName(latestSpelling(spellings, spellingEditions, spellingStart[n], s));
        n++;
      }
      pos = end + 1;
    }
    spellingStart[n] = s;
    return new RegionTable(
        Arrays.copyOf(keys, n),
        Arrays.copyOf(codes, n),
        Arrays.copyOf(editions, n),
        Arrays.copyOf(names, n),
        Arrays.copyOf(spellingStart, n + 1),
        Arrays.copyOf(spellings, s),
        Arrays.copyOf(spellingEditions, s));
  }

  private static void checkEditions(String line) {
    String[] years = line.substring("@editions".length()).trim().split(" ");
    boolean same = years.length == EDITIONS.length;
    for (int i = 0; same && i < years.length; i++) {
      same = years[i].equals(Integer.toString(EDITIONS[i].year()));
    }
    if (!same) {
      throw new IllegalStateException(
          RESOURCE + " holds editions " + String.join(" ", years)
              + ", RegionListEdition knows " + Arrays.toString(EDITIONS));
    }
  }

  private static String latestSpelling(String[] spellings, int[] masks, int from, int to) {
    int best = from;
    for (int i = from + 1; i < to; i++) {
      if (Integer.highestOneBit(masks[i]) > Integer.highestOneBit(masks[best])) {
        best = i;
      }
    }
    return spellings[best];
  }

  private static int indexOf(byte[] text, int from, int to, byte b) {
    for (int i = from; i < to; i++) {
      if (text[i] == b) {
        return i;
      }
    }
    return to;
  }

  private static RegionCode code(byte[] text, int from, int to) {
    int len = to - from;
    int province = digits(text, from, 2);
    switch (len) {
      case 2:
        return RegionCode.ofProvince(province);
      case 5:
        return RegionCode.ofRegency(province, digits(text, from + 3, 2));
      case 8:
        return RegionCode.ofDistrict(province, digits(text, from + 3, 2), digits(text, from + 6, 2));
      case 13:
        return RegionCode.ofVillage(
            province,
            digits(text, from + 3, 2),
            digits(text, from + 6, 2),
            digits(text, from + 9, 4));
      default:
        throw new IllegalStateException(
            "not a region code in " + RESOURCE + ": "
                + new String(text, from, len, StandardCharsets.UTF_8));
    }
  }

  private static int digits(byte[] text, int from, int width) {
    int value = 0;
    for (int i = from; i < from + width; i++) {
      int d = text[i] - '0';
      if (d < 0 || d > 9) {
        throw new IllegalStateException("not a digit in a code of " + RESOURCE + " at byte " + i);
      }
      value = value * 10 + d;
    }
    return value;
  }

  /** Returns the number of codes, current and retired. */
  int size() {
    return keys.length;
  }

  /** Returns the position of {@code code}, or a negative number if no edition lists it. */
  int indexOf(RegionCode code) {
    return Arrays.binarySearch(keys, code.toLong());
  }

  /** Returns whether the code at {@code index} is in the current edition. */
  boolean isCurrent(int index) {
    return (editions[index] & currentBit) != 0;
  }

  /** Returns the edition bit of the latest edition that lists the code at {@code index}. */
  int lastEditionBit(int index) {
    return Integer.highestOneBit(editions[index]);
  }

  /**
   * Returns the positions {@code [from, to)} of the codes within {@code parent}, the parent
   * itself included if listed.
   */
  int[] rangeWithin(RegionCode parent) {
    long start = parent.toLong();
    long span;
    RegionLevel level = parent.level();
    if (level == RegionLevel.PROVINCE) {
      span = 100_000_000L;
    } else if (level == RegionLevel.REGENCY) {
      span = 1_000_000L;
    } else if (level == RegionLevel.DISTRICT) {
      span = 10_000L;
    } else {
      span = 1L;
    }
    return new int[] {lowerBound(start), lowerBound(start + span)};
  }

  private int lowerBound(long key) {
    int i = Arrays.binarySearch(keys, key);
    return i >= 0 ? i : -i - 1;
  }
}
