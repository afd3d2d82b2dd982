package id.terampil.validation;

import static id.terampil.validation.Roster.CLOSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import id.terampil.core.applicant.Applicant;
import id.terampil.core.classification.TargetGroup;
import id.terampil.validation.code.FindingCode;
import id.terampil.validation.code.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The applicant's target groups as the conversion builds them (none, one shared set, several),
 * and the text of a record report.
 */
class ConvertedGroupsTest {

  private static final RecordValidator VALIDATOR = RecordValidator.builder(CLOSE).build();

  private static EnrollmentRecord withGroups(String... groups) {
    Roster.Draft d = new Roster.Draft();
    return EnrollmentRecord.builder()
        .nik(d.nik)
        .name(d.name)
        .sex(d.sex)
        .birthDate(d.birthDate)
        .domicileCode(d.domicileCode)
        .education(d.education)
        .employment(d.employment)
        .programId(d.programId)
        .cohortId(d.cohortId)
        .addTargetGroups(groups)
        .registeredAt(d.registeredAt)
        .build();
  }

  private static Applicant applicant(String... groups) {
    RecordReport report = VALIDATOR.validateAndConvert(withGroups(groups), 0);
    assertEquals(List.of(), report.findings());
    return report.application().orElseThrow().applicant();
  }

  @Test
  void aRecordWithoutGroupsConvertsToAnApplicantWithoutGroups() {
    assertEquals(ImmutableSet.of(), applicant().targetGroups());
  }

  @Test
  void oneGroupConvertsToThatGroupAndEqualRecordsShareTheSet() {
    String code = TargetGroup.HOUSEWIFE.code();
    Applicant a = applicant(code);
    assertEquals(ImmutableSet.of(TargetGroup.HOUSEWIFE), a.targetGroups());
    assertEquals(ImmutableSet.of(TargetGroup.HOUSEWIFE), applicant(" " + code + " ").targetGroups());
  }

  @Test
  void severalGroupsConvertToAllOfThem() {
    Applicant a = applicant(TargetGroup.HOUSEWIFE.code(), TargetGroup.JOB_SEEKER.code());
    assertEquals(ImmutableSet.of(TargetGroup.HOUSEWIFE, TargetGroup.JOB_SEEKER), a.targetGroups());
  }

  @Test
  void anUnknownGroupAmongOthersLeavesNoApplicant() {
    RecordReport report =
        VALIDATOR.validateAndConvert(withGroups(TargetGroup.HOUSEWIFE.code(), "NO_SUCH_GROUP"), 0);
    assertFalse(report.isClean());
    assertEquals(Optional.empty(), report.application());
  }

  @Test
  void aReportPrintsItsIndexFindingsAndApplication() {
    RecordReport clean = VALIDATOR.validateAndConvert(withGroups(), 3);
    String text = clean.toString();
    assertTrue(text.startsWith("RecordReport{index=3, findings=[], application=Application{"), text);
    assertTrue(text.endsWith("}}"), text);
    Finding required = Finding.of(FindingCode.FIELD_REQUIRED, 2, "nik", Map.of());
    RecordReport rejected = RecordReport.of(2, List.of(required), Optional.empty());
    assertEquals("RecordReport{index=2, findings=[" + required + "]}", rejected.toString());
  }

  /** The codes of the first {@code count} built-in groups, then {@code repeat}s of the first. */
  private static String[] codes(int count, int repeats) {
    List<TargetGroup> builtIn = TargetGroup.builtIn();
    String[] codes = new String[count + repeats];
    for (int i = 0; i < codes.length; i++) {
      codes[i] = builtIn.get(i < count ? i : 0).code();
    }
    return codes;
  }

  private static List<String> findings(String... groups) {
    return VALIDATOR.validate(withGroups(groups), 0).stream()
        .map(f -> f.code() + "@" + f.field().orElse(""))
        .collect(Collectors.toList());
  }

  @Test
  void aRepeatIsFoundAmongFewAndAmongManyEntries() {
    // Up to eight entries are compared one by one; more go through a set.
    for (int count : new int[] {1, 2, 7, 8, 9, 12}) {
      assertEquals(List.of(), findings(codes(count, 0)), count + " distinct groups");
      assertEquals(count, applicant(codes(count, 0)).targetGroups().size());
      assertEquals(
          List.of("TARGET_GROUP_DUPLICATE@targetGroups[" + count + "]"),
          findings(codes(count, 1)),
          count + " distinct groups, then the first again");
      assertEquals(
          List.of(
              "TARGET_GROUP_DUPLICATE@targetGroups[" + count + "]",
              "TARGET_GROUP_DUPLICATE@targetGroups[" + (count + 1) + "]"),
          findings(codes(count, 2)),
          count + " distinct groups, then the first twice");
    }
  }

  @Test
  void aRepeatedUnknownOrBlankEntryIsReportedAsSuchNotAsARepeat() {
    assertEquals(
        List.of("TARGET_GROUP_UNKNOWN@targetGroups[0]", "TARGET_GROUP_UNKNOWN@targetGroups[1]"),
        findings("NO_SUCH_GROUP", "NO_SUCH_GROUP"));
    assertEquals(
        List.of("FIELD_REQUIRED@targetGroups[1]", "FIELD_REQUIRED@targetGroups[2]"),
        findings("HOUSEWIFE", " ", " "));
  }

  @Test
  void theSameGroupWrittenWithOtherWhitespaceIsARepeat() {
    assertEquals(
        List.of("TARGET_GROUP_DUPLICATE@targetGroups[1]"), findings("HOUSEWIFE", "\tHOUSEWIFE "));
  }

  @Test
  void anEntryWithAnErrorLeavesNoApplicationAndNoSecondFinding() {
    RecordReport report =
        VALIDATOR.validateAndConvert(withGroups("NO_SUCH_GROUP", TargetGroup.HOUSEWIFE.code(), " "), 0);
    assertEquals(
        List.of("TARGET_GROUP_UNKNOWN@targetGroups[0]", "FIELD_REQUIRED@targetGroups[2]"),
        report.findings().stream()
            .map(f -> f.code() + "@" + f.field().orElse(""))
            .collect(Collectors.toList()));
    assertEquals(Optional.empty(), report.application());
  }

  @Test
  void anEntryWhoseProblemIsOnlyAWarningIsStillMissingForTheApplication() {
    RecordValidator lenient =
        RecordValidator.builder(CLOSE)
            .severity(FindingCode.TARGET_GROUP_UNKNOWN, Severity.WARNING)
            .severity(FindingCode.FIELD_REQUIRED, Severity.WARNING)
            .build();
    for (String[] groups :
        List.of(
            new String[] {"NO_SUCH_GROUP"},
            new String[] {TargetGroup.HOUSEWIFE.code(), "NO_SUCH_GROUP"},
            new String[] {" ", TargetGroup.HOUSEWIFE.code()})) {
      int bad = groups[0].equals(TargetGroup.HOUSEWIFE.code()) ? 1 : 0;
      RecordReport report = lenient.validateAndConvert(withGroups(groups), 0);
      List<String> codes =
          report.findings().stream()
              .map(f -> f.code() + "@" + f.field().orElse(""))
              .collect(Collectors.toList());
      assertTrue(
          codes.contains("REQUIRED_FOR_APPLICATION@targetGroups[" + bad + "]"), codes.toString());
      assertFalse(
          codes.contains("REQUIRED_FOR_APPLICATION@targetGroups[" + (1 - bad) + "]"),
          codes.toString());
      assertEquals(Optional.empty(), report.application(), codes.toString());
    }
  }
}
