package id.terampil.core.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Boundaries of the region-code factories, the lenient parser, and hashing. */
class RegionCodeEdgeTest {

  private static void assertRejected(Executable factory, String message) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, factory);
    assertEquals(message, e.getMessage());
  }

  @Test
  void everyFactoryRejectsAnUnknownProvince() {
    assertRejected(() -> RegionCode.ofRegency(10, 1), "province code 10 is not a known province");
    assertRejected(() -> RegionCode.ofDistrict(10, 1, 1), "province code 10 is not a known province");
    assertRejected(
        () -> RegionCode.ofVillage(10, 1, 1, 1001), "province code 10 is not a known province");
  }

  @Test
  void everyFactoryRejectsRegencyAndDistrictPartsOutsideOneToNinetyNine() {
    assertRejected(() -> RegionCode.ofRegency(33, 0), "regency part must be 01-99: 0");
    assertRejected(() -> RegionCode.ofDistrict(33, 0, 1), "regency part must be 01-99: 0");
    assertRejected(() -> RegionCode.ofDistrict(33, 75, 100), "district part must be 01-99: 100");
    assertRejected(() -> RegionCode.ofVillage(33, 100, 1, 1001), "regency part must be 01-99: 100");
    assertRejected(() -> RegionCode.ofVillage(33, 75, 0, 1001), "district part must be 01-99: 0");
    assertEquals("33.99.99.3999", RegionCode.ofVillage(33, 99, 99, 3999).toString());
  }

  @Test
  void villagePartMustHaveFourDigitsBeforeItsKindIsChecked() {
    assertRejected(() -> RegionCode.ofVillage(33, 75, 1, -1), "village part must be 4 digits: -1");
    assertRejected(
        () -> RegionCode.ofVillage(33, 75, 1, 10000), "village part must be 4 digits: 10000");
    assertRejected(
        () -> RegionCode.ofVillage(33, 75, 1, 0),
        "village part 0000 must begin with 1 (kelurahan), 2 (desa) or 3 (desa adat)");
    assertRejected(
        () -> RegionCode.ofVillage(33, 75, 1, 9999),
        "village part 9999 must begin with 1 (kelurahan), 2 (desa) or 3 (desa adat)");
  }

  @Test
  void readReturnsTheCodeOrEmpty() {
    assertEquals(Optional.of(RegionCode.ofRegency(62, 71)), RegionCode.read("62.71"));
    assertThrows(NullPointerException.class, () -> RegionCode.read(null));
    assertEquals(Optional.empty(), RegionCode.read("62.7x"));
  }

  @Test
  void leadingWhitespaceDoesNotShiftTheDotDetection() {
    assertEquals(RegionCode.ofProvince(62), RegionCode.parse("  62"));
    assertEquals(Optional.of(RegionCode.ofProvince(62)), RegionCode.read("   62 "));
    assertEquals(RegionCode.ofDistrict(62, 71, 2), RegionCode.parse("  62.71.02"));
  }

  @Test
  void isWithinIsFalseForASiblingOrALargerRegion() {
    RegionCode palangkaRaya = RegionCode.ofRegency(62, 71);
    assertTrue(RegionCode.ofDistrict(62, 71, 2).isWithin(palangkaRaya));
    assertFalse(RegionCode.ofDistrict(62, 1, 2).isWithin(palangkaRaya));
    assertFalse(RegionCode.ofProvince(62).isWithin(palangkaRaya));
  }

  @Test
  void provinceLookupIsEmptyJustPastTheTable() {
    assertEquals(Optional.empty(), Province.ofCode(100));
    assertEquals(Optional.empty(), Province.ofCode(-1));
    assertThrows(IllegalArgumentException.class, () -> RegionCode.ofProvince(100));
    assertEquals(Optional.of(Province.JAWA_TENGAH), Province.ofCode(33));
  }

  @Test
  void distinctCodesHaveDistinctHashCodes() {
    List<RegionCode> codes = new ArrayList<>();
    for (int province : new int[] {33, 62}) {
      codes.add(RegionCode.ofProvince(province));
      for (int regency : new int[] {1, 2, 71}) {
        codes.add(RegionCode.ofRegency(province, regency));
        for (int district : new int[] {1, 2, 3}) {
          codes.add(RegionCode.ofDistrict(province, regency, district));
          for (int village : new int[] {1001, 2001, 2002}) {
            codes.add(RegionCode.ofVillage(province, regency, district, village));
          }
        }
      }
    }
    assertEquals(codes.size(), codes.stream().map(RegionCode::hashCode).distinct().count());
    assertEquals(RegionCode.parse("62.71"), RegionCode.ofRegency(62, 71));
    assertEquals(RegionCode.parse("62.71").hashCode(), RegionCode.ofRegency(62, 71).hashCode());
  }

  @Test
  void aCodeContainsItselfAndEveryFinerCodeBelowIt() {
    RegionCode village = RegionCode.parse("33.75.01.1006");
    for (String outer : new String[] {"33", "33.75", "33.75.01", "33.75.01.1006"}) {
      RegionCode code = RegionCode.parse(outer);
      assertTrue(code.contains(village), outer);
      assertTrue(code.contains(code), outer + " contains itself");
    }
  }

  @Test
  void aCodeDoesNotContainACoarserOrSiblingCode() {
    assertFalse(RegionCode.parse("33.75.01").contains(RegionCode.parse("33.75")));
    assertFalse(RegionCode.parse("33").contains(RegionCode.parse("34.71")));
    assertFalse(RegionCode.parse("33.75").contains(RegionCode.parse("33.74.01")));
    assertFalse(RegionCode.parse("33.75.01").contains(RegionCode.parse("33.75.02.1001")));
    assertFalse(
        RegionCode.parse("33.75.01.1006").contains(RegionCode.parse("33.75.01.1003")));
  }
}
