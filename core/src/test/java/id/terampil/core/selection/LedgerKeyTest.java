package id.terampil.core.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.region.RegionCode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The ledger numbers quota regions by a key that no two regions of any level share. */
class LedgerKeyTest {

  @Test
  void regionsOfEveryLevelHaveDistinctPositiveKeys() {
    List<RegionCode> regions = new ArrayList<>();
    for (int province : new int[] {11, 33, 96}) {
      regions.add(RegionCode.ofProvince(province));
      for (int regency : new int[] {1, 10, 71, 99}) {
        regions.add(RegionCode.ofRegency(province, regency));
        for (int district : new int[] {1, 10, 99}) {
          regions.add(RegionCode.ofDistrict(province, regency, district));
          for (int village : new int[] {1001, 1010, 2001, 2999, 3999}) {
            regions.add(RegionCode.ofVillage(province, regency, district, village));
          }
        }
      }
    }
    Set<Long> keys = new HashSet<>();
    for (RegionCode region : regions) {
      long key = Ledger.key(region);
      assertTrue(key > 0, region + " has key " + key);
      keys.add(key);
    }
    assertEquals(regions.size(), keys.size(), "two regions share a key");
    assertEquals(Ledger.key(RegionCode.parse("33.75.01.1006")), Ledger.key(RegionCode.ofVillage(33, 75, 1, 1006)));
  }
}
