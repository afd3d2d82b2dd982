package id.terampil.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import id.terampil.validation.code.FindingCode;
import id.terampil.validation.code.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RecordValidatorTest {

  static final LocalDate CLOSE = LocalDate.of(2024, 7, 31);
  static final String NIK = "3375014508900001"; // Kota Pekalongan, woman born 05-08-1990

  static final RecordValidator VALIDATOR = RecordValidator.builder(CLOSE).build();

  /** The fields of a clean record, to change one or two before building. */
  static final class Draft {
    String nik = NIK;
    String name = "Siti Aminah";
    String sex = "P";
    String birthDate = "1990-08-05";
    String domicileCode = "33.75.01.1006";
    String cohortId = "PKL24-BENDAN-KERGON";

    EnrollmentRecord build() {
      return EnrollmentRecord.builder()
          .nik(nik)
          .name(name)
          .sex(sex)
          .birthDate(birthDate)
          .domicileCode(domicileCode)
          .programId("PKL-DBHCHT-2024")
          .cohortId(cohortId)
          .addTargetGroups("HOUSEWIFE", "TOBACCO_WORKER_HOUSEHOLD")
          .addDocuments(DocumentEntry.of("KTP", "2012-03-01"), DocumentEntry.of("KK", null))
          .businessKbli("10792")
          .businessCapital("Rp 5.000.000")
          .businessAnnualSales("24000000")
          .registeredAt("2024-07-02T09:30:00+07:00")
          .score("87.5")
          .build();
    }
  }

  static EnrollmentRecord clean(Consumer<Draft> change) {
    Draft d = new Draft();
    change.accept(d);
    return d.build();
  }

  static List<String> codes(List<Finding> findings) {
    return findings.stream()
        .map(f -> f.code() + "@" + f.field().orElse(""))
        .collect(Collectors.toList());
  }

  @Test
  void cleanRecordHasNoFindings() {
    assertEquals(List.of(), VALIDATOR.validate(clean(d -> { }), 0));
    assertEquals(List.of(), VALIDATOR.validate(clean(d -> { }), 7));
  }

  @Test
  void reportsEveryProblemOfOneRecordAtOnce() {
    EnrollmentRecord record =
        EnrollmentRecord.builder()
            .nik("33750145O8900001")
            .name("Siti 4minah")
            .sex("W")
            .birthDate("1990-02-30")
            .domicileCode("33.75.01")
            .programId("program 1")
            .cohortId("   ")
            .addTargetGroups("HOUSEWIFE", "ALIEN", "HOUSEWIFE", "")
            .addDocuments(DocumentEntry.of("KTP", "2030-01-01"), DocumentEntry.of("ktp", "2020-02-30"))
            .addDocuments(DocumentEntry.of(null, null), DocumentEntry.of("KTP", null))
            .businessKbli("1079")
            .businessCapital("Rp 1.50.000")
            .businessAnnualSales("-5")
            .registeredAt("yesterday")
            .score("-1")
            .build();
    List<Finding> findings = VALIDATOR.validate(record, 3);
    assertEquals(
        List.of(
            "NIK_NOT_DIGITS@nik",
            "NAME_DIGIT@name",
            "SEX_INVALID@sex",
            "BIRTH_DATE_INVALID@birthDate",
            "REGION_CODE_LEVEL@domicileCode",
            "PROGRAM_ID_INVALID@programId",
            "FIELD_REQUIRED@cohortId",
            "TARGET_GROUP_UNKNOWN@targetGroups[1]",
            "TARGET_GROUP_DUPLICATE@targetGroups[2]",
            "FIELD_REQUIRED@targetGroups[3]",
            "DOCUMENT_DATE_AFTER_REFERENCE@documents[0].issueDate",
            "DOCUMENT_KIND_INVALID@documents[1].kind",
            "DOCUMENT_DATE_INVALID@documents[1].issueDate",
            "FIELD_REQUIRED@documents[2].kind",
            "DOCUMENT_DUPLICATE@documents[3].kind",
            "KBLI_INVALID@businessKbli",
            "AMOUNT_INVALID@businessCapital",
            "AMOUNT_INVALID@businessAnnualSales",
            "REGISTRATION_TIME_INVALID@registeredAt",
            "SCORE_INVALID@score"),
        codes(findings));
    assertTrue(findings.stream().allMatch(f -> f.recordIndex() == 3));
    assertEquals(Map.of("position", "9"), findings.get(0).parameters());
    assertEquals(
        "NIK may contain only the digits 0-9 (position 9)", findings.get(0).message(Locale.ENGLISH));
    assertEquals(
        "NIK hanya boleh berisi angka 0-9 (posisi 9)",
        findings.get(0).message(Locale.forLanguageTag("id")));
    assertEquals(
        "domicileCode must be a region code of level VILLAGE, found 33.75.01 of level DISTRICT",
        findings.get(4).message(Locale.ENGLISH));
    assertEquals("ID angkatan wajib diisi", findings.get(6).message(Locale.forLanguageTag("id")));
  }

  @Test
  void missingRequiredFieldsAreReportedAndOptionalOnesAreNot() {
    EnrollmentRecord empty = EnrollmentRecord.builder().build();
    assertEquals(
        List.of(
            "FIELD_REQUIRED@nik",
            "FIELD_REQUIRED@name",
            "FIELD_REQUIRED@sex",
            "FIELD_REQUIRED@birthDate",
            "FIELD_REQUIRED@domicileCode",
            "FIELD_REQUIRED@cohortId"),
        codes(VALIDATOR.validate(empty, 0)));
    RecordValidator all =
        RecordValidator.builder(CLOSE).requiredFields(EnumSet.allOf(RecordField.class)).build();
    assertEquals(RecordField.values().length, all.validate(empty, 0).size());
    RecordValidator none = RecordValidator.builder(CLOSE).requiredFields(List.of()).build();
    assertEquals(List.of(), none.validate(empty, 0));
    assertEquals(
        List.of("DOCUMENT_MISSING@documents"),
        codes(
            RecordValidator.builder(CLOSE)
                .requiredDocuments(List.of("KTP", "AK1"))
                .build()
                .validate(clean(d -> { }), 0)));
  }

  @Test
  void eachFieldsOwnFindingsComeInFieldOrderAndTheNikCrossChecksAfterThem() {
    // As validate() documents: the sex mismatch is a cross-check, reported after the score.
    EnrollmentRecord record =
        Roster.record(d -> { d.sex = "L"; d.education = "SD-X"; d.score = "abc"; });
    assertEquals(
        List.of("EDUCATION_INVALID@education", "SCORE_INVALID@score", "NIK_SEX_MISMATCH@sex"),
        codes(VALIDATOR.validate(record, 0)));
  }

  @Test
  void crossChecksTheNikAgainstDeclaredDataWithTheNikMasked() {
    EnrollmentRecord record =
        clean(d -> { d.birthDate = "1991-08-05"; d.sex = "L"; d.domicileCode = "33.26.01.2001"; });
    List<Finding> findings = VALIDATOR.validate(record, 0);
    assertEquals(
        List.of(
            "NIK_BIRTH_DATE_MISMATCH@birthDate",
            "NIK_SEX_MISMATCH@sex",
            "NIK_REGION_MISMATCH@domicileCode"),
        codes(findings));
    assertEquals(
        List.of(Severity.ERROR, Severity.ERROR, Severity.WARNING),
        findings.stream().map(Finding::severity).collect(Collectors.toList()));
    for (Finding f : findings) {
      assertEquals("3375********0001", f.parameters().get("nik"));
      assertFalse(f.toString().contains(NIK), f.toString());
      assertFalse(f.message(Locale.ENGLISH).contains(NIK));
      assertFalse(f.message(Locale.forLanguageTag("id")).contains(NIK));
    }
    assertEquals(
        "declared sex L does not match NIK 3375********0001, which encodes P",
        findings.get(1).message(Locale.ENGLISH));
    RecordValidator revealing =
        RecordValidator.builder(CLOSE)
            .revealNik(true)
            .severity(FindingCode.NIK_REGION_MISMATCH, Severity.ERROR)
            .build();
    List<Finding> revealed = revealing.validate(record, 0);
    assertEquals(NIK, revealed.get(0).parameters().get("nik"));
    assertEquals(Severity.ERROR, revealed.get(2).severity());
    // a domicile within the NIK's district, or a wider region containing it, agrees
    assertEquals(List.of(), VALIDATOR.validate(clean(d -> { d.domicileCode = "33.75.01.1012"; }), 0));
    assertEquals(
        List.of(),
        RecordValidator.builder(CLOSE)
            .domicileLevel(id.terampil.core.region.RegionLevel.REGENCY, false)
            .build()
            .validate(clean(d -> { d.domicileCode = "3375"; }), 0));
  }

  @Test
  void warnsAboutRetiredAndUnknownRegionsGivenADirectory() {
    RecordValidator withDirectory =
        RecordValidator.builder(CLOSE).regionDirectory(new TestDirectory()).build();
    assertEquals(List.of(), withDirectory.validate(clean(d -> { }), 0));
    // an older Kota Sorong NIK keeps 92.71; the person now lives in 96.71
    EnrollmentRecord sorong =
        clean(d -> { d.nik = "9271010508900003"; d.sex = "L"; d.domicileCode = "96.71.01.1001"; });
    List<Finding> findings = withDirectory.validate(sorong, 0);
    assertEquals(
        List.of(
            "REGION_CODE_UNKNOWN@domicileCode",
            "NIK_REGION_MISMATCH@domicileCode",
            "NIK_REGION_RETIRED@nik"),
        codes(findings));
    assertTrue(findings.stream().noneMatch(Finding::isError));
    assertEquals(Map.of("nikRegion", "92.71", "successor", "96.71"), findings.get(2).parameters());
    EnrollmentRecord unknown = clean(d -> { d.nik = "3375024508900001"; d.domicileCode = "33.75.02.1001"; });
    assertEquals(
        List.of("REGION_CODE_UNKNOWN@domicileCode", "NIK_REGION_UNKNOWN@nik"),
        codes(withDirectory.validate(unknown, 0)));
    assertEquals(List.of(), VALIDATOR.validate(clean(d -> { d.nik = "9271010508900003"; d.sex = "L"; d.domicileCode = "92.71.01.1001"; }), 0));
  }

  @Test
  void judgesBirthDatesAndAgeAtTheReferenceDate() {
    assertEquals(
        List.of("AGE_OUTSIDE_RANGE@birthDate", "NIK_BIRTH_DATE_MISMATCH@birthDate"),
        codes(VALIDATOR.validate(clean(d -> { d.birthDate = "2010-08-05"; }), 0)));
    assertEquals(
        List.of("BIRTH_DATE_IMPLAUSIBLE@birthDate", "NIK_BIRTH_DATE_MISMATCH@birthDate"),
        codes(VALIDATOR.validate(clean(d -> { d.birthDate = "0000-01-01"; }), 0)));
    assertEquals(
        List.of("BIRTH_DATE_AFTER_REFERENCE@birthDate", "NIK_BIRTH_DATE_MISMATCH@birthDate"),
        codes(VALIDATOR.validate(clean(d -> { d.birthDate = "9999-12-31"; }), 0)));
    assertEquals(
        List.of("BIRTH_DATE_INVALID@birthDate"),
        codes(VALIDATOR.validate(clean(d -> { d.birthDate = "05.08.1990"; }), 0)));
    RecordValidator old = RecordValidator.builder(CLOSE).ageRange(18, 30).build();
    Finding age = old.validate(clean(d -> { }), 0).get(0);
    assertEquals(FindingCode.AGE_OUTSIDE_RANGE, age.code());
    assertEquals("usia pada 2024-07-31 harus antara 18 dan 30 tahun", age.message(Locale.forLanguageTag("id")));
    assertEquals(List.of(), RecordValidator.builder(CLOSE).anyAge().build()
        .validate(clean(d -> { d.nik = "3375014508100001"; d.birthDate = "2010-08-05"; }), 0));
    assertThrows(IllegalArgumentException.class, () -> RecordValidator.builder(CLOSE).ageRange(30, 18));
    assertThrows(IllegalArgumentException.class, () -> VALIDATOR.validate(clean(d -> { }), -1));
  }

  @Test
  void toStringMasksTheNikAndTheName() {
    String text = clean(d -> { }).toString();
    assertFalse(text.contains(NIK), text);
    assertFalse(text.contains("Siti"), text);
    assertTrue(text.contains("3375********0001"), text);
    assertTrue(text.contains("name=S***"), text);
    String huge = "x".repeat(1_000_000);
    assertTrue(clean(d -> { d.name = huge; d.cohortId = huge; }).toString().length() < 2_000);
  }

  static final String TEN_MB = "9".repeat(10 * 1024 * 1024);

  static List<String> hostileTexts() {
    return List.of(
        "",
        " \t\n",
        TEN_MB,
        "\u0000\u0007\u001b[31m",
        "\uD800",
        "\uDC00abc",
        "abc\uD83D",
        "0000-01-01",
        "9999-12-31",
        "+999999999-12-31",
        "-0001-01-01",
        "2024-02-30",
        "${'a'.getClass()}",
        "#{1+1}",
        "\u202Eevil",
        "3375014508900001\u0000",
        "\uFEFF3375014508900001");
  }

  @Test
  void neverThrowsOnHostileInput() {
    RecordValidator strict =
        RecordValidator.builder(CLOSE)
            .requiredFields(EnumSet.allOf(RecordField.class))
            .regionDirectory(new TestDirectory())
            .requiredDocuments(List.of("KTP"))
            .build();
    List<String> texts = new ArrayList<>(hostileTexts());
    for (String t : texts) {
      EnrollmentRecord record =
          EnrollmentRecord.builder()
              .nik(t).name(t).sex(t).birthDate(t).domicileCode(t).programId(t).cohortId(t)
              .addTargetGroups(t, t)
              .addDocuments(DocumentEntry.of(t, t))
              .businessKbli(t).businessCapital(t).businessAnnualSales(t).registeredAt(t).score(t)
              .build();
      ImmutableList<Finding> findings = strict.validate(record, 0);
      assertFalse(findings.isEmpty(), t.length() > 40 ? t.length() + " characters" : t);
      for (Finding f : findings) {
        assertTrue(f.message(Locale.ENGLISH).length() < 400);
        assertTrue(f.message(Locale.forLanguageTag("id")).length() < 400);
      }
    }
    for (String t : texts) {
      // one hostile field in an otherwise clean record is caught on that field
      for (EnrollmentRecord r :
          List.of(clean(d -> { d.nik = t; }), clean(d -> { d.name = t; }), clean(d -> { d.birthDate = t; }))) {
        assertTrue(strict.validate(r, 0).stream().anyMatch(Finding::isError));
      }
    }
    // all nulls
    assertEquals(
        RecordField.values().length,
        strict.validate(EnrollmentRecord.builder().build(), 0).stream()
            .filter(f -> f.code() == FindingCode.FIELD_REQUIRED)
            .count());
  }

  @Test
  void hostileTextAppearsLiterallyInFindingMessages() {
    for (String hostile : List.of("${'a'.getClass()}", "#{1+1}", "{field}", "${1+1}")) {
      List<Finding> findings =
          VALIDATOR.validate(clean(d -> { d.cohortId = hostile; d.sex = hostile; }), 0);
      assertEquals(List.of("SEX_INVALID@sex", "COHORT_ID_INVALID@cohortId"), codes(findings));
      for (Finding f : findings) {
        assertTrue(f.message(Locale.ENGLISH).contains("\"" + hostile + "\""), f.message(Locale.ENGLISH));
        assertTrue(f.message(Locale.forLanguageTag("id")).contains("\"" + hostile + "\""));
      }
    }
  }

  private static long bestNanos(Runnable r) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 7; i++) {
      long t0 = System.nanoTime();
      r.run();
      best = Math.min(best, System.nanoTime() - t0);
    }
    return best;
  }

  @Test
  void rejectsAnAdversarialOneMegabyteNameInLinearTime() {
    // whitespace runs and name characters, ending in a symbol: a backtracking regex would explode
    String small = " a".repeat(50_000) + " !";
    String large = " a".repeat(500_000) + " !";
    String blankThenLetter = " ".repeat(1_048_575) + "a";
    EnrollmentRecord smallRecord = clean(d -> { d.name = small; });
    EnrollmentRecord largeRecord = clean(d -> { d.name = large; });
    assertEquals(List.of("FIELD_TOO_LONG@name"), codes(VALIDATOR.validate(largeRecord, 0)));
    assertEquals(
        List.of("FIELD_TOO_LONG@name"),
        codes(VALIDATOR.validate(clean(d -> { d.name = blankThenLetter; }), 0)));
    // below the length cap the name rule itself runs, and finds the symbol after many words
    assertEquals(
        List.of("NAME_SYMBOL@name"),
        codes(VALIDATOR.validate(clean(d -> { d.name = " a".repeat(40) + "!"; }), 0)));
    long smallNanos = bestNanos(() -> VALIDATOR.validate(smallRecord, 0));
    long largeNanos = bestNanos(() -> VALIDATOR.validate(largeRecord, 0));
    long blankNanos = bestNanos(() -> VALIDATOR.validate(clean(d -> { d.name = blankThenLetter; }), 0));
    // linear would be about 10x (or less: over-long text is cut off early); quadratic about 100x
    assertTrue(largeNanos < 40 * Math.max(smallNanos, 50_000), largeNanos + " vs " + smallNanos);
    assertTrue(blankNanos < 1_000_000_000L, "1 MB of whitespace took " + blankNanos + " ns");
  }

  @Test
  void aNikPastedIntoAnotherColumnIsMaskedInMessages() {
    List<Finding> findings = VALIDATOR.validate(clean(d -> { d.cohortId = NIK; d.domicileCode = NIK; }), 0);
    assertEquals(List.of("REGION_CODE_INVALID@domicileCode"), codes(findings));
    assertEquals("3375********0001", findings.get(0).parameters().get("value"));
  }

  @Test
  void oneValidatorSharedByEightThreadsGivesIdenticalResults() throws Exception {
    List<EnrollmentRecord> records = new ArrayList<>();
    for (String t : hostileTexts()) {
      records.add(clean(d -> { d.name = t; d.birthDate = t; }));
    }
    List<List<Finding>> expected = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      expected.add(VALIDATOR.validate(records.get(i), i));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<List<Finding>>>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        futures.add(pool.submit(() -> {
          List<List<Finding>> got = new ArrayList<>();
          for (int i = 0; i < records.size(); i++) {
            got.add(VALIDATOR.validate(records.get(i), i));
          }
          return got;
        }));
      }
      for (Future<List<List<Finding>>> f : futures) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdown();
    }
  }
}
