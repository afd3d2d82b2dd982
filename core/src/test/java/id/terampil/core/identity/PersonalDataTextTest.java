package id.terampil.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.applicant.Applicant;
import id.terampil.core.applicant.Application;
import id.terampil.core.applicant.EducationLevel;
import id.terampil.core.applicant.EmploymentStatus;
import id.terampil.core.attendance.AttendanceSheet;
import id.terampil.core.attendance.AttendanceSummary;
import id.terampil.core.attendance.Certificate;
import id.terampil.core.attendance.Completion;
import id.terampil.core.attendance.CompletionRule;
import id.terampil.core.attendance.TrainingSession;
import id.terampil.core.classification.Skills;
import id.terampil.core.enrollment.Enrollment;
import id.terampil.core.followup.BusinessGroup;
import id.terampil.core.followup.FollowUpActivity;
import id.terampil.core.followup.FollowUpKind;
import id.terampil.core.followup.FollowUpLedger;
import id.terampil.core.followup.GrantConflict;
import id.terampil.core.followup.Outcome;
import id.terampil.core.followup.OutcomeStatus;
import id.terampil.core.followup.Recipient;
import id.terampil.core.identity.AgencyKind;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Organizer;
import id.terampil.core.identity.ProgramId;
import id.terampil.core.money.Rupiah;
import id.terampil.core.program.Cohort;
import id.terampil.core.program.Funding;
import id.terampil.core.program.FundingSource;
import id.terampil.core.program.Instructor;
import id.terampil.core.program.ProgramKind;
import id.terampil.core.program.Seats;
import id.terampil.core.program.TrainingProgram;
import id.terampil.core.region.RegionCode;
import id.terampil.core.selection.SelectionOutcome;
import id.terampil.core.selection.SelectionPolicy;
import id.terampil.core.time.DateRange;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Issue 9, point 4: the text forms of core types that hold a NIK or a person's name mask them,
 * and the messages of exceptions from parsing and from builders never echo a full NIK. The NIK
 * and names are synthetic.
 */
class PersonalDataTextTest {

  /** A synthetic NIK: Kec. Pekalongan Barat, a woman born 1990-01-01, serial 0001. */
  static final String NIK_TEXT = "3375014101900001";

  static final Nik NIK = Nik.parse(NIK_TEXT);
  static final String NAME_TEXT = "Sulastri Wibisonowati";
  static final PersonName NAME = PersonName.of(NAME_TEXT);
  static final CohortId COHORT = CohortId.of("PKL24-JAHIT-1");
  static final LocalDate DAY1 = LocalDate.of(2024, 7, 1);
  static final Organizer DINAS =
      Organizer.of("Dinas Tenaga Kerja Kota Pekalongan", AgencyKind.DINAS, RegionCode.parse("33.75"));

  static Applicant applicant() {
    return Applicant.builder()
        .nik(NIK)
        .name(NAME)
        .sex(Sex.FEMALE)
        .birthDate(LocalDate.of(1990, 1, 1))
        .domicile(RegionCode.parse("33.75.01.1006"))
        .education(EducationLevel.SMA_SMK)
        .employment(EmploymentStatus.HOMEMAKER)
        .build();
  }

  static TrainingProgram program() {
    return TrainingProgram.builder()
        .id(ProgramId.of("PKL-2024"))
        .title("Pelatihan menjahit")
        .kind(ProgramKind.JOB_SKILLS)
        .organizer(DINAS)
        .fiscalYear(2024)
        .addFunding(Funding.builder().source(FundingSource.APBD_KABUPATEN_KOTA).fiscalYear(2024).build())
        .period(DateRange.ofClosed(DAY1, DAY1.plusDays(10)))
        .addCohorts(
            Cohort.builder()
                .id(COHORT)
                .addSkills(Skills.SEWING)
                .period(DateRange.ofClosed(DAY1, DAY1.plusDays(10)))
                .seats(Seats.exactly(1))
                .build())
        .build();
  }

  static Application application() {
    return Application.of(
        applicant(), ProgramId.of("PKL-2024"), COHORT, LocalDateTime.of(2024, 6, 2, 9, 30));
  }

