package id.terampil.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.identity.Organizer;
import id.terampil.examples.showcase.Lang;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The showcase prints the same text on every run, in both languages, with the key facts. */
class ShowcaseTest {

  private static final Pattern FULL_NIK = Pattern.compile("\\b\\d{16}\\b");

  @Test
  void outputIsIdenticalAcrossRuns() {
    String first = Showcase.render(Lang.EN);
    String second = Showcase.render(Lang.EN);
    assertEquals(first, second);
    assertEquals(Showcase.render(Lang.ID), Showcase.render(Lang.ID));
  }

  @Test
  void englishReportHasTheKeyLinesOfEveryProgram() {
    String en = Showcase.render(Lang.EN);
    assertContains(en, "== 1/5  Pelatihan Pengelolaan dan Pengembangan Usaha Industri Kecil");
    assertContains(en, "Organizer      Pemerintah Kota Sorong (96.71 Kota Sorong); with Dekranasda Kota Sorong (96.71 Kota Sorong)");
    assertContains(en, "== 2/5  Pelatihan Manajemen Mutu dan Pengelolaan Sentra IKM");
    assertContains(en, "KENDARI22-SENTRA  [2022-07-19, 2022-07-24]  25 seats");
    assertContains(en, "== 3/5  Fasilitasi Pelatihan Kerja Kewirausahaan");
    assertContains(en, "Cohorts        27 cohorts, 1,080 seats");
    assertContains(en, "== 4/5  Pelatihan Proses Produksi Berbahan Dasar Rotan");
    assertContains(en, "Regions served 62.71.02 Bukit Batu, 62.71.05 Rakumpit");
    assertContains(en, "Must belong to Micro-business owner; and Affected by the Covid-19 pandemic");
    assertContains(en, "regions=62.71.02,62.71.05}");
    assertContains(en, "== 5/5  Pelatihan Keterampilan Kerja BLK Kota Pekalongan");
    assertContains(
        en,
        "Funding        city/regency budget (APBD) 2025, provincial budget (APBD) 2025,"
            + " tobacco-excise sharing (DBHCHT) 2025");
    assertContains(en, "JOB_SEEKER_WITHOUT_AKI");
    assertContains(
        en,
        "Follow-up plan cart grant by Dindagkop-UKM Kota Pekalongan (33.75 Kota Pekalongan), month 0-6 after completion");
    assertContains(en, "REFUSED: a second cart grant for 3375********");
    assertContains(en, "working abroad ");
    assertContains(en, "Completion     completed 30 of 30");
    assertEquals(5, count(en, "\nIndicators     "), "one indicators section per program");
    assertEquals(5, count(en, "\nFollow-up      "), "a follow-up section per program");
    assertEquals(5, count(en, "\nFollow-up plan "), "a follow-up plan per program");
    assertEquals(4, count(en, "\nOutcomes       "), "outcomes wherever the plan has checkpoints");
  }

  @Test
  void indonesianReportSpeaksIndonesian() {
    String id = Showcase.render(Lang.ID);
    assertNotEquals(Showcase.render(Lang.EN), id);
    assertContains(id, "Angkatan       27 angkatan, 1.080 kursi");
    assertContains(id, "Penyelenggara  Pemerintah Kota Sorong (96.71 Kota Sorong); bersama Dekranasda Kota Sorong (96.71 Kota Sorong)");
    assertContains(id, "Tindak lanjut  hibah gerobak: ");
    assertContains(id, "DITOLAK: hibah gerobak kedua untuk 3375********");
    assertContains(id, "bekerja di luar negeri ");
    assertContains(
        id,
        "biaya per peserta: APBD kota/kabupaten, APBD provinsi, DBHCHT: nilai tidak disebut dalam"
            + " artikel");
    assertTrue(!id.contains("Organizer") && !id.contains("Applicants"), "no English labels");
  }

  @Test
  void reportsNeverShowAFullNik() {
    for (Lang lang : Lang.values()) {
      assertTrue(!FULL_NIK.matcher(Showcase.render(lang)).find(), lang.name());
    }
  }

  @Test
  void languageOptionDefaultsToEnglishAndRejectsOthers() {
    assertEquals(Lang.EN, Showcase.parseLang(new String[] {}));
    assertEquals(Lang.ID, Showcase.parseLang(new String[] {"--lang", "id"}));
    assertEquals(Lang.ID, Showcase.parseLang(new String[] {"--lang=ID"}));
    assertEquals(Lang.EN, Showcase.parseLang(new String[] {"--lang", "en"}));
    assertThrows(IllegalArgumentException.class, () -> Showcase.parseLang(new String[] {"--lang", "fr"}));
    assertThrows(IllegalArgumentException.class, () -> Showcase.parseLang(new String[] {"--verbose"}));
  }

  private static void assertContains(String text, String expected) {
    assertTrue(text.contains(expected), () -> "missing: " + expected);
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
