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
    assertEquals("Jawa Tengah", table.names[0]);
    assertEquals("KOTA PEKALONGAN", table.names[1]);
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
}
