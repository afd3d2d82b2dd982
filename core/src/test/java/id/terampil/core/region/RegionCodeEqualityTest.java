package id.terampil.core.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** A region code equals only region codes. */
class RegionCodeEqualityTest {

  @Test
  void a_region_code_is_not_equal_to_its_text_or_another_type() {
    RegionCode code = RegionCode.parse("33.75.01");
    assertEquals(code, RegionCode.parse("33.75.01"));
    assertNotEquals(code, (Object) "33.75.01");
    assertNotEquals(code, (Object) Province.ofCode(33).orElseThrow());
  }
}
