package id.terampil.examples.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSetMultimap;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The roster example on its bundled sample and on small files of its own. */
class RosterValidationTest {

  private static final Pattern FINDING = Pattern.compile("^(?:line |baris) (\\d+)\\s+([A-Z_]+)\\s");
  private static final Pattern FULL_NIK = Pattern.compile("\\b\\d{16}\\b");
  /** The columns of an agency export, with one the example does not read. */
  private static final String HEADER =
      "NIK,NAMA LENGKAP,JENIS KELAMIN,TEMPAT LAHIR,TANGGAL LAHIR,KELURAHAN,PENDIDIKAN,PEKERJAAN,"
          + "ANGKATAN,TANGGAL DAFTAR";
  private static final String CLEAN_ROW =
      "3375015204880101,Siti Rahayu,P,PEKALONGAN,1988-04-12,Bendan Kergon,SMA,HOMEMAKER,"
          + "PKL24-BENDAN-KERGON,2024-06-10T08:05:00";
  private static final String OTHER_CLEAN_ROW =
      "3375010311990102,Budi Santoso,L,PEKALONGAN,1999-11-03,33.75.01.1006,SMK,UNEMPLOYED,"
          + "PKL24-BENDAN-KERGON,2024-06-10T08:20:00";

  @TempDir Path dir;

  @Test
  void theSampleGivesTheExpectedCodesOnEachBrokenLineAndExitsWithOne() {
    Result r = run();
    assertEquals(RosterValidation.ERRORS, r.status);
    ImmutableSetMultimap<Integer, String> expected =
        ImmutableSetMultimap.<Integer, String>builder()
            .put(4, "NIK_BIRTH_DAY")
            .put(5, "NIK_BIRTH_DATE_MISMATCH")
            .put(6, "NAME_DIGIT")
            .put(7, "DUPLICATE_NIK")
            .put(8, "NOT_ELIGIBLE_RESIDENCE")
            .put(9, "COHORT_UNKNOWN")
            .put(10, "NAME_BIDI_CONTROL")
            .put(11, RosterValidation.COLUMN_COUNT)
            .put(12, "NIK_SEX_MISMATCH")
            .put(13, "NOT_ELIGIBLE_AGE_ABOVE_MAX")
            .put(14, "DOCUMENT_DATE_AFTER_REFERENCE")
            .put(36, "TARGET_GROUP_UNKNOWN")
            .put(56, "COHORT_SEATS_EXCEEDED")
            .put(57, RosterValidation.VILLAGE_UNKNOWN)
            .build();
    assertEquals(expected, findings(r.text));
    assertTrue(r.text.contains("(56 rows)"), "every data row is counted, the unreadable one too");
    assertTrue(r.text.contains("55 records: 42 clean, 13 with errors"), r.text);
    assertTrue(r.text.contains("cohort PKL24-PRINGREJO: 41 acceptable records for 40 seats"));
    assertTrue(r.text.contains("appears again in cohort PKL24-BENDAN-KERGON (first in record 0) [line 2]"),
        "the duplicate points at the line of the first record");
    assertTrue(r.text.contains("RESULT: errors found (exit status 1)"));
  }

  @Test
  void indonesianMessagesWithLang() {
    Result r = run("--lang", "id");
    assertEquals(RosterValidation.ERRORS, r.status);
    assertTrue(r.text.contains("baris 11   CSV_COLUMN_COUNT"), r.text);
    assertTrue(r.text.contains("baris berisi 14 kolom, seharusnya 15"), r.text);
    assertTrue(r.text.contains("angkatan PKL24-PRINGREJO hanya memiliki 40 kursi"), r.text);
    assertTrue(r.text.contains("HASIL: ada kesalahan (kode keluar 1)"));
    assertEquals(findings(run().text), findings(r.text), "the same findings in both languages");
  }

  @Test
  void neverPrintsAFullNik() {
    for (String lang : List.of("en", "id")) {
      assertFalse(FULL_NIK.matcher(run("--lang", lang).text).find(), lang);
    }
  }