  /** Every core value that holds the NIK or the name, by a label for the failure message. */
  static Map<String, Object> holders() {
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("Applicant", applicant());
    all.put("Application", application());
    all.put("Enrollment", Enrollment.apply(NIK, COHORT, DAY1.minusDays(20)).select(DAY1.minusDays(10)));
    AttendanceSheet sheet =
        AttendanceSheet.of(COHORT, TrainingSession.days(DAY1, DAY1.plusDays(1)), List.of(NIK))
            .recordAllPresentExcept(TrainingSession.onDay(DAY1), Map.of())
            .recordAllPresentExcept(TrainingSession.onDay(DAY1.plusDays(1)), Map.of());
    all.put("AttendanceSheet", sheet);
    AttendanceSummary summary = sheet.summary(NIK);
    all.put("AttendanceSummary", summary);
    Completion completion = CompletionRule.everySession().evaluate(summary);
    all.put("Completion", completion);
    all.put("Certificate", Certificate.issue(completion, DAY1.plusDays(2), "560/017/2024"));
    all.put("Instructor", Instructor.of(NAME, Instructor.Affiliation.COMMUNITY));
    BusinessGroup group = BusinessGroup.of("KUBE Mawar", List.of(NIK));
    all.put("BusinessGroup", group);
    all.put("Recipient.participant", Recipient.participant(NIK));
    all.put("Recipient.group", Recipient.group(group));
    FollowUpActivity grant =
        FollowUpActivity.of(
            FollowUpKind.TOOL_GRANT, DINAS, Recipient.participant(NIK), DAY1.plusDays(30), Rupiah.ofMillions(2));
    FollowUpActivity again =
        FollowUpActivity.of(
            FollowUpKind.TOOL_GRANT, DINAS, Recipient.group(group), DAY1.plusDays(60), Rupiah.ofMillions(2));
    all.put("FollowUpActivity", grant);
    List<GrantConflict> conflicts = FollowUpLedger.conflictsIn(List.of(grant, again));
    assertFalse(conflicts.isEmpty(), "the fixture must produce a grant conflict");
    all.put("GrantConflict", conflicts.get(0));
    all.put("GrantConflict.message", conflicts.get(0).message());
    all.put("FollowUpLedger", FollowUpLedger.of(List.of(grant)));
    all.put("Outcome", Outcome.of(NIK, 6, OutcomeStatus.SELF_EMPLOYED, DAY1.plusMonths(7)));
    SelectionOutcome selected =
        SelectionPolicy.builder()
            .build()
            .select(program(), DAY1, List.of(application()))
            .all()
            .get(0);
    all.put("SelectionOutcome", selected);
    return all;
  }

  /** The name in any case, and each of its words longer than three letters. */
  static List<String> nameForms() {
    List<String> forms = new ArrayList<>(List.of(NAME_TEXT, NAME_TEXT.toUpperCase(java.util.Locale.ROOT)));
    forms.add("Wibisonowati");
    forms.add("WIBISONOWATI");
    return forms;
  }

  @Test
  void textFormsOfValuesHoldingANikOrANameMaskThem() {
    List<String> leaks = new ArrayList<>();
    for (Map.Entry<String, Object> e : holders().entrySet()) {
      String text = String.valueOf(e.getValue());
      if (text.contains(NIK_TEXT)) {
        leaks.add(e.getKey() + " shows the NIK: " + text);
      }
      for (String form : nameForms()) {
        if (text.contains(form)) {
          leaks.add(e.getKey() + " shows the name: " + text);
        }
      }
    }
    assertEquals(List.of(), leaks);
  }

  @Test
  void theMaskKeepsTheRegionPrefixAndTheSerial() {
    assertEquals("3375********0001", NIK.masked());
    assertTrue(applicant().toString().contains("3375********0001"), applicant().toString());
    assertFalse(NAME.masked().contains("Sulastri"), NAME.masked());
  }

  /** The identifier types themselves are the documented exception: their text is their value. */
  @Test
  void identifiersThemselvesRoundTripTheirFullText() {
    assertEquals(NIK_TEXT, NIK.toString());
    assertEquals(NAME_TEXT, NAME.toString());
  }

  /** One invalid NIK per problem, each a 16-digit run where the problem allows one. */
  static Map<NikProblem, String> invalidNiks() {
    Map<NikProblem, String> bad = new LinkedHashMap<>();
    bad.put(NikProblem.LENGTH, NIK_TEXT + "7");
    bad.put(NikProblem.NOT_DIGITS, NIK_TEXT.substring(0, 15) + "O");
    bad.put(NikProblem.UNKNOWN_PROVINCE, "99" + NIK_TEXT.substring(2));
    bad.put(NikProblem.ZERO_REGENCY, "3300" + NIK_TEXT.substring(4));
    bad.put(NikProblem.ZERO_DISTRICT, "337500" + NIK_TEXT.substring(6));
    bad.put(NikProblem.BIRTH_DAY, "3375017201900001");
    bad.put(NikProblem.BIRTH_MONTH, "3375014113900001");
    bad.put(NikProblem.BIRTH_DATE, "3375017102900001");
    bad.put(NikProblem.ZERO_SERIAL, "3375014101900000");
    return bad;
  }

