package id.terampil.regions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.terampil.core.region.RegionCode;
import id.terampil.core.region.RegionLevel;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How many retired codes get a successor, per level: the figures the module's README publishes.
 * A change to the successor rule or the data changes them, and this test makes that visible.
 */
class SuccessorCoverageTest {

  private final OfficialRegionDirectory regions = OfficialRegions.directory();

  @Test
  void publishedCoveragePerLevel() {
    Map<RegionLevel, int[]> found = new EnumMap<>(RegionLevel.class);
    for (RegionLevel level : RegionLevel.values()) {
      int retired = 0;
      int withSuccessor = 0;
      for (RegionCode code : regions.retiredCodes(level)) {
        retired++;
        if (regions.successor(code).isPresent()) {
          withSuccessor++;
        }
      }
      found.put(level, new int[] {withSuccessor, retired});
    }
    String figures = figures(found);
    System.out.println("successor coverage: " + figures);
    assertEquals("PROVINCE 0/0, REGENCY 26/26, DISTRICT 591/594, VILLAGE 6608/6914", figures);
  }

  @Test
  void sameNameUnderTheSuccessorParentAloneFindsFewerVillages() {
    // Step 1 of the rule only (same name under the parent or its successor): the figure the
    // README gives for it; step 2 (a new code elsewhere in the same regency) adds the rest.
    RegionTable table = RegionTable.load();
    int[] stepOne = Successors.compute(table, false);
    int[] both = Successors.compute(table, true);
    int[] perLevelStepOne = new int[4];
    int[] perLevelBoth = new int[4];
    for (int i = 0; i < table.size(); i++) {
      int level = table.level(i).ordinal();
      if (stepOne[i] != Successors.NONE) {
        perLevelStepOne[level]++;
        // step 2 never changes what step 1 found
        assertEquals(stepOne[i], both[i], table.code(i).toString());
      }
      if (both[i] != Successors.NONE) {
        perLevelBoth[level]++;
      }
    }
    assertEquals("[0, 26, 591, 5396]", java.util.Arrays.toString(perLevelStepOne));
    assertEquals("[0, 26, 591, 6608]", java.util.Arrays.toString(perLevelBoth));
  }

  private static String figures(Map<RegionLevel, int[]> found) {
    StringBuilder out = new StringBuilder();
    found.forEach(
        (level, f) -> {
          if (out.length() > 0) {
            out.append(", ");
          }
          out.append(level).append(' ').append(f[0]).append('/').append(f[1]);
        });
    return out.toString();
  }
}