  @Test
  void aCleanRosterExitsWithZero() {
    Result r = run("--file", write(HEADER, CLEAN_ROW, OTHER_CLEAN_ROW).toString());
    assertEquals(RosterValidation.CLEAN, r.status, r.text);
    assertEquals(ImmutableSetMultimap.of(), findings(r.text));
    assertTrue(r.text.contains("2 records: 2 clean, 0 with errors"), r.text);
    assertTrue(r.text.contains("RESULT: clean"));
  }

  @Test
  void columnsMayComeInAnyOrder() {
    List<String> columns = new java.util.ArrayList<>(List.of(HEADER.split(",")));
    List<String> cells = List.of(CLEAN_ROW.split(",", -1));
    java.util.Collections.reverse(columns);
    List<String> reversed = new java.util.ArrayList<>(cells);
    java.util.Collections.reverse(reversed);
    Result r = run("--file", write(String.join(",", columns), String.join(",", reversed)).toString());
    assertEquals(RosterValidation.CLEAN, r.status, r.text);
  }

  @Test
  void aRowWithTooFewOrTooManyColumnsIsAFindingNotACrashNorALostRow() {
    Result r = run("--file",
        write(HEADER, CLEAN_ROW + ",extra", "3375010311990102,Budi", OTHER_CLEAN_ROW).toString());
    assertEquals(RosterValidation.ERRORS, r.status);
    assertEquals(
        ImmutableSetMultimap.of(2, RosterValidation.COLUMN_COUNT, 3, RosterValidation.COLUMN_COUNT),
        findings(r.text));
    assertTrue(r.text.contains("the row has 11 columns, the header 10"), r.text);
    assertTrue(r.text.contains("the row has 2 columns, the header 10"), r.text);
    assertTrue(r.text.contains("1 records: 1 clean") && r.text.contains("unreadable rows 2"), r.text);
  }

  @Test
  void aCsvSyntaxErrorIsReportedWithItsLineAndTheRowsBeforeItAreValidated() {
    Result r = run("--file",
        write(HEADER, CLEAN_ROW, "\"3375010311990102\"x,Budi" + ",".repeat(8)).toString());
    assertEquals(RosterValidation.ERRORS, r.status);
    assertEquals(ImmutableSetMultimap.of(3, RosterValidation.CSV_SYNTAX), findings(r.text));
    assertTrue(r.text.contains("1 records: 1 clean"), r.text);
  }

  @Test
  void badArgumentsOrAnUnreadableFileExitWithTwo() {
    assertEquals(RosterValidation.USAGE, run("--file", dir.resolve("missing.csv").toString()).status);
    assertEquals(RosterValidation.USAGE, run("--lang", "fr").status);
    assertEquals(RosterValidation.USAGE, run("--date", "25-06-2024").status);
    assertEquals(RosterValidation.USAGE, run("--verbose", "x").status);
    assertEquals(RosterValidation.USAGE, run("--file").status);
    assertTrue(run("--lang", "fr").text.contains("usage: scripts/roster.sh"));
  }

  @Test
  void theReferenceDateDecidesAges() {
    // On 2019-08-17 Slamet (born 1955-08-17) is exactly 64: no longer too old; the AK/I issued in
    // 2024 is then in the future for every job seeker who holds one.
    Result r = run("--date", "2019-08-17");
    assertFalse(findings(r.text).get(13).contains("NOT_ELIGIBLE_AGE_ABOVE_MAX"), r.text);
    assertTrue(findings(r.text).get(3).contains("DOCUMENT_DATE_AFTER_REFERENCE"), r.text);
  }

