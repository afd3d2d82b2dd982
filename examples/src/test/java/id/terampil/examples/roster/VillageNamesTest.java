package id.terampil.examples.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSortedSet;
import id.terampil.core.region.RegionCode;
import id.terampil.examples.seeds.SeedPrograms;
import id.terampil.regions.OfficialRegions;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Village names looked up in the official list within a program's regions. */
class VillageNamesTest {

  private static final VillageNames PEKALONGAN_2024 =
      VillageNames.of(OfficialRegions.directory(), SeedPrograms.pekalongan2024());

  @Test
  void aVillageOfTheProgramIsFoundHoweverItIsWritten() {
    for (String name : Set.of("Bendan Kergon", "BENDAN KERGON", "Kel. Bendan Kergon",
        "Kelurahan Bendan Kergon", "bendan  kergon")) {
      assertEquals(ImmutableSortedSet.of(SeedPrograms.KEL_BENDAN_KERGON), PEKALONGAN_2024.find(name),
          name);
    }
  }

  @Test
  void aVillageOutsideTheProgramsRegionsIsNotFound() {
    // Sawangan: a desa of Kabupaten Pekalongan (33.26.02.2009), not of the city the program serves.
    assertEquals(ImmutableSortedSet.of(), PEKALONGAN_2024.find("Sawangan"));
    assertEquals(ImmutableSortedSet.of(), PEKALONGAN_2024.find("Bendan Kergan"));
    assertEquals("Kota Pekalongan", PEKALONGAN_2024.scopeNames());
  }

  @Test
  void aNameOfTwoVillagesOfTheRegionIsFoundTwice() {
    // Kabupaten Pekalongan has a desa Wonosari in two kecamatan.
    VillageNames kabupaten =
        new VillageNames(OfficialRegions.directory(), Set.of(RegionCode.parse("33.26")));
    ImmutableSortedSet<RegionCode> found = kabupaten.find("Wonosari");
    assertEquals(ImmutableSortedSet.of(RegionCode.parse("33.26.07.2011"),
        RegionCode.parse("33.26.17.2002")), found);
    assertTrue(kabupaten.describe(found.first()).startsWith("33.26.07.2011 Wonosari ("),
        kabupaten.describe(found.first()));
  }

  @Test
  void onlyCellsWithALetterAreNames() {
    assertTrue(VillageNames.isName("Pringrejo"));
    assertFalse(VillageNames.isName("33.75.01.1012"));
    assertFalse(VillageNames.isName("3375011012"));
  }
}
