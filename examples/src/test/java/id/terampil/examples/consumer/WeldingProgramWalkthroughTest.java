package id.terampil.examples.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.attendance.AttendanceSheet;
import id.terampil.core.attendance.Completion;
import id.terampil.core.attendance.CompletionRule;
import id.terampil.core.attendance.TrainingSession;
import id.terampil.core.classification.Skills;
import id.terampil.core.classification.TargetGroup;
import id.terampil.core.eligibility.EligibilityPolicy;
import id.terampil.core.eligibility.EligibilityRule;
import id.terampil.core.enrollment.Enrollment;
import id.terampil.core.enrollment.EnrollmentStatus;
import id.terampil.core.enrollment.Enrollments;
import id.terampil.core.identity.AgencyKind;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Nik;
import id.terampil.core.identity.Organizer;
import id.terampil.core.identity.ProgramId;
import id.terampil.core.identity.Sex;
import id.terampil.core.program.Cohort;
import id.terampil.core.program.Funding;
import id.terampil.core.program.FundingSource;
import id.terampil.core.program.GroupRequirement;
import id.terampil.core.program.ProgramKind;
import id.terampil.core.program.Seats;
import id.terampil.core.program.TrainingProgram;
import id.terampil.core.region.RegionCode;
import id.terampil.core.selection.SelectionPolicy;
import id.terampil.core.selection.SelectionResult;
import id.terampil.core.time.DateRange;
import id.terampil.validation.BatchReport;
import id.terampil.validation.BatchValidator;
import id.terampil.validation.EnrollmentRecord;
import id.terampil.validation.Finding;
import id.terampil.validation.code.FindingCode;
import id.terampil.validation.code.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A program that is not one of the seeds, written as a new user would against the public API
 * alone: a welding course for job seekers of two districts of Kabupaten Banyumas (Wangon and
 * Jatilawang, codes from the 2025 Kemendagri list; the program and every person are synthetic).
 * It reads the program's rules back by pattern matching, prints and parses its date range,
 * validates a two-record roster, and takes the clean records through selection, enrollment,
 * attendance and completion with the library's bridges alone.
 */
class WeldingProgramWalkthroughTest {

