package id.terampil.core.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Examples of region code parsing, text and containment (laws in {@link RegionCodeContainsProperties}). */
class RegionCodeTextTest {

  @Test
  void aCodeDoesNotContainACoarserOneOrOneInAnotherBranch() {
    RegionCode district = RegionCode.parse("33.01.02");
    assertFalse(district.contains(RegionCode.parse("33.01")));
    assertFalse(district.contains(RegionCode.parse("33.01.03.2001")));
    assertFalse(district.contains(RegionCode.parse("33.02.02.2001")));
    assertFalse(district.contains(RegionCode.parse("34.01.02.2001")));
    assertTrue(district.contains(RegionCode.parse("33.01.02.2001")));
    assertTrue(district.contains(district));
    RegionCode village = RegionCode.parse("33.01.02.2001");
    assertFalse(village.contains(RegionCode.parse("33.01.02.2002")));
    assertTrue(village.contains(village));
  }

  @Test
  void toStringUsesAsciiDigitsWhateverTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("th-TH-u-nu-thai"));
      assertEquals("33.01.02.2001", RegionCode.ofVillage(33, 1, 2, 2001).toString());
      assertEquals("05", RegionCode.parse("11.05").toString().substring(3));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void parsingStillRejectsEveryBrokenShape() {
    for (String bad :
        new String[] {"", "3", "33.0", "33.01.", "33..01", "3301.02", "33.01.02.0001",
            "33.01.02.4001", "33.01.02.2000", "33.00", "33.01.00", "00", "33.01.02.20011",
            "33.01.02.2001.", "3x"}) {
      assertEquals(Optional.empty(), RegionCode.read(bad), bad);
      assertThrows(IllegalArgumentException.class, () -> RegionCode.parse(bad), bad);
    }
    assertEquals(RegionLevel.VILLAGE, RegionCode.parse("3301022001").level());
    assertEquals(RegionLevel.DISTRICT, RegionCode.parse(" 330102 ").level());
  }
}
