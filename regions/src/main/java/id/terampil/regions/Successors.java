package id.terampil.regions;

import id.terampil.core.region.RegionCode;
import id.terampil.core.region.RegionLevel;
import java.util.Arrays;

/**
 * Finds the current code of the same place for each retired code: the one rule for successors.
 *
 * <ol>
 *   <li>The candidate parents: for a regency, its own province and every province that the list
 *       did not have when the regency was last listed (so 91.01 may move to 93, created in 2022);
 *       for a district or village, its parent if current, else the parent's successor (found
 *       first, since parents come before children), else none.
 *   <li>Step 1: the current children of the candidate parents whose name matches (by {@link
 *       RegionNames#key}, comparing every spelling of either code), a kota only with a kota and a
 *       kabupaten only with a kabupaten. A village's kind digit is not compared, so a desa
 *       re-coded as a kelurahan of the same name in the same district ({@code …2001} to {@code
 *       …1001}) is the same place.
 *   <li>Step 2, for a district or village step 1 found nothing for: the current codes of the
 *       same level in the (successor) regency that the list did not have when the retired code
 *       was last listed, with a matching name; this follows a village into a district split off
 *       from its own.
 *   <li>Exactly one candidate is the successor; none or several give none.
 * </ol>
 */
final class Successors {

  static final int NONE = -1;

  private Successors() {}

  /** Returns, per position in {@code table}, the position of the successor or {@link #NONE}. */
  static int[] compute(RegionTable table) {
    return compute(table, true);
  }

  /**
   * Returns the successors, with or without step 2 (to measure what each step contributes).
   *
   * @param table the codes
   * @param withinRegency whether to apply step 2
   */
  static int[] compute(RegionTable table, boolean withinRegency) {
    int n = table.size();
    String[][] keys = new String[n][];
    int[] successors = new int[n];
    Arrays.fill(successors, NONE);
    for (int i = 0; i < n; i++) {
      if (!table.isCurrent(i)) {
        successors[i] = find(table, keys, successors, i, withinRegency);
      }
    }
    return successors;
  }

  private static int find(
      RegionTable table, String[][] keys, int[] successors, int retired, boolean withinRegency) {
    RegionCode code = table.code(retired);
    RegionLevel level = code.level();
    if (level == RegionLevel.PROVINCE) {
      return NONE;
    }
    int[] parents = candidateParents(table, successors, retired);
    int found = NONE;
    int count = 0;
    for (int parent : parents) {
      int[] range = table.rangeWithin(table.code(parent));
      for (int c = range[0]; c < range[1]; c++) {
        if (table.isCurrent(c)
            && table.level(c) == level
            && sameKind(code, table.code(c))
            && namesMatch(table, keys, retired, c)) {
          found = c;
          count++;
        }
      }
    }
    if (withinRegency && count == 0 && level != RegionLevel.REGENCY && parents.length == 1) {
      RegionCode regency = table.code(parents[0]).truncateTo(RegionLevel.REGENCY);
      int lastBit = table.lastEditionBit(retired);
      int[] range = table.rangeWithin(regency);
      for (int c = range[0]; c < range[1]; c++) {
        if (table.isCurrent(c)
            && (table.editions[c] & lastBit) == 0
            && table.level(c) == level
            && namesMatch(table, keys, retired, c)) {
          found = c;
          count++;
        }
      }
    }
    return count == 1 ? found : NONE;
  }

  private static int[] candidateParents(RegionTable table, int[] successors, int retired) {
    RegionCode code = table.code(retired);
    int parent = table.indexOf(code.parent().orElseThrow());
    if (parent < 0) {
      return new int[0];
    }
    if (code.level() == RegionLevel.REGENCY) {
      int lastBit = table.lastEditionBit(retired);
      int[] provinces = new int[64];
      int count = 0;
      for (int i = 0; i < table.size(); i++) {
        if (table.level(i) == RegionLevel.PROVINCE
            && table.isCurrent(i)
            && (i == parent || (table.editions[i] & lastBit) == 0)) {
          provinces[count++] = i;
        }
      }
      return Arrays.copyOf(provinces, count);
    }
    if (table.isCurrent(parent)) {
      return new int[] {parent};
    }
    return successors[parent] == NONE ? new int[0] : new int[] {successors[parent]};
  }

  /** A kota matches only a kota, a kabupaten only a kabupaten; below regency level the parent decides. */
  private static boolean sameKind(RegionCode retired, RegionCode candidate) {
    return retired.level() != RegionLevel.REGENCY
        || retired.regencyKind().equals(candidate.regencyKind());
  }

  private static boolean namesMatch(RegionTable table, String[][] keys, int a, int b) {
    for (String x : keys(table, keys, a)) {
      for (String y : keys(table, keys, b)) {
        if (x.equals(y)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The comparison keys of every spelling of the code at {@code i}, computed once. */
  static String[] keys(RegionTable table, String[][] cache, int i) {
    String[] k = cache[i];
    if (k == null) {
      int from = table.spellingStart[i];
      int to = table.spellingStart[i + 1];
      RegionLevel level = table.level(i);
      k = new String[to - from];
      for (int s = from; s < to; s++) {
        k[s - from] = RegionNames.key(level, table.spelling(s));
      }
      cache[i] = k;
    }
    return k;
  }
}
