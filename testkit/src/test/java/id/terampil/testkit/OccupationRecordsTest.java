package id.terampil.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.applicant.Applicant;
import id.terampil.core.applicant.EmploymentStatus;
import id.terampil.core.program.TrainingProgram;
import id.terampil.validation.EnrollmentRecord;
import id.terampil.validation.RecordReport;
import id.terampil.validation.RecordValidator;
import id.terampil.validation.code.FindingCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Generated applicants of {@code EmploymentStatus.OTHER} declare an occupation, and their
 * records write it: the record checks convert it back to {@code OTHER} with the occupation kept
 * and the warning {@code OCCUPATION_NOT_MAPPED}, and to no error.
 */
class OccupationRecordsTest {

  @Test
  void otherApplicantsDeclareAnOccupationThatTheirRecordsCarryBack() {
    int others = 0;
    for (long seed = 1; seed <= 10; seed++) {
      TrainingProgram program = Samples.list(TerampilArbitraries.programs(), 1, seed).get(0);
      LocalDate close = program.period().start();
      EnrollmentRecordArbitrary records = TerampilArbitraries.enrollmentRecords(program, close);
      RecordValidator validator = records.validator();
      for (EnrollmentRecord record : Samples.list(records, 100, seed)) {
        RecordReport report = validator.validateAndConvert(record, 0);
        assertEquals(
            ValidRecordFindings.expected(record),
            ValidRecordFindings.codes(report.findings()),
            record::toString);
        Applicant applicant = report.application().orElseThrow().applicant();
        if (applicant.employment() == EmploymentStatus.OTHER) {
          others++;
          assertEquals(Optional.ofNullable(record.employment()), applicant.occupation());
          assertEquals(
              List.of(FindingCode.OCCUPATION_NOT_MAPPED),
              ValidRecordFindings.codes(report.findings()));
        } else {
          assertEquals(Optional.empty(), applicant.occupation());
        }
      }
    }
    // A tenth of the unconstrained draws: some, never most.
    assertTrue(others > 0 && others < 500, "OTHER applicants: " + others + " of 1000");
  }
}
