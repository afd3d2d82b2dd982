package id.terampil.validation;

import static id.terampil.validation.BatchValidatorTest.codes;
import static id.terampil.validation.Roster.CLOSE;
import static id.terampil.validation.Roster.DISTRICT;
import static id.terampil.validation.Roster.SAPURO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.applicant.DocumentKind;
import id.terampil.core.eligibility.EligibilityPolicy;
import id.terampil.core.eligibility.EligibilityReason;
import id.terampil.core.eligibility.EligibilityRule;
import id.terampil.core.identity.Nik;
import id.terampil.core.identity.Sex;
import id.terampil.core.program.TrainingProgram;
import id.terampil.core.region.RegionLevel;
import id.terampil.validation.code.FindingCode;
import id.terampil.validation.code.Severity;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Inside a batch the record checks check the shape of the data only: age and documents are the
 * cohort's admission's, reported once under one code; a record validator that would judge them
 * again is refused. RecordValidator used alone keeps its age range and required documents.
 */
class BatchRecordChecksTest {

  /** Productive age and an AK/I card, both stated once, in the program's policy. */
  static final TrainingProgram PROGRAM =
      Roster.program(
          EligibilityPolicy.of(EligibilityRule.productiveAge(), EligibilityRule.holding(DocumentKind.AK_I)));

  /** A 14-year-old without an AK/I card: one age fact and one document fact. */
  static final EnrollmentRecord CHILD_WITHOUT_CARD =
      Roster.record(
          d -> {
            d.nik = Nik.of(DISTRICT, LocalDate.of(2010, 3, 1), Sex.FEMALE, 5).toString();
            d.birthDate = "2010-03-01";
            d.cohortId = SAPURO;
            d.documents.remove(1);
          });

  @Test
  void ageAndDocumentsAreEachOneFindingOfTheAdmission() {
    RecordReport r =
        BatchValidator.builder(PROGRAM, CLOSE).build().validate(List.of(CHILD_WITHOUT_CARD))
            .records().get(0);

    assertEquals(
        List.of("NOT_ELIGIBLE_AGE_BELOW_MIN@birthDate", "NOT_ELIGIBLE_DOCUMENTS@documents"),
        codes(r));
  }

  @Test
  void aRecordValidatorAloneKeepsItsAgeRangeAndRequiredDocuments() {
    RecordValidator alone =
        RecordValidator.builder(CLOSE).requiredDocuments(List.of("AK1")).build();

    List<Finding> findings = alone.validate(CHILD_WITHOUT_CARD, 0);

    assertEquals(
        List.of(FindingCode.AGE_OUTSIDE_RANGE, FindingCode.DOCUMENT_MISSING),
        findings.stream().map(Finding::code).toList());
  }

  @Test
  void aRecordValidatorThatChecksAgeOrDocumentsIsRefusedByTheBatchBuilder() {
    BatchValidator.Builder batch = BatchValidator.builder(PROGRAM, CLOSE);

    IllegalArgumentException defaults =
        assertThrows(
            IllegalArgumentException.class,
            () -> batch.recordValidator(RecordValidator.builder(CLOSE).build()));
    assertTrue(defaults.getMessage().contains("anyAge()"), defaults.getMessage());
    assertTrue(defaults.getMessage().contains("NOT_ELIGIBLE_AGE"), defaults.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> batch.recordValidator(RecordValidator.builder(CLOSE).ageRange(18, 40).build()));
    IllegalArgumentException documents =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                batch.recordValidator(
                    RecordValidator.builder(CLOSE).anyAge().requiredDocuments(List.of("KTP")).build()));
    assertTrue(documents.getMessage().contains("[KTP]"), documents.getMessage());
    assertTrue(documents.getMessage().contains("NOT_ELIGIBLE_DOCUMENTS"), documents.getMessage());
    IllegalArgumentException date =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                batch.recordValidator(
                    RecordValidator.builder(CLOSE.plusDays(1)).anyAge().build()));
    assertTrue(date.getMessage().contains("2024-06-30"), date.getMessage());
    assertThrows(NullPointerException.class, () -> batch.recordValidator(null));
  }

  @Test
  void aShapeOnlyRecordValidatorIsUsedWithTheBatchSettingsOnTop() {
    RecordValidator shape =
        RecordValidator.builder(CLOSE)
            .anyAge()
            .requiredFields(EnumSet.of(RecordField.NIK, RecordField.EDUCATION, RecordField.COHORT_ID))
            .domicileLevel(RegionLevel.DISTRICT, true)
            .severity(FindingCode.NIK_REGION_MISMATCH, Severity.ERROR)
            .build();
    BatchValidator validator =
        BatchValidator.builder(PROGRAM, CLOSE)
            .recordValidator(shape)
            .severity(FindingCode.TARGET_GROUP_DUPLICATE, Severity.ERROR)
            .build();

    RecordValidator used = validator.recordValidator();
    assertEquals(shape.requiredFields(), used.requiredFields());
    assertEquals(Severity.ERROR, used.severityOf(FindingCode.NIK_REGION_MISMATCH));
    assertEquals(Severity.ERROR, used.severityOf(FindingCode.TARGET_GROUP_DUPLICATE));
    assertFalse(used.checksAge());
    RecordReport r =
        validator
            .validate(
                List.of(
                    Roster.record(
                        d -> {
                          d.cohortId = SAPURO;
                          d.education = " ";
                        })))
            .records()
            .get(0);
    assertEquals(List.of("FIELD_REQUIRED@education"), codes(r));
    // Without one, the batch's record checks are the defaults without age.
    RecordValidator defaults = BatchValidator.builder(PROGRAM, CLOSE).build().recordValidator();
    assertFalse(defaults.checksAge());
    assertEquals(RecordValidator.DEFAULT_REQUIRED_FIELDS, defaults.requiredFields());
    assertSame(CLOSE, defaults.referenceDate());
  }

  @Test
  void everyAdmissionReasonHasExactlyOneFindingCodeAndBack() {
    EnumSet<FindingCode> codes = EnumSet.noneOf(FindingCode.class);
    for (EligibilityReason reason : EligibilityReason.values()) {
      FindingCode code = FindingCode.ofReason(reason);
      assertTrue(codes.add(code), reason + " shares " + code);
      assertEquals(reason, code.eligibilityReason().orElseThrow());
      assertTrue(code.name().startsWith("NOT_ELIGIBLE_"), code.name());
    }
    for (FindingCode code : FindingCode.values()) {
      assertEquals(codes.contains(code), code.eligibilityReason().isPresent(), code.name());
    }
    assertEquals(FindingCode.NOT_ELIGIBLE_ROLE, FindingCode.ofReason(EligibilityReason.ROLE_NOT_ADMITTED));
    assertEquals(FindingCode.NOT_ELIGIBLE_RESIDENCE, FindingCode.ofReason(EligibilityReason.RESIDENCE_OUTSIDE_REGIONS));
    assertThrows(NullPointerException.class, () -> FindingCode.ofReason(null));
  }
}
