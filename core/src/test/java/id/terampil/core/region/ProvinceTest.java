package id.terampil.core.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The province table: one cached answer per code, empty outside 0..99 and for unknown codes. */
class ProvinceTest {

  @Test
  void everyCodeFromZeroTo99GivesTheProvinceWithThatCodeOrEmpty() {
    for (int code = 0; code < 100; code++) {
      int c = code;
      Optional<Province> expected =
          Arrays.stream(Province.values()).filter(p -> p.code() == c).findFirst();
      assertEquals(expected, Province.ofCode(code), "code " + code);
      assertEquals(expected.isPresent(), Province.isKnown(code), "code " + code);
    }
  }

  @Test
  void lookupsReturnTheSameCachedOptional() {
    for (int code = 0; code < 100; code++) {
      assertSame(Province.ofCode(code), Province.ofCode(code), "code " + code);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 10, 54, 99, -1, 100, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void unknownAndOutOfRangeCodesAreEmpty(int code) {
    assertEquals(Optional.empty(), Province.ofCode(code));
    assertFalse(Province.isKnown(code));
  }
}
