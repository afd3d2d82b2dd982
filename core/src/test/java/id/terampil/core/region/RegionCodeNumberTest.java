package id.terampil.core.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A region code as a number: its digits, zeros below its level, distinct and in code order. */
class RegionCodeNumberTest {

  @Test
  void theNumberIsTheDigitsWithZerosBelowTheLevel() {
    assertEquals(3375011006L, RegionCode.parse("33.75.01.1006").toLong());
    assertEquals(3375010000L, RegionCode.parse("33.75.01").toLong());
    assertEquals(3375000000L, RegionCode.parse("33.75").toLong());
    assertEquals(3300000000L, RegionCode.parse("33").toLong());
    assertEquals(1101012001L, RegionCode.ofVillage(11, 1, 1, 2001).toLong());
    assertEquals(9699993999L, RegionCode.ofVillage(96, 99, 99, 3999).toLong());
  }

  @Test
  void codesOfEveryLevelHaveDistinctPositiveNumbersInCodeOrder() {
    List<RegionCode> codes = new ArrayList<>();
    for (int province : new int[] {11, 33, 96}) {
      codes.add(RegionCode.ofProvince(province));
      for (int regency : new int[] {1, 10, 71, 99}) {
        codes.add(RegionCode.ofRegency(province, regency));
        for (int district : new int[] {1, 10, 99}) {
          codes.add(RegionCode.ofDistrict(province, regency, district));
          for (int village : new int[] {1001, 1010, 2001, 2999, 3999}) {
            codes.add(RegionCode.ofVillage(province, regency, district, village));
          }
        }
      }
    }
    Set<Long> numbers = new HashSet<>();
    for (RegionCode code : codes) {
      assertTrue(code.toLong() > 0, code + " has number " + code.toLong());
      numbers.add(code.toLong());
    }
    assertEquals(codes.size(), numbers.size(), "two codes share a number");
    for (RegionCode a : codes) {
      for (RegionCode b : codes) {
        assertEquals(
            Integer.signum(a.compareTo(b)),
            Long.signum(Long.compare(a.toLong(), b.toLong())),
            a + " against " + b);
      }
    }
  }
}