  @Test
  void anAgencyExportWithoutACohortColumnTakesTheCohortFromTheCommandLine() {
    // The shape of the export: no cohort, no registration time, a birth place.
    String header = "NIK,NAMA LENGKAP,JENIS KELAMIN,TEMPAT LAHIR,TANGGAL LAHIR,KELURAHAN,PENDIDIKAN,"
        + "PEKERJAAN";
    String file = write(header,
        "3375015204880101,Siti Rahayu,P,PEKALONGAN,1988-04-12,BENDAN KERGON,SMA,HOMEMAKER",
        "3375010311990102,Budi Santoso,L,PEKALONGAN,1999-11-03,Kel. Bendan Kergon,SMK,UNEMPLOYED")
        .toString();
    Result r = run("--lang", "id", "--file", file, "--cohort", "PKL24-BENDAN-KERGON");
    assertEquals(RosterValidation.CLEAN, r.status, r.text);
    assertTrue(r.text.contains("HASIL: bersih"), r.text);
    assertTrue(r.text.contains("catatan: tanpa kolom waktu pendaftaran: setiap baris dianggap "
        + "terdaftar pada tanggal acuan 2024-06-25"), r.text);
    assertFalse(r.text.contains("kolom tak dikenal"), "TEMPAT LAHIR is known: " + r.text);

    Result without = run("--lang", "id", "--file", file);
    assertEquals(RosterValidation.USAGE, without.status);
    assertTrue(without.text.contains("kolom wajib tidak ada: ANGKATAN (judul yang diterima: ANGKATAN,"),
        without.text);
    assertTrue(without.text.contains("angkatan dapat diberikan dengan --cohort ID"), without.text);
  }

  @Test
  void theCohortOptionMustNameACohortOfTheProgram() {
    Result r = run("--cohort", "PKL24-KEL-99");
    assertEquals(RosterValidation.USAGE, r.status);
    assertTrue(r.text.contains("--cohort PKL24-KEL-99 is not a cohort of program PKL-DBHCHT-2024"),
        r.text);
  }

  @Test
  void aMissingRequiredColumnIsNamedInTheChosenLanguageWithoutAStackTrace() {
    String file = write(HEADER.replace("NIK,", "NO,"), CLEAN_ROW).toString();
    Result en = run("--file", file);
    assertEquals(RosterValidation.USAGE, en.status);
    assertTrue(en.text.contains("required columns missing: NIK (accepted headers: NIK, NO NIK, "),
        en.text);
    Result id = run("--lang", "id", "--file", file);
    assertEquals(RosterValidation.USAGE, id.status);
    assertTrue(id.text.contains("kolom wajib tidak ada: NIK (judul yang diterima: NIK, NO NIK, "),
        id.text);
    for (Result r : List.of(en, id)) {
      assertFalse(r.text.contains("Exception") || r.text.contains("\tat "), r.text);
      assertFalse(r.text.contains("ANGKATAN") || r.text.contains("COHORT"), "only NIK is missing");
    }
  }

  @Test
  void aColumnGivenTwiceExitsWithTwo() {
    Result r = run("--file", write(HEADER + ",NAMA", CLEAN_ROW + ",Siti").toString());
    assertEquals(RosterValidation.USAGE, r.status);
    assertTrue(r.text.contains("the same column appears again: NAMA"), r.text);
  }

  @Test
  void unknownColumnsAreIgnoredWithOneNoteAndKnownOnesSilently() {
    Result r = run("--file", write("No.,RT/RW," + HEADER + ",UKURAN KAOS,No KK,Hobi",
        "1,001/002," + CLEAN_ROW + ",M,3375010101010001,menjahit").toString());
    assertEquals(RosterValidation.CLEAN, r.status, r.text);
    assertEquals(1, r.text.lines().filter(l -> l.startsWith("note: unknown")).count(), r.text);
    assertTrue(r.text.contains("note: unknown columns ignored: UKURAN KAOS, Hobi\n"), r.text);
  }

  @Test
  void englishHeadersAreReadInAnyCaseSpacingAndPunctuation() {
    Result r = run("--file", write(
        "nik,Full Name,sex,date_of_birth,place of birth,Village,EDUCATION,employment,cohort,"
            + "registered-at",
        "3375015204880101,Siti Rahayu,P,1988-04-12,PEKALONGAN,BENDAN KERGON,SMA,HOMEMAKER,"
            + "PKL24-BENDAN-KERGON,2024-06-10T08:05:00").toString());
    assertEquals(RosterValidation.CLEAN, r.status, r.text);
    assertFalse(r.text.contains("note:"), r.text);
  }

