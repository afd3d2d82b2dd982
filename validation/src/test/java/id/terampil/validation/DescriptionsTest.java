package id.terampil.validation;

import static id.terampil.validation.Roster.SAPURO;
import static id.terampil.validation.Roster.VALIDATOR;
import static id.terampil.validation.Roster.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.region.RegionLevel;
import id.terampil.validation.code.FindingCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The texts that describe validators, reports and inputs, including their absent parts. */
class DescriptionsTest {

  @Test
  void aCleanBatchSummaryHasNoCodePartAndARejectedOneCountsEachCode() {
    BatchReport clean = VALIDATOR.validate(List.of(record(1, SAPURO)));
    assertEquals(
        "1 records: 1 clean, 0 with errors; 0 errors, 0 warnings", clean.summary(Locale.ENGLISH));
    assertTrue(clean.toString().endsWith(", " + clean.summary(Locale.ENGLISH) + "}"), clean.toString());
    assertTrue(clean.toString().startsWith("BatchReport{"), clean.toString());

    BatchReport rejected =
        VALIDATOR.validate(
            List.of(
                record(1, SAPURO),
                record(1, SAPURO),
                record(1, SAPURO),
                record(d -> {
                  d.nik = Roster.nik(2);
                  d.cohortId = "PKL24-NOWHERE";
                })));
    assertEquals(
        "4 records: 1 clean, 3 with errors; 3 errors, 0 warnings; by code: "
            + FindingCode.DUPLICATE_NIK.code() + " 2, " + FindingCode.COHORT_UNKNOWN.code() + " 1",
        rejected.summary(Locale.ENGLISH));
  }

  @Test
  void aRecordValidatorNamesItsSettings() {
    RecordValidator validator =
        RecordValidator.builder(LocalDate.of(2024, 7, 31))
            .requiredFields(List.of(RecordField.NIK))
            .domicileLevel(RegionLevel.DISTRICT, true)
            .anyAge()
            .build();
    assertEquals(LocalDate.of(2024, 7, 31), validator.referenceDate());
    assertEquals(Set.of(RecordField.NIK), validator.requiredFields());
    assertEquals(
        "RecordValidator{referenceDate=2024-07-31, requiredFields=[NIK], domicileLevel=DISTRICT"
            + " or finer, age=any, directory=false}",
        validator.toString());
    String strict =
        RecordValidator.builder(LocalDate.of(2024, 7, 31))
            .domicileLevel(RegionLevel.VILLAGE, false)
            .ageRange(18, 60)
            .build()
            .toString();
    assertTrue(strict.contains("domicileLevel=VILLAGE, age=18-60,"), strict);
  }

  @Test
  void absentInputsAreWrittenAsNull() {
    assertEquals("DocumentEntry{kind=KTP, issueDate=null}", DocumentEntry.of("KTP", null).toString());
    assertEquals(
        "DocumentEntry{kind=null, issueDate=2012-03-01}", DocumentEntry.of(null, "2012-03-01").toString());
    assertTrue(
        EnrollmentRecord.builder().build().toString().startsWith("EnrollmentRecord{nik=null, name=null,"),
        EnrollmentRecord.builder().build().toString());
  }

  @Test
  void aFindingsDefaultMessageIsItsMessageInTheDefaultLocale() {
    BatchReport report = VALIDATOR.validate(List.of(record(1, SAPURO), record(1, SAPURO)));
    Finding f = report.records().get(1).findings().get(0);
    assertEquals(f.message(Locale.getDefault()), f.message());
    assertFalse(f.message().isEmpty());
  }
}
