package id.terampil.validation;

import static id.terampil.validation.Roster.CLOSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import id.terampil.core.applicant.Applicant;
import id.terampil.core.program.TargetGroup;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
}
