package id.terampil.validation;

import static id.terampil.validation.RecordValidatorTest.VALIDATOR;
import id.terampil.validation.internal.Texts;
import static id.terampil.validation.RecordValidatorTest.clean;
import static id.terampil.validation.RecordValidatorTest.codes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.terampil.validation.code.FindingCode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The parameters and edges of record findings: document names, length limits, the index. */
class RecordValidatorParametersTest {

  private static EnrollmentRecord withDocuments(DocumentEntry... documents) {
    return with(clean(d -> { }).targetGroups(), documents);
  }

  private static EnrollmentRecord withTargetGroup(String group) {
    return with(List.of(group), DocumentEntry.of("KTP", "2012-03-01"));
  }

  private static EnrollmentRecord with(List<String> groups, DocumentEntry... documents) {
    EnrollmentRecord base = clean(d -> { });
    return EnrollmentRecord.builder()
        .nik(base.nik())
        .name(base.name())
        .sex(base.sex())
        .birthDate(base.birthDate())
        .domicileCode(base.domicileCode())
        .programId(base.programId())
        .cohortId(base.cohortId())
        .addAllTargetGroups(groups)
        .addDocuments(documents)
        .registeredAt(base.registeredAt())
        .build();
  }

  private static Map<String, String> parametersAt(List<Finding> findings, String field) {
    return findings.stream()
        .filter(f -> f.field().orElse("").equals(field))
        .findFirst()
        .orElseThrow(() -> new AssertionError(field + " in " + codes(findings)))
        .parameters();
  }

  @Test
  void aBadIssueDateNamesTheDocumentByKindOrElseByItsOneBasedPosition() {
    List<Finding> findings =
        VALIDATOR.validate(
            withDocuments(
                DocumentEntry.of("KTP", "2012-13-01"),
                DocumentEntry.of("??", "not a date"),
                DocumentEntry.of("KK", "2030-01-01"),
                DocumentEntry.of("!!", "2030-01-01")),
            0);

    assertEquals("KTP", parametersAt(findings, "documents[0].issueDate").get("kind"));
    assertEquals("#2", parametersAt(findings, "documents[1].issueDate").get("kind"));
    assertEquals(
        Map.of("kind", "KK", "referenceDate", "2024-07-31"),
        parametersAt(findings, "documents[2].issueDate"));
    assertEquals("#4", parametersAt(findings, "documents[3].issueDate").get("kind"));
  }

  @Test
  void twoDocumentsOfOneKindAreADuplicateWithoutAnyRequiredDocuments() {
    List<Finding> findings =
        VALIDATOR.validate(
            withDocuments(DocumentEntry.of("KTP", "2012-03-01"), DocumentEntry.of("KTP", "2013-03-01")),
            0);
    assertEquals(List.of("DOCUMENT_DUPLICATE@documents[1].kind"), codes(findings));
    assertEquals(List.of(), VALIDATOR.validate(withDocuments(DocumentEntry.of("KTP", "2012-03-01")), 0));
  }

  @Test
  void aTargetGroupAtTheLengthLimitIsReadAndOneLongerIsRefusedUnread() {
    String atLimit = "A".repeat(Texts.MAX_LENGTH);
    List<Finding> read = VALIDATOR.validate(withTargetGroup(atLimit), 0);
    assertEquals(List.of("TARGET_GROUP_UNKNOWN@targetGroups[0]"), codes(read));
    List<Finding> refused = VALIDATOR.validate(withTargetGroup(atLimit + "A"), 0);
    assertEquals(1, refused.size(), codes(refused).toString());
    assertEquals("targetGroups[0]", refused.get(0).field().orElseThrow());
    assertEquals(FindingCode.FIELD_TOO_LONG, refused.get(0).code());
  }

  @Test
  void anIssueDateAtTheLengthLimitIsReadAndOneLongerIsTooLongNotInvalid() {
    String atLimit = "2012-03-01" + " ".repeat(Texts.MAX_LENGTH - 10);
    assertEquals(List.of(), VALIDATOR.validate(withDocuments(DocumentEntry.of("KTP", atLimit)), 0));
    List<Finding> refused =
        VALIDATOR.validate(withDocuments(DocumentEntry.of("KTP", "2".repeat(5000))), 0);
    assertEquals(List.of("FIELD_TOO_LONG@documents[0].issueDate"), codes(refused));
    assertEquals(
        Map.of("length", "5000", "maxLength", Integer.toString(Texts.MAX_LENGTH)),
        refused.get(0).parameters());
    assertEquals(
        List.of("FIELD_TOO_LONG@documents[0].issueDate"),
        codes(VALIDATOR.validate(withDocuments(DocumentEntry.of("KTP", atLimit + " ")), 0)));
  }

  @Test
  void validateAndConvertRefusesANegativeIndex() {
    EnrollmentRecord record = clean(d -> { });
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> VALIDATOR.validateAndConvert(record, -1));
    assertEquals("record index must not be negative: -1", e.getMessage());
    assertEquals(0, VALIDATOR.validateAndConvert(record, 0).index());
  }
}
