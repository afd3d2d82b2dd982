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
  /** Every column but the optional ones. */
  private static final String HEADER =
      String.join(
          ",",
          RosterValidation.COLUMNS.stream()
              .filter(c -> !RosterValidation.OPTIONAL_COLUMNS.contains(c))
              .toList());
  private static final String CLEAN_ROW =
      "3375015204880101,Siti Rahayu,P,1988-04-12,33.75.01.1006,SMA_SMK,HOMEMAKER,PKL-DBHCHT-2024,"
          + "PKL24-BENDAN-KERGON,HOUSEWIFE,KTP:2016-05-10;KK:2019-02-01,,,,2024-06-10T08:05:00,";
  private static final String OTHER_CLEAN_ROW =
      "3375010311990102,Budi Santoso,L,1999-11-03,33.75.01.1006,SMA_SMK,UNEMPLOYED,PKL-DBHCHT-2024,"
          + "PKL24-BENDAN-KERGON,JOB_SEEKER;YOUTH,KTP:2017-12-01;AK_I:2024-01-05,,,,2024-06-10T08:20:00,";

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
            .build();
    assertEquals(expected, findings(r.text));
    assertTrue(r.text.contains("(55 rows)"), "every data row is counted, the unreadable one too");
    assertTrue(r.text.contains("54 records: 42 clean, 12 with errors"), r.text);
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
    assertTrue(r.text.contains("baris berisi 15 kolom, seharusnya 16"), r.text);
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
    assertTrue(r.text.contains("the row has 17 columns, the header 16"), r.text);
    assertTrue(r.text.contains("the row has 2 columns, the header 16"), r.text);
    assertTrue(r.text.contains("1 records: 1 clean") && r.text.contains("unreadable rows 2"), r.text);
  }

  @Test
  void aCsvSyntaxErrorIsReportedWithItsLineAndTheRowsBeforeItAreValidated() {
    Result r = run("--file",
        write(HEADER, CLEAN_ROW, "\"3375010311990102\"x,Budi" + ",".repeat(14)).toString());
    assertEquals(RosterValidation.ERRORS, r.status);
    assertEquals(ImmutableSetMultimap.of(3, RosterValidation.CSV_SYNTAX), findings(r.text));
    assertTrue(r.text.contains("1 records: 1 clean"), r.text);
  }

  @Test
  void aHeaderWithoutEveryColumnOrBadArgumentsExitWithTwo() {
    assertEquals(RosterValidation.USAGE,
        run("--file", write("nik,name", "3375015204880101,Siti").toString()).status);
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