  @Test
  void aVillageNameOutsideTheProgramsRegionIsReportedOnItsRowInEitherLanguage() {
    // Sawangan is a desa of Kabupaten Pekalongan (33.26.02.2009), not of Kota Pekalongan.
    String file = write(HEADER, CLEAN_ROW.replace("Bendan Kergon", "Sawangan"), OTHER_CLEAN_ROW)
        .toString();
    Result en = run("--file", file);
    assertEquals(RosterValidation.ERRORS, en.status, en.text);
    assertEquals(ImmutableSetMultimap.of(2, RosterValidation.VILLAGE_UNKNOWN), findings(en.text));
    assertTrue(en.text.contains(
        "KELURAHAN              no village (kelurahan/desa) is named Sawangan in Kota Pekalongan"),
        en.text);
    assertTrue(en.text.contains("2 records: 1 clean, 1 with errors"), en.text);
    Result id = run("--lang", "id", "--file", file);
    assertTrue(id.text.contains("tidak ada kelurahan/desa bernama Sawangan di Kota Pekalongan"),
        id.text);
  }

  @Test
  void findingsNameTheColumnAsTheFileWritesIt() {
    Result r = run("--lang", "id");
    assertTrue(r.text.contains("baris 5    NIK_BIRTH_DATE_MISMATCH            TANGGAL LAHIR"), r.text);
    assertTrue(r.text.contains("baris 6    NAME_DIGIT                         NAMA LENGKAP"), r.text);
  }

  @Test
  void theIndonesianReportCarriesNoEnglishOfTheExample() {
    Result r = run("--lang", "id");
    assertTrue(r.text.contains("catatan: kolom tak dikenal diabaikan: UKURAN KAOS"), r.text);
    for (String english : List.of("line ", "note:", "unknown", "RESULT", "rows", "[warning]")) {
      assertFalse(r.text.contains(english), english + " in " + r.text);
    }
    assertTrue(run("--lang", "id", "--verbose", "x").text.contains("argumen tidak dikenal: --verbose"));
    assertTrue(run("--lang", "id", "--file", dir.resolve("missing.csv").toString()).text
        .contains("berkas tidak ditemukan: "));
  }

  @Test
  void aSemicolonSeparatedExportIsReadLikeACommaSeparatedOne() {
    // As a spreadsheet set to Indonesian saves CSV: ';' between columns, a comma inside a cell.
    Result r = run("--file", write(HEADER.replace(',', ';') + ";KETERANGAN",
        CLEAN_ROW.replace(',', ';') + ";\"hadir, lengkap\"",
        OTHER_CLEAN_ROW.replace(',', ';') + ";").toString());
    assertEquals(RosterValidation.CLEAN, r.status, r.text);
    assertTrue(r.text.contains("2 records: 2 clean"), r.text);
  }

  @Test
  void theReadmeShowsTheSamplesShapeAndItsRealOutput() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String section = readme.substring(readme.indexOf("## Validate a roster file"));
    section = section.substring(0, section.indexOf("\n## ", 1));
    List<String> blocks = new java.util.ArrayList<>();
    Matcher m = Pattern.compile("```text\n(.*?)```", Pattern.DOTALL).matcher(section);
    while (m.find()) {
      blocks.add(m.group(1));
    }
    assertEquals(2, blocks.size(), section);
    try (var in = RosterValidation.class.getResourceAsStream(RosterValidation.SAMPLE)) {
      String sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(sample.startsWith(blocks.get(0)), "the sample's first lines: " + blocks.get(0));
    }
    String output = run("--lang", "id").text;
    for (String line : blocks.get(1).split("\n")) {
      assertTrue(output.contains(line + "\n"), "not in the output: " + line);
    }
  }

  private record Result(int status, String text) {}

  private static Result run(String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    int status = RosterValidation.run(args, out);
    return new Result(status, bytes.toString(StandardCharsets.UTF_8));
  }

  private static ImmutableSetMultimap<Integer, String> findings(String text) {
    ImmutableSetMultimap.Builder<Integer, String> b = ImmutableSetMultimap.builder();
    for (String line : text.split("\n")) {
      Matcher m = FINDING.matcher(line);
      if (m.find()) {
        b.put(Integer.parseInt(m.group(1)), m.group(2));
      }
    }
    return b.build();
  }

  private Path write(String... lines) {
    try {
      Path file = Files.createTempFile(dir, "roster", ".csv");
      Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
