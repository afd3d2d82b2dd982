package id.terampil.regions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.region.RegencyKind;
import id.terampil.core.region.RegionLevel;
import id.terampil.core.region.VillageKind;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RegionNamesTest {

  @ParameterizedTest
  @CsvSource({
    "REGENCY, KAB. ACEH SELATAN, acehselatan",
    "REGENCY, Kabupaten Aceh Selatan, acehselatan",
    "REGENCY, Kota Administrasi Jakarta Utara , jakartautara",
    "REGENCY, KOTA ADM. JAKARTA UTARA, jakartautara",
    "REGENCY, Kota Palangkaraya, palangkaraya",
    "REGENCY, KAB. KOTABARU, kotabaru",
    "DISTRICT, Kota Baru, kotabaru",
    "VILLAGE, Desa Baru, desabaru",
    "VILLAGE, Sawang Ba'u, sawangbau",
    "VILLAGE, Bu Nuapu’u, bunuapuu",
    "VILLAGE, Ambit-Mbit, ambitmbit",
  })
  void keyKeepsLettersAndDigitsAndDropsTheKindWordOnlyAtRegencyLevel(
      RegionLevel level, String name, String key) {
    assertEquals(key, RegionNames.key(level, name));
  }

  @ParameterizedTest
  @CsvSource({
    "'Kota Administrasi Jakarta Utara ', Kota Administrasi Jakarta Utara",
    "'Meunasah  Pu''uk', Meunasah Pu'uk",
    "Bendan Kergon, Bendan Kergon",
    "' Pulo\tIe', Pulo Ie",
  })
  void displayNameTidiesWhitespace(String name, String display) {
    assertEquals(display, RegionNames.displayName(name));
  }

  @Test
  void cleanNameIsReturnedAsItIs() {
    String name = "Bendan Kergon";
    assertTrue(name == RegionNames.displayName(name));
  }

  @Test
  void queryKeepsTheKindItNames() {
    RegionNames.Query kota = RegionNames.Query.of(RegionLevel.REGENCY, "Kota Pekalongan");
    assertTrue(kota.matches("pekalongan", Optional.of(RegencyKind.KOTA), Optional.empty()));
    assertFalse(kota.matches("pekalongan", Optional.of(RegencyKind.KABUPATEN), Optional.empty()));
    RegionNames.Query kab = RegionNames.Query.of(RegionLevel.REGENCY, "kab.pekalongan");
    assertTrue(kab.matches("pekalongan", Optional.of(RegencyKind.KABUPATEN), Optional.empty()));
    assertFalse(kab.matches("pekalongan", Optional.of(RegencyKind.KOTA), Optional.empty()));
    RegionNames.Query any = RegionNames.Query.of(RegionLevel.REGENCY, "Pekalongan");
    assertTrue(any.matches("pekalongan", Optional.of(RegencyKind.KOTA), Optional.empty()));
    assertTrue(any.matches("pekalongan", Optional.of(RegencyKind.KABUPATEN), Optional.empty()));
    assertFalse(any.matches("batang", Optional.of(RegencyKind.KABUPATEN), Optional.empty()));
  }

  @Test
  void villageQueryKindWords() {
    RegionNames.Query kel = RegionNames.Query.of(RegionLevel.VILLAGE, "Kel. Medono");
    assertTrue(kel.matches("medono", Optional.empty(), Optional.of(VillageKind.KELURAHAN)));
    assertFalse(kel.matches("medono", Optional.empty(), Optional.of(VillageKind.DESA)));
    RegionNames.Query desa = RegionNames.Query.of(RegionLevel.VILLAGE, "Desa Baru");
    assertTrue(desa.matches("baru", Optional.empty(), Optional.of(VillageKind.DESA)));
    assertFalse(desa.matches("baru", Optional.empty(), Optional.of(VillageKind.DESA_ADAT)));
    // the whole text may be the name itself
    assertTrue(desa.matches("desabaru", Optional.empty(), Optional.of(VillageKind.DESA)));
    RegionNames.Query adat = RegionNames.Query.of(RegionLevel.VILLAGE, "Desa Adat Baru");
    assertTrue(adat.matches("baru", Optional.empty(), Optional.of(VillageKind.DESA_ADAT)));
    RegionNames.Query kec = RegionNames.Query.of(RegionLevel.DISTRICT, "Kecamatan Rakumpit");
    assertTrue(kec.matches("rakumpit", Optional.empty(), Optional.empty()));
    assertTrue(kec.matches("kecamatanrakumpit", Optional.empty(), Optional.empty()));
    RegionNames.Query province = RegionNames.Query.of(RegionLevel.PROVINCE, "Jawa  Tengah");
    assertTrue(province.matches("jawatengah", Optional.empty(), Optional.empty()));
  }
}
