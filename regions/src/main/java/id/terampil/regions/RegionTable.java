package id.terampil.regions;

import id.terampil.core.region.RegionCode;
import id.terampil.core.region.RegionLevel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Every code of every edition, read once from the module's own resource {@code wilayah.tsv.gz}
 * (format: see {@code WilayahConverter} in the test sources and {@code regions/README.md}).
 *
 * <p>Built for a short load and a small heap: the uncompressed text is kept as bytes, and the
 * load only records, per code, its number ({@link RegionCode#toLong()}, ascending), its editions
 * and where its spellings lie in the text. Codes and names become objects when asked for; a name
 * is decoded once and kept (a benign race: two threads may decode the same immutable string). A
 * code is found through an open-addressing hash table over the numbers.
 */
final class RegionTable {

  static final String RESOURCE = "wilayah.tsv.gz";

  private static final RegionListEdition[] EDITIONS = RegionListEdition.values();
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;
  /** About the number of codes and of spellings in the shipped data (99,133 and 106,427). */
  private static final int INITIAL_CODES = 100_000;

  private static final int INITIAL_SPELLINGS = 108_000;

  /** The uncompressed resource. */
  private final byte[] text;
  /** {@link RegionCode#toLong()} of each code, ascending. */
  final long[] keys;
  /** The editions that list each code, one bit per edition ordinal. */
  final int[] editions;
  /** Spellings of code {@code i} are {@code spellingStart[i]} to {@code spellingStart[i+1]}. */
  final int[] spellingStart;
  /** Where each spelling's text begins and ends in {@link #text}. */
  private final int[] spellingFrom;

  private final int[] spellingTo;
  /** The editions that write each spelling, one bit per edition ordinal. */
  final int[] spellingEditions;
  /** Per code, the spelling of the latest edition that lists it. */
  private final int[] latest;
  /** Names decoded so far, by code position. */
  private final @Nullable String[] names;
  /** Position + 1 of each code by hash of its number, 0 for an empty slot. */
  private final int[] slots;

  private final int shift;
  final int currentBit;

  private RegionTable(
      byte[] text,
      long[] keys,
      int[] editions,
      int[] spellingStart,
      int[] spellingFrom,
      int[] spellingTo,
      int[] spellingEditions,
      int[] latest) {
    this.text = text;
    this.keys = keys;
    this.editions = editions;
    this.spellingStart = spellingStart;
    this.spellingFrom = spellingFrom;
    this.spellingTo = spellingTo;
    this.spellingEditions = spellingEditions;
    this.latest = latest;
    this.names = new String[keys.length];
    this.currentBit = 1 << RegionListEdition.latest().ordinal();
    int bits = 32 - Integer.numberOfLeadingZeros(Math.max(1, keys.length * 2 - 1));
    this.shift = 64 - bits;
    this.slots = new int[1 << bits];
    int mask = slots.length - 1;
    for (int i = 0; i < keys.length; i++) {
      int slot = hash(keys[i]);
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = i + 1;
    }
  }

  private int hash(long key) {
    return (int) ((key * GOLDEN) >>> shift);
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
    // One pass; the arrays start at the size of the shipped data and grow if a later edition
    // brings more.
    long[] keys = new long[INITIAL_CODES];
    int[] editions = new int[INITIAL_CODES];
    int[] latest = new int[INITIAL_CODES];
    int[] spellingStart = new int[INITIAL_CODES + 1];
    int[] spellingFrom = new int[INITIAL_SPELLINGS];
    int[] spellingTo = new int[INITIAL_SPELLINGS];
    int[] spellingEditions = new int[INITIAL_SPELLINGS];
    int n = 0;
    int s = 0;
    boolean header = false;
    int pos = 0;
    int length = text.length;
    while (pos < length) {
      byte first = text[pos];
      if (first == '@' || first == '#' || first == '\n') {
        int end = pos;
        while (end < length && text[end] != '\n') {
          end++;
        }
        if (first == '@') {
          checkEditions(new String(text, pos, end - pos, StandardCharsets.US_ASCII));
          header = true;
        }
        pos = end + 1;
        continue;
      }
      if (!header) {
        throw new IllegalStateException(RESOURCE + " has no @editions line before its codes");
      }
      int tab = pos;
      while (tab < length && text[tab] != '\t' && text[tab] != '\n') {
        tab++;
      }
      long key = key(text, pos, tab);
      if (n > 0 && key <= keys[n - 1]) {
        throw new IllegalStateException(RESOURCE + " is not in code order at " + codeOf(key));
      }
      if (n + 1 >= keys.length) {
        int more = keys.length * 2;
        keys = Arrays.copyOf(keys, more);
        editions = Arrays.copyOf(editions, more);
        latest = Arrays.copyOf(latest, more);
        spellingStart = Arrays.copyOf(spellingStart, more + 1);
      }
      keys[n] = key;
      spellingStart[n] = s;
      int all = 0;
      int best = s;
      int at = tab;
      // at points at the tab before an edition list, or at the end of the line
      while (at < length && text[at] == '\t') {
        int mask = 0;
        int i = at + 1;
        for (; i < length && text[i] != '\t'; i++) {
          int d = text[i] - '0';
          if (d < 0 || d >= EDITIONS.length) {
            throw new IllegalStateException(RESOURCE + ": bad edition list at byte " + i);
          }
          mask |= 1 << d;
        }
        int from = i + 1;
        int to = from;
        while (to < length && text[to] != '\t' && text[to] != '\n') {
          to++;
        }
        if (mask == 0 || i >= length) {
          throw new IllegalStateException(RESOURCE + ": bad spelling at byte " + at);
        }
        if (s >= spellingFrom.length) {
          int more = spellingFrom.length * 2;
          spellingFrom = Arrays.copyOf(spellingFrom, more);
          spellingTo = Arrays.copyOf(spellingTo, more);
          spellingEditions = Arrays.copyOf(spellingEditions, more);
        }
        spellingFrom[s] = from;
        spellingTo[s] = to;
        spellingEditions[s] = mask;
        if (mask > spellingEditions[best]) {
          best = s;
        }
        all |= mask;
        s++;
        at = to;
      }
      if (s == spellingStart[n]) {
        throw new IllegalStateException(RESOURCE + ": code without a name: " + codeOf(key));
      }
      editions[n] = all;
      latest[n] = best;
      n++;
      pos = at + 1;
    }
    spellingStart[n] = s;
    return new RegionTable(
        text,
        Arrays.copyOf(keys, n),
        Arrays.copyOf(editions, n),
        Arrays.copyOf(spellingStart, n + 1),
        Arrays.copyOf(spellingFrom, s),
        Arrays.copyOf(spellingTo, s),
        Arrays.copyOf(spellingEditions, s),
        Arrays.copyOf(latest, n));
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

  /** Reads a dotted code as its number, checking it with the core's rules. */
  private static long key(byte[] text, int from, int to) {
    int len = to - from;
    if (len != 2 && len != 5 && len != 8 && len != 13) {
      throw new IllegalStateException(
          "not a region code in " + RESOURCE + ": "
              + new String(text, from, len, StandardCharsets.UTF_8));
    }
    long province = digits(text, from, 2);
    long regency = len > 2 ? digits(text, from + 3, 2) : 0;
    long district = len > 5 ? digits(text, from + 6, 2) : 0;
    long village = len > 8 ? digits(text, from + 9, 4) : 0;
    long key = ((province * 100 + regency) * 100 + district) * 10_000 + village;
    // a part that is present is never zero, so the number tells the level back
    if ((len > 2 && regency == 0) || (len > 5 && district == 0) || (len > 8 && village == 0)) {
      throw new IllegalStateException("not a region code in " + RESOURCE + ": " + key);
    }
    return key;
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

  /** Returns the level of a code number: the parts below it are zero, the others never are. */
  static RegionLevel levelOf(long key) {
    if (key % 100_000_000L == 0) {
      return RegionLevel.PROVINCE;
    }
    if (key % 1_000_000L == 0) {
      return RegionLevel.REGENCY;
    }
    return key % 10_000L == 0 ? RegionLevel.DISTRICT : RegionLevel.VILLAGE;
  }

  /** Returns the code of a number (the inverse of {@link RegionCode#toLong()}). */
  static RegionCode codeOf(long key) {
    int province = (int) (key / 100_000_000L);
    int regency = (int) (key / 1_000_000L % 100);
    int district = (int) (key / 10_000L % 100);
    int village = (int) (key % 10_000L);
    switch (levelOf(key)) {
      case PROVINCE:
        return RegionCode.ofProvince(province);
      case REGENCY:
        return RegionCode.ofRegency(province, regency);
      case DISTRICT:
        return RegionCode.ofDistrict(province, regency, district);
      default:
        return RegionCode.ofVillage(province, regency, district, village);
    }
  }

  /** Returns the number of codes, current and retired. */
  int size() {
    return keys.length;
  }

  /** Returns the code at {@code index}. */
  RegionCode code(int index) {
    return codeOf(keys[index]);
  }

  /** Returns the level of the code at {@code index}. */
  RegionLevel level(int index) {
    return levelOf(keys[index]);
  }

  /** Returns the name of the code at {@code index} in its latest edition, whitespace tidied. */
  String name(int index) {
    String name = names[index];
    if (name == null) {
      name = RegionNames.displayName(spelling(latest[index]));
      names[index] = name;
    }
    return name;
  }

  /** Returns spelling {@code s} exactly as its editions write it. */
  String spelling(int s) {
    return new String(text, spellingFrom[s], spellingTo[s] - spellingFrom[s], StandardCharsets.UTF_8);
  }

  /** Returns the position of {@code code}, or -1 if no edition lists it. */
  int indexOf(RegionCode code) {
    long key = code.toLong();
    int mask = slots.length - 1;
    int slot = hash(key);
    int entry;
    while ((entry = slots[slot]) != 0) {
      if (keys[entry - 1] == key) {
        return entry - 1;
      }
      slot = (slot + 1) & mask;
    }
    return -1;
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
