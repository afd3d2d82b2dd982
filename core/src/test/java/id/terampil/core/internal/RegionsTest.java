package id.terampil.core.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.region.RegionCode;
import org.junit.jupiter.api.Test;

class RegionsTest {

  private static final RegionCode PAHANDUT_VILLAGE = RegionCode.parse("62.71.01.1001");

  @Test
  void someRegionContainingTheCodeIsEnough() {
    RegionCode[] regions = {RegionCode.parse("33.75"), RegionCode.parse("62.71.01")};
    assertTrue(Regions.anyContains(regions, PAHANDUT_VILLAGE));
    assertTrue(Regions.anyContains(regions, RegionCode.parse("33.75")));
  }

  @Test
  void noRegionOrNoneContainingTheCodeIsNotEnough() {
    assertFalse(Regions.anyContains(new RegionCode[0], PAHANDUT_VILLAGE));
    RegionCode[] regions = {RegionCode.parse("33.75"), RegionCode.parse("62.71.02")};
    assertFalse(Regions.anyContains(regions, PAHANDUT_VILLAGE));
    assertFalse(Regions.anyContains(regions, RegionCode.parse("62.71")));
  }
}
