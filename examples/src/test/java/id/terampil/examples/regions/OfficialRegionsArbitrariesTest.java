package id.terampil.examples.regions;

import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.identity.Nik;
import id.terampil.core.region.RegionCode;
import id.terampil.regions.OfficialRegionDirectory;
import id.terampil.regions.OfficialRegions;
import id.terampil.testkit.Samples;
import id.terampil.testkit.TerampilArbitraries;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A consumer's test data with real places: the testkit configured with the official lists. */
class OfficialRegionsArbitrariesTest {

  private final OfficialRegionDirectory regions = OfficialRegions.directory();

  @Test
  void villagesAreRealVillages() {
    List<RegionCode> villages =
        Samples.list(TerampilArbitraries.villages().listedIn(regions), 500, 11L);
    for (RegionCode village : villages) {
      assertTrue(regions.exists(village), village.toString());
    }
  }

  @Test
  void kelurahanOfAKotaAreRealKelurahan() {
    for (RegionCode village :
        Samples.list(
            TerampilArbitraries.villages().within(RegionCode.parse("33.75")).kelurahan().listedIn(regions),
            100,
            12L)) {
      assertTrue(regions.exists(village) && village.isWithin(RegionCode.parse("33.75")), village.toString());
    }
  }

  @Test
  void nikPrefixesAreRealDistricts() {
    for (Nik nik : Samples.list(TerampilArbitraries.niks().registeredIn(regions), 500, 13L)) {
      assertTrue(regions.exists(nik.region()), nik.masked());
    }
  }
}
