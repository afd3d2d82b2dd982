package id.terampil.validation;

import static id.terampil.validation.Roster.CLOSE;
import static id.terampil.validation.Roster.KERGON;
import static id.terampil.validation.Roster.LATE;
import static id.terampil.validation.Roster.SAPURO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.applicant.EducationLevel;
import id.terampil.core.classification.BusinessSizeClass;
import id.terampil.core.eligibility.EligibilityPolicy;
import id.terampil.core.eligibility.EligibilityRule;
import id.terampil.core.identity.Nik;
import id.terampil.core.identity.Sex;
import id.terampil.core.program.TrainingProgram;
import id.terampil.validation.code.FindingCode;
import id.terampil.validation.code.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The local criteria reach a roster's findings through {@link FindingCode#ofReason}, with messages
 * in Indonesian and English; a custom rule's finding shows its label; the same person in two
 * cohorts of a program teaching the same skill is a warning (an error on request), decided by the
 * cohort's same-skill rule.
 */
class LocalCriteriaFindingsTest {

  static final Locale ID = Locale.forLanguageTag("id");

  static RecordReport only(TrainingProgram program, EnrollmentRecord record) {
    return BatchValidator.builder(program, CLOSE).build().validate(List.of(record)).records().get(0);
  }

  @Test
  void aManInAWomenOnlyCourseIsRefusedInBothLanguages() {
    TrainingProgram womenOnly = Roster.program(EligibilityPolicy.of(EligibilityRule.onlySex(Sex.FEMALE)));
    RecordReport r =
        only(
            womenOnly,
            Roster.record(
                d -> {
                  d.nik = Nik.of(Roster.DISTRICT, LocalDate.of(1990, 8, 5), Sex.MALE, 1).toString();
                  d.sex = "L";
                  d.targetGroups = List.of("TOBACCO_WORKER_HOUSEHOLD");
                }));
    assertEquals(1, r.findings().size(), r.findings()::toString);
    Finding f = r.findings().get(0);
    assertEquals(FindingCode.NOT_ELIGIBLE_SEX, f.code());
    assertEquals("sex", f.field().orElseThrow());
    assertEquals("sex L is not admitted: the cohort admits only P", f.message(Locale.ENGLISH));
    assertEquals(
        "jenis kelamin L tidak diterima: angkatan ini hanya menerima P", f.message(ID));
    assertEquals(List.of(), only(womenOnly, Roster.record(d -> { })).findings());
  }

  @Test
  void educationAndBusinessSizeAreNamedInIndonesian() {
    TrainingProgram program =
        Roster.program(
            EligibilityPolicy.of(
                EligibilityRule.minimumEducation(EducationLevel.SMA_SMK),
                EligibilityRule.businessSizeAnyOf(BusinessSizeClass.MICRO)));
    RecordReport r =
        only(
            program,
            Roster.record(
                d -> {
                  d.education = "SMP";
                  d.businessCapital = "Rp 2.000.000.000";
                }));
    assertEquals(
        List.of(
            "pendidikan SMP di bawah pendidikan minimum angkatan, SMA/SMK",
            "usaha tergolong usaha kecil (PP 7/2021); angkatan ini menerima usaha mikro"),
        r.findings().stream().map(f -> f.message(ID)).toList());
    assertEquals(
        List.of(
            "education SMP is below the cohort's minimum of SMA_SMK",
            "the business is of size class SMALL (PP 7/2021); the cohort admits MICRO"),
        r.findings().stream().map(f -> f.message(Locale.ENGLISH)).toList());
  }

  @Test
  void aCustomRuleFindingShowsItsLabelInTheReadersLanguage() {
    TrainingProgram program =
        Roster.program(
            EligibilityPolicy.of(
                EligibilityRule.custom(
                    "KHUSUS_PEREMPUAN", "khusus perempuan", "women only", (a, c) -> false)));
    Finding f = only(program, Roster.record(d -> { })).findings().get(0);
    assertEquals(FindingCode.NOT_ELIGIBLE_OTHER, f.code());
    assertEquals(
        "pendaftar tidak memenuhi ketentuan program \"khusus perempuan\" (KHUSUS_PEREMPUAN)",
        f.message(ID));
    assertEquals(
        "the applicant does not meet the program rule \"women only\" (KHUSUS_PEREMPUAN)",
        f.message(Locale.ENGLISH));
  }

  @Test
  void aBusinessAgeRuleReadsTheRecordsBusinessStartDate() {
    TrainingProgram program =
        Roster.program(EligibilityPolicy.of(EligibilityRule.businessAgeAtLeastMonths(12)));
    assertEquals(
        List.of(FindingCode.NOT_ELIGIBLE_BUSINESS_START_DATE),
        only(program, Roster.record(d -> { })).findings().stream().map(Finding::code).toList());
    assertEquals(
        List.of(),
        only(program, Roster.record(d -> d.businessStartDate = "01-05-2022")).findings());
    assertEquals(
        List.of(FindingCode.NOT_ELIGIBLE_BUSINESS_TOO_YOUNG),
        only(program, Roster.record(d -> d.businessStartDate = "2024-01-15"))
            .findings().stream().map(Finding::code).toList());
    RecordReport unreadable = only(program, Roster.record(d -> d.businessStartDate = "2024-02-30"));
    assertEquals(
        List.of(FindingCode.BUSINESS_START_DATE_INVALID),
        unreadable.findings().stream().map(Finding::code).toList());
    assertEquals("businessStartDate", unreadable.findings().get(0).field().orElseThrow());
  }

  @Test
  void theSamePersonInTwoCohortsTeachingTheSameSkillIsAWarningByDefault() {
    TrainingProgram program =
        Roster.program(EligibilityPolicy.of(EligibilityRule.notTrainedInSameSkillWithin(2)));
    List<EnrollmentRecord> roster =
        List.of(Roster.record(1, KERGON), Roster.record(2, SAPURO), Roster.record(1, LATE));

    BatchReport report = BatchValidator.builder(program, CLOSE).build().validate(roster);

    assertEquals(List.of(), report.records().get(0).findings());
    assertEquals(1, report.records().get(2).findings().size());
    Finding repeat = report.records().get(2).findings().get(0);
    assertEquals(FindingCode.REPEATED_SKILL_IN_PROGRAM, repeat.code());
    assertEquals(Severity.WARNING, repeat.severity());
    assertEquals(
        java.util.Map.of(
            "cohort", LATE,
            "otherCohort", KERGON,
            "otherIndex", "0",
            "skill", "SEWING",
            "years", "2",
            "nik", "3375********0001"),
        repeat.parameters());
    assertEquals(
            "NIK 3375********0001 is in cohort PKL24-LATE and, in record 0, in cohort"
                + " PKL24-BENDAN-KERGON, both teaching SEWING: the program admits one training in a"
                + " skill within 2 years",
        repeat.message(Locale.ENGLISH));
    assertTrue(report.records().get(2).application().isPresent());

    BatchReport strict =
        BatchValidator.builder(program, CLOSE)
            .severity(FindingCode.REPEATED_SKILL_IN_PROGRAM, Severity.ERROR)
            .build()
            .validate(roster);
    assertEquals(Severity.ERROR, strict.records().get(2).findings().get(0).severity());
    assertTrue(strict.records().get(2).application().isEmpty());

    // Without the rule, the program lets a person take the skill again.
    assertEquals(List.of(), Roster.VALIDATOR.validate(roster).records().get(2).findings());
  }
}
