package id.terampil.validation;

import static id.terampil.validation.Roster.CLOSE;
import static id.terampil.validation.Roster.KERGON;
import static id.terampil.validation.Roster.LATE;
import static id.terampil.validation.Roster.PROGRAM;
import static id.terampil.validation.Roster.SAPURO;
import static id.terampil.validation.Roster.VALIDATOR;
import static id.terampil.validation.Roster.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import id.terampil.core.applicant.Application;
import id.terampil.core.applicant.DocumentKind;
import id.terampil.core.classification.Skills;
import id.terampil.core.eligibility.EligibilityPolicy;
import id.terampil.core.eligibility.EligibilityRule;
import id.terampil.core.eligibility.ParticipationHistory;
import id.terampil.core.eligibility.PastParticipation;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Nik;
import id.terampil.core.program.TrainingProgram;
import id.terampil.core.time.DateRange;
import id.terampil.validation.code.FindingCode;
import id.terampil.validation.code.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BatchValidatorTest {

  static final Locale ID = Locale.forLanguageTag("id");

  static List<String> codes(RecordReport report) {
    return report.findings().stream()
        .map(f -> f.code() + "@" + f.field().orElse(""))
        .collect(Collectors.toList());
  }

  static Finding only(RecordReport report, FindingCode code) {
    List<Finding> found =
        report.findings().stream().filter(f -> f.code() == code).collect(Collectors.toList());
    assertEquals(1, found.size(), report.findings().toString());
    return found.get(0);
  }

  @Test
  void anApplicationRefersToTheProgramsOwnIds() {
    // Reading the record's texts makes ids equal to the program's; the application keeps the
    // program's own instances.
    Application a = VALIDATOR.validate(List.of(record(1, KERGON))).applications().get(0);

    assertSame(PROGRAM.id(), a.program());
    assertSame(PROGRAM.cohort(CohortId.of(KERGON)).orElseThrow().id(), a.cohortChoices().get(0));
  }

  @Test
  void aCleanBatchIsAcceptedAndEveryRecordConverts() {
    BatchReport report =
        VALIDATOR.validate(List.of(record(1, KERGON), record(2, SAPURO), record(3, LATE)));

    assertTrue(report.isClean(), report.summary(Locale.ENGLISH));
    assertEquals(List.of(0, 1, 2), report.cleanIndexes());
    assertEquals(3, report.applications().size());
    assertEquals(0, report.errorCount());
    assertEquals(0, report.warningCount());
    assertEquals(Map.of(), report.countsByCode());
    assertEquals(
        List.of(
            CohortLoad.of(CohortId.of(KERGON), 2, 1),
            CohortLoad.of(CohortId.of(SAPURO), 40, 1),
            CohortLoad.of(CohortId.of(LATE), 40, 1)),
        report.cohortLoads());
  }

  @Test
  void aRepeatedNikInTheSameCohortPointsAtTheFirstRecordWithTheNikMasked() {
    BatchReport report =
        VALIDATOR.validate(List.of(record(1, SAPURO), record(2, SAPURO), record(1, SAPURO),
            record(1, SAPURO)));

    assertEquals(List.of(0, 1), report.cleanIndexes());
    for (int i : new int[] {2, 3}) {
      Finding f = only(report.records().get(i), FindingCode.DUPLICATE_NIK);
      assertEquals("0", f.parameters().get("firstIndex"));
      assertEquals("3375********0001", f.parameters().get("nik"));
      assertFalse(f.message(Locale.ENGLISH).contains(Roster.nik(1)));
      assertTrue(report.records().get(i).application().isEmpty());
    }
    BatchReport revealed =
        BatchValidator.builder(PROGRAM, CLOSE).revealNik(true).build()
            .validate(List.of(record(1, SAPURO), record(1, SAPURO)));
    assertEquals(
        Roster.nik(1),
        only(revealed.records().get(1), FindingCode.DUPLICATE_NIK).parameters().get("nik"));
  }

  @Test
  void oneNikInOverlappingCohortsIsRejectedButLaterCohortsAreAccepted() {
    BatchReport report =
        VALIDATOR.validate(List.of(record(1, KERGON), record(1, SAPURO), record(1, LATE)));

    Finding f = only(report.records().get(1), FindingCode.OVERLAPPING_COHORTS);
    assertEquals(SAPURO, f.parameters().get("cohort"));
    assertEquals(KERGON, f.parameters().get("otherCohort"));
    assertEquals("0", f.parameters().get("otherIndex"));
    assertEquals(List.of(0, 2), report.cleanIndexes());
    assertEquals(List.of(), codes(report.records().get(2)));
  }

  @Test
  void onAnEnrollmentRosterRecordsBeyondACohortsSeatsAreRejectedInInputOrderAndErroneousRecordsTakeNoSeat() {
    EnrollmentRecord broken = record(d -> {
      d.nik = Roster.nik(9);
      d.sex = "X";
    });
    List<EnrollmentRecord> batch =
        List.of(record(1, KERGON), broken, record(2, KERGON), record(3, KERGON), record(4, KERGON));

    BatchReport report = Roster.ENROLLMENTS.validate(batch);

    assertEquals(RosterKind.ENROLLMENTS, Roster.ENROLLMENTS.roster());
    assertEquals(List.of("SEX_INVALID@sex"), codes(report.records().get(1)));
    assertEquals(List.of(0, 2), report.cleanIndexes());
    for (int i : new int[] {3, 4}) {
      assertEquals(List.of("COHORT_SEATS_EXCEEDED@cohortId"), codes(report.records().get(i)));
      assertEquals("2", report.records().get(i).findings().get(0).parameters().get("seats"));
    }
    CohortLoad kergon = report.cohortLoads().get(0);
    assertEquals(4, kergon.requested());
    assertEquals(2, kergon.excess());
    assertTrue(kergon.isExceeded());
    assertTrue(report.summary(Locale.ENGLISH).contains("cohort PKL24-BENDAN-KERGON: 4 acceptable"));
    assertTrue(report.summary(ID).contains("angkatan PKL24-BENDAN-KERGON: 4 data layak untuk 2 kursi"));

    BatchReport lenient =
        BatchValidator.builder(PROGRAM, CLOSE)
            .roster(RosterKind.ENROLLMENTS)
            .severity(FindingCode.COHORT_SEATS_EXCEEDED, Severity.WARNING)
            .build()
            .validate(batch);
    assertEquals(List.of(0, 2, 3, 4), lenient.cleanIndexes());
    assertEquals(2, lenient.warningCount());
  }

  @Test
  void anApplicationRosterOverACohortsSeatsHasNoSeatFindingAndKeepsEveryEligibleApplication() {
    List<EnrollmentRecord> batch =
        List.of(record(1, KERGON), record(2, KERGON), record(3, KERGON), record(4, KERGON));

    BatchReport report = VALIDATOR.validate(batch);

    assertEquals(RosterKind.APPLICATIONS, VALIDATOR.roster());
    assertTrue(report.isClean(), report.summary(Locale.ENGLISH));
    assertEquals(List.of(0, 1, 2, 3), report.cleanIndexes());
    assertEquals(4, report.applications().size());
    assertFalse(report.countsByCode().containsKey(FindingCode.COHORT_SEATS_EXCEEDED));
    // The oversubscription is still visible, for the selection that follows.
    CohortLoad kergon = report.cohortLoads().get(0);
    assertEquals(4, kergon.requested());
    assertEquals(2, kergon.excess());
    // The same roster as an enrollment roster: the seat rule flags the third and fourth.
    BatchReport enrolled = Roster.ENROLLMENTS.validate(batch);
    assertEquals(List.of(0, 1), enrolled.cleanIndexes());
    assertEquals(2, enrolled.countsByCode().get(FindingCode.COHORT_SEATS_EXCEEDED));
  }

  @Test
  void anUnknownCohortAndAnotherProgramAreRejectedAndAnAbsentProgramIdMeansThisProgram() {
    BatchReport report =
        VALIDATOR.validate(
            List.of(
                record(d -> d.cohortId = "PKL24-NOWHERE"),
                record(d -> {
                  d.nik = Roster.nik(2);
                  d.programId = "KDI-2024";
                }),
                record(d -> {
                  d.nik = Roster.nik(3);
                  d.programId = " ";
                })));

    Finding unknown = only(report.records().get(0), FindingCode.COHORT_UNKNOWN);
    assertEquals("PKL24-NOWHERE", unknown.parameters().get("cohort"));
    assertEquals(
        "cohort \"PKL24-NOWHERE\" is not a cohort of program PKL-DBHCHT-2024",
        unknown.message(Locale.ENGLISH));
    assertEquals(List.of("PROGRAM_MISMATCH@programId"), codes(report.records().get(1)));
    assertEquals(List.of(2), report.cleanIndexes());
    assertEquals(
        PROGRAM.id(), report.records().get(2).application().orElseThrow().program());
  }

  @Test
  void aDomicileOutsideTheCohortsRegionsIsOneFindingAndOnlyWhereTheCohortLimitsThem() {
    // 33.75.02.1001 is in Pekalongan Timur; KERGON serves Pekalongan Barat (33.75.01) only.
    BatchReport report =
        VALIDATOR.validate(
            List.of(
                record(d -> d.domicileCode = "33.75.02.1001"),
                record(d -> {
                  d.nik = Roster.nik(2);
                  d.domicileCode = "33.75.02.1001";
                  d.cohortId = SAPURO;
                })));

    // One fact, one error: the NIK's other district is only the usual warning.
    assertEquals(
        List.of("NIK_REGION_MISMATCH@domicileCode", "NOT_ELIGIBLE_RESIDENCE@domicileCode"),
        codes(report.records().get(0)));
    assertEquals(1, report.records().get(0).errorCount());
    Finding f = only(report.records().get(0), FindingCode.NOT_ELIGIBLE_RESIDENCE);
    assertEquals(Map.of("domicile", "33.75.02.1001", "regions", "33.75.01"), f.parameters());
    assertEquals(
        "domicile 33.75.02.1001 lies outside the regions the cohort serves (33.75.01)",
        f.message(Locale.ENGLISH));
    assertTrue(report.records().get(0).application().isEmpty());
    // The NIK's district differs too, but that is only a warning: the NIK keeps the first region.
    assertEquals(List.of("NIK_REGION_MISMATCH@domicileCode"), codes(report.records().get(1)));
    assertTrue(report.records().get(1).isClean());
  }

  @Test
  void ageAndTargetGroupsOutsideTheEligibilityPolicyAreRejectedWithTheRulesParameters() {
    String child = Nik.of(Roster.DISTRICT, LocalDate.of(2010, 3, 1), id.terampil.core.identity.Sex.FEMALE, 5).toString();
    String elder = Nik.of(Roster.DISTRICT, LocalDate.of(1950, 3, 1), id.terampil.core.identity.Sex.FEMALE, 6).toString();
    BatchReport report =
        VALIDATOR.validate(
            List.of(
                record(d -> {
                  d.nik = child;
                  d.birthDate = "2010-03-01";
                  d.cohortId = SAPURO;
                }),
                record(d -> {
                  d.nik = elder;
                  d.birthDate = "1950-03-01";
                  d.cohortId = SAPURO;
                }),
                record(d -> {
                  d.nik = Roster.nik(7);
                  d.targetGroups = List.of("YOUTH");
                  d.cohortId = SAPURO;
                })));

    Finding young = only(report.records().get(0), FindingCode.NOT_ELIGIBLE_AGE_BELOW_MIN);
    assertEquals(
        ImmutableMap.of("age", "14", "minAge", "15", "referenceDate", "2024-06-30"),
        young.parameters());
    assertEquals("birthDate", young.field().orElseThrow());
    assertEquals(
        "age 14 on 2024-06-30 is below the program's minimum age of 15",
        young.message(Locale.ENGLISH));
    Finding old = only(report.records().get(1), FindingCode.NOT_ELIGIBLE_AGE_ABOVE_MAX);
    assertEquals("74", old.parameters().get("age"));
    Finding group = only(report.records().get(2), FindingCode.NOT_ELIGIBLE_TARGET_GROUP);
    assertEquals("ANY_OF", group.parameters().get("mode"));
    assertEquals(List.of(), report.cleanIndexes());
    assertEquals(3, report.errorCount());
  }

  @Test
  void aKnownHistoryOfAnOverlappingEnrollmentMakesTheApplicantIneligible() {
    Nik nik = Nik.parse(Roster.nik(1));
    PastParticipation elsewhere =
        PastParticipation.of(
            CohortId.of("BLK-2024-LAS"),
            DateRange.ofClosed(LocalDate.of(2024, 7, 15), LocalDate.of(2024, 8, 15)),
            List.of(Skills.SEWING),
            false);
    TrainingProgram strict =
        Roster.program(EligibilityPolicy.of(EligibilityRule.notEnrolledInOverlappingCohort()));
    BatchValidator validator =
        BatchValidator.builder(strict, CLOSE)
            .participationHistories(Map.of(nik, ParticipationHistory.of(elsewhere)))
            .build();

    BatchReport report = validator.validate(List.of(record(1, KERGON), record(2, KERGON)));

    Finding f = only(report.records().get(0), FindingCode.NOT_ELIGIBLE_OVERLAPPING_ENROLLMENT);
    assertEquals("BLK-2024-LAS", f.parameters().get("cohort"));
    assertEquals(List.of(1), report.cleanIndexes());
  }

  @Test
  void customEligibilityRulesAreReportedSafelyAndAThrowingRuleBecomesAFinding() {
    TrainingProgram custom =
        Roster.program(
            EligibilityPolicy.of(
                EligibilityRule.custom(
                    "NOT_ASN", "bukan ASN", "not a civil servant", (a, c) -> false, (a, c) -> Map.of("kk", "3375010101900001")),
                EligibilityRule.custom(
                    "BROKEN", "rusak", "broken", (a, c) -> { throw new IllegalStateException("boom"); })));

    BatchReport report = BatchValidator.builder(custom, CLOSE).build()
        .validate(List.of(record(1, KERGON)));

    RecordReport r = report.records().get(0);
    assertEquals(List.of("ELIGIBILITY_NOT_EVALUATED@"), codes(r));
    assertEquals("IllegalStateException", r.findings().get(0).parameters().get("reason"));

    TrainingProgram unmet =
        Roster.program(
            EligibilityPolicy.of(
                EligibilityRule.custom(
                    "NOT_ASN", "bukan ASN", "not a civil servant", (a, c) -> false, (a, c) -> Map.of("kk", "3375010101900001"))));
    Finding f =
        only(
            BatchValidator.builder(unmet, CLOSE).build().validate(List.of(record(1, KERGON)))
                .records().get(0),
            FindingCode.NOT_ELIGIBLE_OTHER);
    assertEquals("NOT_ASN", f.parameters().get("reason"));
    assertEquals("3375********0001", f.parameters().get("kk"));
    assertEquals("the applicant does not meet the program rule \"not a civil servant\" (NOT_ASN)", f.message(Locale.ENGLISH));
  }

  @Test
  void aRetiredNikPrefixIsAWarningGivenADirectory() {
    // Kota Sorong was 92.71 before 2022; older Sorong NIKs keep that prefix.
    String sorong = "9271014508900001";
    BatchValidator validator =
        BatchValidator.builder(PROGRAM, CLOSE).regionDirectory(new TestDirectory()).build();

    RecordReport r =
        validator.validate(List.of(record(d -> {
          d.nik = sorong;
          d.cohortId = SAPURO;
        }))).records().get(0);

    assertTrue(codes(r).contains("NIK_REGION_RETIRED@nik"), codes(r).toString());
    assertTrue(r.isClean());
    assertTrue(r.findings().stream().noneMatch(f -> f.parameters().containsValue(sorong)));
  }

  @Test
  void aNikThatContradictsTheDeclaredDataIsRejectedInTheBatchToo() {
    RecordReport r =
        VALIDATOR.validate(List.of(record(d -> d.birthDate = "1990-08-06"))).records().get(0);
    assertEquals(List.of("NIK_BIRTH_DATE_MISMATCH@birthDate"), codes(r));
    assertTrue(r.application().isEmpty());
  }

  @Test
  void documentsAreComparedByKindAndAnOverLongIssueDateIsTooLongInTheBatchToo() {
    BatchValidator akI =
        BatchValidator.builder(
                Roster.program(EligibilityPolicy.of(EligibilityRule.holding(DocumentKind.AK_I))),
                CLOSE)
            .build();
    BatchReport report =
        akI.validate(
            List.of(
                record(d -> d.documents.add(DocumentEntry.of("AKI", "2024-02-01"))),
                record(d -> {
                  d.nik = Roster.nik(2);
                  d.cohortId = SAPURO;
                  d.documents.set(1, DocumentEntry.of("AK1", "2".repeat(5000)));
                })));

    RecordReport repeated = report.records().get(0);
    assertEquals(List.of("DOCUMENT_DUPLICATE@documents[2].kind"), codes(repeated));
    assertEquals(Map.of("kind", "AK_I"), repeated.findings().get(0).parameters());
    assertTrue(repeated.application().isPresent());
    RecordReport tooLong = report.records().get(1);
    assertEquals(List.of("FIELD_TOO_LONG@documents[1].issueDate"), codes(tooLong));
    assertTrue(tooLong.application().isEmpty());
  }

  @Test
  void nullAndHostileRecordsBecomeFindingsAndEveryRecordIsAccountedFor() {
    String huge = "A".repeat(10 * 1024 * 1024);
    List<EnrollmentRecord> batch = new ArrayList<>();
    batch.add(null);
    batch.add(EnrollmentRecord.builder().build());
    batch.add(record(d -> {
      d.name = huge;
      d.nik = "\u0000\uD800" + huge;
      d.birthDate = "0000-01-01";
      d.registeredAt = "9999-12-31T23:59:59";
      d.education = "${1+1}";
      d.cohortId = "\u202E" + KERGON;
    }));
    batch.add(record(d -> d.birthDate = "9999-12-31"));
    batch.add(null);
    batch.add(record(2, KERGON));

    BatchReport report = VALIDATOR.validate(batch);

    assertEquals(6, report.size());
    for (int i = 0; i < 6; i++) {
      assertEquals(i, report.records().get(i).index());
    }
    assertEquals(List.of("RECORD_NULL@"), codes(report.records().get(0)));
    assertEquals(List.of("RECORD_NULL@"), codes(report.records().get(4)));
    assertTrue(report.records().get(1).findings().size() >= 6);
    assertTrue(codes(report.records().get(2)).contains("EDUCATION_INVALID@education"));
    assertTrue(codes(report.records().get(3)).contains("BIRTH_DATE_AFTER_REFERENCE@birthDate"));
    assertEquals(List.of(5), report.cleanIndexes());
    assertEquals(2, report.countsByCode().get(FindingCode.RECORD_NULL));
    for (RecordReport r : report.records()) {
      for (Finding f : r.findings()) {
        assertTrue(f.message(Locale.ENGLISH).length() < 1000);
      }
    }
    assertTrue(report.summary(Locale.ENGLISH).startsWith("6 records: 1 clean, 5 with errors"));
    assertTrue(report.summary(ID).startsWith("6 data: 1 bersih, 5 dengan kesalahan"));
    assertEquals(0, VALIDATOR.validate(List.of()).size());
    assertThrows(NullPointerException.class, () -> VALIDATOR.validate(null));
  }

  @Test
  void theSameBatchValidatedFromEightThreadsGivesEqualReports() throws Exception {
    List<EnrollmentRecord> batch = new ArrayList<>();
    for (int i = 1; i <= 300; i++) {
      batch.add(record(i % 120 + 1, i % 3 == 0 ? KERGON : i % 3 == 1 ? SAPURO : LATE));
    }
    batch.add(null);
    batch.add(record(d -> d.sex = "?"));
    BatchReport expected = Roster.ENROLLMENTS.validate(batch);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<BatchReport>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        futures.add(pool.submit(() -> Roster.ENROLLMENTS.validate(batch)));
      }
      for (Future<BatchReport> f : futures) {
        BatchReport actual = f.get();
        assertEquals(expected, actual);
        assertEquals(expected.summary(Locale.ENGLISH), actual.summary(Locale.ENGLISH));
      }
    } finally {
      pool.shutdownNow();
    }
    assertFalse(expected.isClean());
    assertTrue(expected.countsByCode().containsKey(FindingCode.DUPLICATE_NIK));
    assertTrue(expected.countsByCode().containsKey(FindingCode.COHORT_SEATS_EXCEEDED));
  }

  @Test
  void severitiesThatWouldHideAnUnconvertibleRecordCannotBeLowered() {
    for (FindingCode code :
        Arrays.asList(
            FindingCode.REQUIRED_FOR_APPLICATION,
            FindingCode.CONVERSION_FAILED,
            FindingCode.RECORD_NULL)) {
      assertThrows(
          IllegalArgumentException.class,
          () -> BatchValidator.builder(PROGRAM, CLOSE).severity(code, Severity.WARNING));
      assertThrows(
          IllegalArgumentException.class,
          () -> RecordValidator.builder(CLOSE).severity(code, Severity.WARNING));
    }
  }
}
