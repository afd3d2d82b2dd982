package id.terampil.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.region.RegionCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegionSetTest {

  private static final RegionCode PAHANDUT_VILLAGE = RegionCode.parse("62.71.01.1001");

  @Test
  void someRegionContainingTheCodeIsEnough() {
    RegionSet regions = RegionSet.of(List.of(RegionCode.parse("33.75"), RegionCode.parse("62.71.01")));
    assertTrue(regions.anyContains(PAHANDUT_VILLAGE));
    assertTrue(regions.anyContains(RegionCode.parse("33.75")));
  }

  @Test
  void noRegionOrNoneContainingTheCodeIsNotEnough() {
    assertFalse(RegionSet.of(List.of()).anyContains(PAHANDUT_VILLAGE));
    RegionSet regions = RegionSet.of(List.of(RegionCode.parse("33.75"), RegionCode.parse("62.71.02")));
    assertFalse(regions.anyContains(PAHANDUT_VILLAGE));
    assertFalse(regions.anyContains(RegionCode.parse("62.71")));
  }

  @Test
  void equalExactlyWhenTheSetsAre() {
    RegionCode semarang = RegionCode.parse("33.74");
    RegionCode pekalongan = RegionCode.parse("33.75");
    RegionSet both = RegionSet.of(List.of(pekalongan, semarang, pekalongan));
    assertEquals(RegionSet.of(List.of(semarang, pekalongan)), both);
    assertEquals(RegionSet.of(List.of(semarang, pekalongan)).hashCode(), both.hashCode());
    assertEquals(2, both.regions().size());
    assertEquals("[33.75, 33.74]", both.toString());
    assertNotEquals(RegionSet.of(List.of(pekalongan)), both);
  }
}
