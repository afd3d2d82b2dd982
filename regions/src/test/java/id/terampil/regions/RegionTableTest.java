package id.terampil.regions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The loader rejects a damaged resource instead of serving wrong answers. */
class RegionTableTest {

  private static final String HEADER = "# comment\n@editions 2016 2018 2020 2022 2023 2025\n";

  private static RegionTable parse(String text) {
    return RegionTable.parse(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsCodesSpellingsAndEditions() {
    RegionTable table =
        parse(HEADER + "33\t01234\tJAWA TENGAH\t5\tJawa Tengah\n33.75\t012345\tKOTA  PEKALONGAN \n");
    assertEquals(2, table.size());
    assertEquals("Jawa Tengah", table.name(0));
    assertEquals("KOTA PEKALONGAN", table.name(1));
    assertEquals(0b111111, table.editions[1]);
    assertEquals(0b011111, table.spellingEditions[0]);
    assertEquals(0b100000, table.spellingEditions[1]);
    assertEquals(true, table.isCurrent(0));
    assertEquals(0b100000, table.lastEditionBit(1));
  }

  @Test
  void rejectsOtherEditionsThanTheEnumKnows() {
    assertThrows(
        IllegalStateException.class, () -> parse("@editions 2016 2018\n33\t01\tJawa Tengah\n"));
    assertThrows(
        IllegalStateException.class,
        () -> parse("@editions 2016 2018 2020 2022 2023 2026\n33\t0\tJawa Tengah\n"));
  }

  @Test
  void rejectsCodesBeforeTheHeaderOutOfOrderOrMalformed() {
    assertThrows(IllegalStateException.class, () -> parse("33\t0\tJawa Tengah\n"));
    assertThrows(
        IllegalStateException.class, () -> parse(HEADER + "33.75\t0\tA\n33\t0\tB\n"));
    assertThrows(IllegalStateException.class, () -> parse(HEADER + "33.7\t0\tA\n"));
    assertThrows(IllegalStateException.class, () -> parse(HEADER + "3x\t0\tA\n"));
  }

  @Test
  void rejectsZeroPartsBadEditionListsAndCodesWithoutName() {
    assertThrows(IllegalStateException.class, () -> parse(HEADER + "33.00\t0\tA\n"));
    assertThrows(IllegalStateException.class, () -> parse(HEADER + "33.75.00\t0\tA\n"));
    assertThrows(IllegalStateException.class, () -> parse(HEADER + "33.75.01.0000\t0\tA\n"));
    assertThrows(IllegalStateException.class, () -> parse(HEADER + "33\t7\tA\n"));
    assertThrows(IllegalStateException.class, () -> parse(HEADER + "33\t\tA\n"));
    assertThrows(IllegalStateException.class, () -> parse(HEADER + "33\n"));
  }

  @Test
  void everyCodeRoundTripsThroughItsNumberAndIsFoundByIt() {
    RegionTable table = RegionTable.load();
    for (int i = 0; i < table.size(); i++) {
      id.terampil.core.region.RegionCode code = table.code(i);
      assertEquals(table.keys[i], code.toLong());
      assertEquals(code.level(), table.level(i));
      assertEquals(i, table.indexOf(code));
    }
    assertEquals(-1, table.indexOf(id.terampil.core.region.RegionCode.parse("33.75.02.1001")));
    assertEquals(-1, table.indexOf(id.terampil.core.region.RegionCode.parse("33.75.05")));
  }

  @Test
  void latestSpellingNamesTheCode() {
    RegionTable table =
        parse(HEADER + "33\t5\tJawa Tengah\t01234\tJAWA TENGAH\n34\t0\tDAERAH ISTIMEWA\t1\tDIY\n");
    assertEquals("Jawa Tengah", table.name(0));
    assertEquals("DIY", table.name(1));
    assertEquals(0b10, table.lastEditionBit(1));
    assertEquals(false, table.isCurrent(1));
    assertEquals("DAERAH ISTIMEWA", table.spelling(2));
  }

  @Test
  void growsBeyondTheInitialCapacity() {
    StringBuilder text = new StringBuilder(HEADER);
    int codes = 0;
    outer:
    for (int regency = 1; regency <= 99; regency++) {
      for (int district = 1; district <= 99; district++) {
        for (int village = 1; village <= 999; village++) {
          text.append(String.format("33.%02d.%02d.2%03d\t5\tA\t0\tB\n", regency, district, village));
          if (++codes == 120_000) {
            break outer;
          }
        }
      }
    }
    RegionTable table = parse(text.toString());
    assertEquals(120_000, table.size());
    assertEquals("A", table.name(119_999));
    assertEquals(240_000, table.spellingStart[120_000]);
  }

  @Test
  void readsALastLineWithoutNewlineAndRejectsARepeatedCode() {
    RegionTable table = parse(HEADER + "33\t5\tJawa Tengah\n34\t5\tDaerah Istimewa Yogyakarta");
    assertEquals(2, table.size());
    assertEquals("Daerah Istimewa Yogyakarta", table.name(1));
    assertThrows(IllegalStateException.class, () -> parse(HEADER + "33\t5\tA\n33\t5\tB\n"));
    assertThrows(IllegalStateException.class, () -> parse(HEADER + "33\t5"));
  }
}
