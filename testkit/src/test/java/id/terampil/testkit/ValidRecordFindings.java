package id.terampil.testkit;

import id.terampil.core.applicant.EmploymentStatus;
import id.terampil.validation.EnrollmentRecord;
import id.terampil.validation.Finding;
import id.terampil.validation.code.FindingCode;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The findings a valid generated record is told, for the laws that say "a valid record yields no
 * finding": none, except the warning {@code OCCUPATION_NOT_MAPPED} exactly when its employment is
 * an occupation that names no one status (an applicant of {@code EmploymentStatus.OTHER}, such as
 * {@code GURU}), which converts with the occupation kept. Like the warning {@code
 * NIK_REGION_RETIRED} of a NIK with a retired prefix, it is a documented note on valid data, never
 * an error.
 */
public final class ValidRecordFindings {

  private ValidRecordFindings() {}

  /**
   * Returns the codes a valid record's checks report.
   *
   * @param record a valid generated record, not null
   * @return the codes, possibly empty
   */
  public static List<FindingCode> expected(EnrollmentRecord record) {
    String employment = record.employment();
    return employment != null && EmploymentStatus.read(employment).isEmpty()
        ? List.of(FindingCode.OCCUPATION_NOT_MAPPED)
        : List.of();
  }

  /**
   * Returns the codes of {@code findings}, in order.
   *
   * @param findings the findings, not null
   * @return the codes, not null
   */
  public static List<FindingCode> codes(List<Finding> findings) {
    return findings.stream().map(Finding::code).collect(Collectors.toList());
  }
}