  private static final RegionCode WANGON = RegionCode.parse("33.02.02");
  private static final RegionCode JATILAWANG = RegionCode.parse("33.02.03");
  private static final RegionCode LUMBIR = RegionCode.parse("33.02.01");
  private static final DateRange COURSE =
      DateRange.ofClosed(LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 25));

  private static final TrainingProgram WELDING =
      TrainingProgram.builder()
          .id(ProgramId.of("BMS-LAS-2026"))
          .title("Pelatihan Las Listrik bagi Pencari Kerja")
          .kind(ProgramKind.COMPETENCY_BASED)
          .organizer(
              Organizer.of(
                  "Dinas Tenaga Kerja dan Perindustrian", AgencyKind.DINAS, RegionCode.parse("33.02")))
          .fiscalYear(2026)
          .addFunding(Funding.of(FundingSource.APBD_KABUPATEN_KOTA, 2026))
          .period(COURSE)
          .addRegionsServed(WANGON, JATILAWANG)
          .addRequiredGroups(GroupRequirement.anyOf(TargetGroup.JOB_SEEKER))
          .eligibility(EligibilityPolicy.of(EligibilityRule.ageBetween(18, 45)))
          .addCohorts(
              Cohort.builder()
                  .id(CohortId.of("BMS26-LAS-1"))
                  .addSkills(Skills.WELDING)
                  .period(COURSE)
                  .seats(Seats.exactly(16))
                  .build())
          .build();

  @Test
  void theCohortsAdmissionRulesReadBackAsRecords() {
    List<String> rules = new ArrayList<>();
    for (EligibilityRule rule : WELDING.admission(CohortId.of("BMS26-LAS-1")).policy().rules()) {
      if (rule instanceof EligibilityRule.Age) {
        EligibilityRule.Age age = (EligibilityRule.Age) rule;
        rules.add("age " + age.minAge() + "-" + age.maxAge());
      } else if (rule instanceof EligibilityRule.Residence) {
        rules.add("residence " + ((EligibilityRule.Residence) rule).regions());
      } else if (rule instanceof EligibilityRule.TargetGroups) {
        rules.add("groups " + ((EligibilityRule.TargetGroups) rule).groups());
      }
    }
    assertTrue(rules.contains("age 18-45"), rules.toString());
    assertTrue(rules.contains("residence [33.02.02, 33.02.03]"), rules.toString());
    assertTrue(rules.contains("groups [JOB_SEEKER]"), rules.toString());
  }

  @Test
  void theCourseDatesPrintAsAClosedRangeAndParseBack() {
    assertEquals("[2026-09-07, 2026-09-25]", COURSE.toString());
    assertEquals(COURSE, DateRange.parse(COURSE.toString()));
    assertEquals(19, COURSE.days());
  }

  @Test
  void aRosterGetsOneResidenceFindingForTheApplicantFromAnotherDistrict() {
    EnrollmentRecord fromWangon = record(WANGON, 1);
    EnrollmentRecord fromLumbir = record(LUMBIR, 2);
    BatchReport report =
        BatchValidator.builder(WELDING, LocalDate.of(2026, 8, 28))
            .build()
            .validate(List.of(fromWangon, fromLumbir));

    assertTrue(report.records().get(0).findings().isEmpty(), report.toString());
    List<Finding> lumbir = report.records().get(1).findings();
    assertEquals(1, lumbir.size(), lumbir.toString());
    assertEquals(FindingCode.NOT_ELIGIBLE_RESIDENCE, lumbir.get(0).code());
    assertEquals(Severity.ERROR, lumbir.get(0).severity());
    assertEquals(1, report.applications().size());
  }

  @Test
  void fromTheRosterToACertificateWithoutGlue() {
    BatchReport report =
        BatchValidator.builder(WELDING, LocalDate.of(2026, 8, 28))
            .build()
            .validate(List.of(record(WANGON, 1), record(JATILAWANG, 3)));
    SelectionResult result =
        SelectionPolicy.builder().build().select(WELDING, LocalDate.of(2026, 8, 28), report.applications());
    List<Enrollment> enrollments = Enrollments.fromSelection(result, LocalDate.of(2026, 9, 1));
    assertEquals(2, enrollments.size());
    assertTrue(enrollments.stream().allMatch(e -> e.status() == EnrollmentStatus.SELECTED));

    // 7-25 September 2026 is three working weeks; 16 September is a holiday of this example.
    Cohort cohort = WELDING.cohort(CohortId.of("BMS26-LAS-1")).orElseThrow();
    List<TrainingSession> sessions =
        TrainingSession.ofCohort(cohort, Set.of(LocalDate.of(2026, 9, 16)));
    assertEquals(14, sessions.size());
    List<Nik> trainees =
        enrollments.stream().map(Enrollment::participant).collect(Collectors.toList());
    AttendanceSheet sheet = AttendanceSheet.of(cohort.id(), sessions, trainees);
    for (TrainingSession session : sessions) {
      sheet = sheet.recordAllPresentExcept(session, Map.of());
    }
    Enrollment first = enrollments.get(0);
    Completion done = CompletionRule.atLeastPercent(80).evaluate(sheet.summary(first.participant()));
    Enrollment completed =
        first
            .confirmReRegistration(LocalDate.of(2026, 9, 3))
            .start(LocalDate.of(2026, 9, 7))
            .complete(LocalDate.of(2026, 9, 25), done);
    assertEquals(EnrollmentStatus.COMPLETED, completed.status());
    assertEquals(Optional.of(done), completed.completion());
  }

  private static EnrollmentRecord record(RegionCode village, int serial) {
    LocalDate born = LocalDate.of(1998, 3, 14);
    RegionCode domicile = RegionCode.parse(village + ".2001");
    return EnrollmentRecord.builder()
        .nik(Nik.of(village, born, Sex.MALE, serial).toString())
        .name(serial == 1 ? "Bagus Prasetyo" : "Wahyu Nugroho")
        .sex("L")
        .birthDate(born.toString())
        .domicileCode(domicile.toString())
        .programId("BMS-LAS-2026")
        .cohortId("BMS26-LAS-1")
        .education("SMK")
        .employment("UNEMPLOYED")
        .addTargetGroups(TargetGroup.JOB_SEEKER.code())
        .registeredAt("2026-08-20T10:00:00+07:00")
        .build();
  }
}
