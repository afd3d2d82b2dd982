package id.terampil.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.identity.Nik;
import id.terampil.core.region.InMemoryRegionDirectory;
import id.terampil.core.region.RegionCode;
import id.terampil.core.region.RegionDirectory;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Arbitraries configured with a region directory draw its current regions only. The directory
 * here holds real codes of Kota Pekalongan and Kabupaten Pekalongan (from the Kemendagri list),
 * and a retired code to leave out.
 */
class ListedRegionsTest {

  private static final RegionDirectory PEKALONGAN =
      InMemoryRegionDirectory.builder()
          .add("33", "Jawa Tengah")
          .add("33.26", "Kabupaten Pekalongan")
          .add("33.75", "Kota Pekalongan")
          .add("33.75.01", "Pekalongan Barat")
          .add("33.75.02", "Pekalongan Timur")
          .add("33.75.01.1002", "Medono")
          .add("33.75.01.1006", "Bendan Kergon")
          .add("33.75.01.1012", "Pringrejo")
          .add("33.75.02.1004", "Kauman")
          .add("96.71", "Kota Sorong")
          .retire("92.71", "Kota Sorong", "96.71")
          .build();

  private static Set<String> strings(List<?> values) {
    return values.stream().map(Object::toString).collect(Collectors.toSet());
  }

  @Test
  void villagesAreTheDirectorysCurrentVillages() {
    List<RegionCode> villages =
        Samples.list(TerampilArbitraries.villages().listedIn(PEKALONGAN), 200, 1L);
    assertEquals(
        Set.of("33.75.01.1002", "33.75.01.1006", "33.75.01.1012", "33.75.02.1004"),
        strings(villages));
  }

  @Test
  void restrictionsComposeWithTheDirectory() {
    assertEquals(
        Set.of("33.75.01.1002", "33.75.01.1006", "33.75.01.1012"),
        strings(
            Samples.list(
                TerampilArbitraries.villages()
                    .within(RegionCode.parse("33.75.01"))
                    .listedIn(PEKALONGAN),
                100,
                2L)));
    assertEquals(
        Set.of("33.75", "96.71"),
        strings(Samples.list(TerampilArbitraries.regencies().listedIn(PEKALONGAN).kota(), 100, 3L)));
    assertEquals(
        Set.of("33.26"),
        strings(Samples.list(TerampilArbitraries.regencies().kabupaten().listedIn(PEKALONGAN), 50, 4L)));
  }

  @Test
  void nikPrefixesAreTheDirectorysCurrentDistricts() {
    List<Nik> niks = Samples.list(TerampilArbitraries.niks().registeredIn(PEKALONGAN), 200, 5L);
    assertEquals(Set.of("33.75.01", "33.75.02"), strings(niks.stream().map(Nik::region).collect(Collectors.toList())));
  }

  @Test
  void aDirectoryWithoutFittingRegionsIsReportedWhenGenerating() {
    RegionCodeArbitrary none =
        TerampilArbitraries.villages().within(RegionCode.parse("33.26")).listedIn(PEKALONGAN);
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Samples.list(none, 1, 6L));
    assertTrue(e.getMessage().contains("lists no current"), e.getMessage());
  }

  @Test
  void withoutADirectoryNothingChanges() {
    List<RegionCode> plain = Samples.list(TerampilArbitraries.villages(), 50, 7L);
    assertEquals(plain, Samples.list(TerampilArbitraries.villages(), 50, 7L));
    assertNotEquals(
        strings(plain), strings(Samples.list(TerampilArbitraries.villages().listedIn(PEKALONGAN), 50, 7L)));
  }
}