  @Test
  void nikParseMessagesNeverEchoTheNikForAnyProblem() {
    Map<NikProblem, String> bad = invalidNiks();
    assertEquals(EnumSet.allOf(NikProblem.class), bad.keySet(), "one input per problem");
    for (Map.Entry<NikProblem, String> e : bad.entrySet()) {
      String text = e.getValue();
      assertEquals(e.getKey(), Nik.read(text).problem().orElseThrow(), text);
      IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> Nik.parse(text));
      assertNoNik(thrown.getMessage(), text);
      assertNoNik(thrown.getMessage(), NIK_TEXT);
    }
  }

  /** Parsers and builders that reject a value holding the NIK. */
  static Map<String, Executable> rejections() {
    Map<String, Executable> all = new LinkedHashMap<>();
    all.put("PersonName.of", () -> PersonName.of("Sulastri " + NIK_TEXT));
    all.put("PersonName.parse", () -> PersonName.parse(NIK_TEXT));
    all.put("RegionCode.parse", () -> RegionCode.parse(NIK_TEXT));
    all.put("CohortId.parse", () -> CohortId.parse("PKL " + NIK_TEXT));
    all.put("ProgramId.parse", () -> ProgramId.parse("PKL " + NIK_TEXT));
    all.put("Rupiah.parse", () -> Rupiah.parse("Rp " + NIK_TEXT + "x"));
    all.put("BusinessGroup.of", () -> BusinessGroup.of(" ", List.of(NIK)));
    all.put("BusinessGroup.of(name)", () -> BusinessGroup.of("KUBE\n" + NIK_TEXT, List.of(NIK)));
    all.put(
        "AttendanceSheet.of(duplicate)",
        () -> AttendanceSheet.of(COHORT, TrainingSession.days(DAY1, DAY1), List.of(NIK, NIK)));
    all.put(
        "AttendanceSheet.summary(stranger)",
        () ->
            AttendanceSheet.of(COHORT, TrainingSession.days(DAY1, DAY1), List.of(Nik.parse("3375014101900002")))
                .summary(NIK));
    all.put("Outcome.of(checkpoint)", () -> Outcome.of(NIK, 0, OutcomeStatus.EMPLOYED, DAY1));
    all.put(
        "Enrollment.transition(invalid)",
        () -> Enrollment.apply(NIK, COHORT, DAY1).start(DAY1.plusDays(1)));
    all.put(
        "Applicant.ageOn(before birth)", () -> applicant().ageOn(LocalDate.of(1980, 1, 1)));
    all.put(
        "Certificate.issue(unfinished)",
        () ->
            Certificate.issue(
                CompletionRule.everySession()
                    .evaluate(
                        AttendanceSheet.of(COHORT, TrainingSession.days(DAY1, DAY1), List.of(NIK)).summary(NIK)),
                DAY1,
                "1"));
    return all;
  }

  @Test
  void rejectionsThrowIllegalArgumentExceptionsWithoutTheNik() {
    List<String> leaks = new ArrayList<>();
    for (Map.Entry<String, Executable> e : rejections().entrySet()) {
      RuntimeException thrown = assertThrows(RuntimeException.class, e.getValue(), e.getKey());
      if (!(thrown instanceof IllegalArgumentException || thrown instanceof IllegalStateException)) {
        leaks.add(e.getKey() + " threw " + thrown);
      }
      String message = String.valueOf(thrown.getMessage());
      if (message.contains(NIK_TEXT) || message.contains("3375014101900002")) {
        leaks.add(e.getKey() + ": " + message);
      }
    }
    assertEquals(List.of(), leaks);
  }

  private static void assertNoNik(String message, String nik) {
    assertFalse(message.contains(nik), () -> "message echoes " + nik + ": " + message);
    assertFalse(message.matches("(?s).*\\d{16}.*"), () -> "message holds 16 digits: " + message);
  }

  @Test
  void theLeakCheckFlagsAnUnmaskedText() {
    // The checks above would pass vacuously if the search were broken: prove it can fail.
    assertTrue(("Applicant{nik=" + NIK_TEXT + "}").contains(NIK_TEXT));
    assertThrows(AssertionError.class, () -> assertNoNik("bad NIK " + NIK_TEXT, NIK_TEXT));
  }
}
