package id.terampil.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.identity.Organizer;
import id.terampil.core.indicators.IndicatorDefinition;
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
    // "antara 25 hingga 25 orang": at most 25; the minimum is not in the article.
    assertContains(en, "KENDARI22-SENTRA  [2022-07-19, 2022-07-24]  1-25 seats [synthetic]");
    assertContains(en, "== 3/5  Fasilitasi Pelatihan Kerja Kewirausahaan");
    assertContains(en, "Cohorts        27 cohorts, 1,080 seats");
    assertContains(en, "== 4/5  Pelatihan Proses Produksi Berbahan Dasar Rotan");
    assertContains(en, "Regions served 62.71.02 Bukit Batu, 62.71.05 Rakumpit");
    assertContains(
        en,
        "Must belong to Micro-business owner or Small-business owner; and Affected by the Covid-19"
            + " pandemic [inferred]");
    assertContains(en, "regions=62.71.02,62.71.05}");
    assertContains(en, "== 5/5  Pelatihan Keterampilan Kerja BLK Kota Pekalongan");
    // The three funders are stated, the note of a funding line is printed.
    assertContains(
        en,
        "Funding        city/regency budget (APBD) 2025, provincial budget (APBD) 2025 (APBD Provinsi"
            + " Jawa Tengah), tobacco-excise sharing (DBHCHT) 2025 (");
    // No tobacco-sector restriction on the BLK as a whole: only the example's DBHCHT classes.
    assertContains(en, "Must belong to -\nEligibility    [AGE[15..64]] [synthetic]\nCohorts        7 cohorts");
    assertContains(
        en,
        "Cohort rules   BLK25-WELDING, BLK25-MOTORCYCLE-REPAIR, BLK25-CAR-REPAIR: must belong to Job"
            + " seeker or Cigarette-factory worker or Tobacco farm worker or");
    assertContains(en, "CUSTOM[JOB_SEEKER_WITHOUT_AKI]] [synthetic]");
    assertContains(en, "JOB_SEEKER_WITHOUT_AKI 1");
    // The custom rule's label speaks the report's language.
    assertContains(en, "JOB_SEEKER_WITHOUT_AKI \"a job seeker must hold a valid AK/I card\"");
    assertContains(
        Showcase.render(Lang.ID),
        "JOB_SEEKER_WITHOUT_AKI \"pencari kerja wajib memiliki kartu AK/I yang berlaku\"");
    assertContains(
        en,
        "Follow-up plan cart grant by Dindagkop-UKM Kota Pekalongan (33.75 Kota Pekalongan) [inferred],"
            + " month 0-6 after completion [synthetic]");
    assertContains(en, "REFUSED: a second cart grant for 3375********");
    assertContains(en, "working abroad ");
    assertContains(en, "Completion     completed 30 of 30");
    assertEquals(5, count(en, "\nIndicators     "), "one indicators section per program");
    assertEquals(5, count(en, "\nFollow-up      "), "a follow-up section per program");
    assertEquals(5, count(en, "\nFollow-up plan "), "a follow-up plan per program");
    assertEquals(4, count(en, "\nOutcomes       "), "outcomes wherever the plan has checkpoints");
    assertEquals(5, count(en, "               people: applied "), "people beside applications");
    assertContains(en, " of those reached, ");
    assertContains(en, "planned cart grant: received by ");
  }

  @Test
  void everyIndicatorDefinitionIsPrintedOnceAfterThePrograms() {
    String en = Showcase.render(Lang.EN);
    assertTrue(en.indexOf("\nIndicator definitions\n") > en.indexOf("== 5/5"), "after the programs");
    for (IndicatorDefinition d : IndicatorDefinition.values()) {
      assertEquals(1, count(en, "\n- " + d.labelEn() + ": " + d.definitionEn() + "\n"), d.name());
    }
    assertContains(en, "- outcome rate, all due: completers observed in the status within the window /"
        + " every completer whose checkpoint is due by the reference date; the unreachable and the"
        + " not recorded count as not in the status (as WIOA does)");
  }

  @Test
  void valuesTheArticlesDoNotStateAreMarkedOnTheirLinesWithALegendAtTheTop() {
    String en = Showcase.render(Lang.EN);
    assertTrue(en.indexOf("except those marked [synthetic]") < en.indexOf("== 1/5"), "legend first");
    assertEquals(1, count(en, "except those marked [synthetic]"), "the legend once");
    // Sorong: an assumed funding source with its note, and a residence rule the article lacks.
    assertContains(
        en,
        "Funding        city/regency budget (APBD) 2025 (Sumber dana tidak disebut dalam artikel"
            + " (diasumsikan APBD Kota Sorong)) [synthetic]");
    assertContains(en, "Regions served 96.71 Kota Sorong [synthetic]");
    assertContains(en, "Priority       Housewife, Small-business owner\n");
    assertContains(en, "Cohorts        2 cohorts [synthetic], 40 seats [synthetic]");
    // Pekalongan 2024: the window and Bendan Kergon's day are the article's; the rest is not.
    assertContains(en, "Kind           entrepreneurship | FY 2024 | [2024-07-01, 2024-08-27]\n");
    assertContains(en, "Funding        tobacco-excise sharing (DBHCHT) 2024\n");
    assertContains(en, "PKL24-BENDAN-KERGON  [2024-07-02, 2024-07-03]  40 seats  Knitting");
    assertContains(en, "PKL24-PRINGREJO  [2024-07-04, 2024-07-05] [synthetic]  40 seats  Bouquet");
    assertContains(en, "PKL24-MEDONO  [2024-07-06, 2024-07-07] [synthetic]  40 seats  Gift arrangement (hantaran) [synthetic]");
    // A block on Saturday and Sunday lists its days; Kendari's six days are the article's.
    assertContains(en, "  also weekend 2024-07-06, 2024-07-07 [synthetic]\n");
    assertContains(en, "  also weekend 2022-07-23, 2022-07-24\n");
    assertEquals(1, count(en, "  also weekend 2022-07-23, 2022-07-24"));
    // Palangka Raya: the year is read from the weekday.
    assertContains(en, "FY 2020 | [2020-08-24, 2020-08-28] [inferred]");
    // Every checkpoint line is marked: no article gives one.
    assertEquals(4, count(en, "months after completion [synthetic]\n"));
    // The README quotes these lines.
    assertContains(en, "Regions served 96.71 Kota Sorong [synthetic]\n");
  }

  @Test
  void indonesianReportSpeaksIndonesian() {
    String id = Showcase.render(Lang.ID);
    assertNotEquals(Showcase.render(Lang.EN), id);
    assertContains(id, "Angkatan       27 angkatan, 1.080 kursi");
    assertContains(id, "  juga akhir pekan 2024-07-06, 2024-07-07 [sintetis]\n");
    assertContains(id, "kecuali yang bertanda [sintetis]");
    assertContains(id, "Wilayah        96.71 Kota Sorong [sintetis]");
    assertContains(id, "Jenis          pengembangan IKM | TA 2020 | [2020-08-24, 2020-08-28] [tafsiran]");
    assertContains(id, "Aturan kelas   BLK25-WELDING, BLK25-MOTORCYCLE-REPAIR, BLK25-CAR-REPAIR: wajib ");
    assertTrue(!id.contains("[synthetic]") && !id.contains("[inferred]"), "Indonesian marks");
    assertContains(id, "Penyelenggara  Pemerintah Kota Sorong (96.71 Kota Sorong); bersama Dekranasda Kota Sorong (96.71 Kota Sorong)");
    assertContains(id, "Tindak lanjut  hibah gerobak: ");
    assertContains(id, "DITOLAK: hibah gerobak kedua untuk 3375********");
    assertContains(id, "bekerja di luar negeri ");
    assertContains(
        id,
        "biaya per peserta / per lulusan: APBD kota/kabupaten, APBD provinsi, DBHCHT: nilai tidak"
            + " disebut dalam artikel");
    assertContains(id, "orang: mendaftar ");
    assertContains(id, "dari yang terhubungi, ");
    assertContains(id, "\nDefinisi indikator\n- pendaftaran: ");
    assertContains(id, "- tingkat hasil, semua yang jatuh tempo: lulusan dengan status itu dalam jendela");
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
