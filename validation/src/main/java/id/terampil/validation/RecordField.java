package id.terampil.validation;

/**
 * The fields of an {@link EnrollmentRecord}, to say which ones a {@link RecordValidator}
 * requires. {@link #fieldName()} is the name used in {@link Finding#field()}.
 *
 * @since 0.1.0
 */
public enum RecordField {
  /** The NIK. */
  NIK("nik"),
  /** The name (nama). */
  NAME("name"),
  /** The sex code, L or P. */
  SEX("sex"),
  /** The birth date. */
  BIRTH_DATE("birthDate"),
  /** The domicile region code. */
  DOMICILE_CODE("domicileCode"),
  /** The highest education completed. */
  EDUCATION("education"),
  /** The employment status. */
  EMPLOYMENT("employment"),
  /** The program id. */
  PROGRAM_ID("programId"),
  /** The cohort id. */
  COHORT_ID("cohortId"),
  /** The participant role; absent means a citizen applicant. */
  ROLE("role"),
  /** The target groups; required means at least one. */
  TARGET_GROUPS("targetGroups"),
  /** The documents; required means at least one. */
  DOCUMENTS("documents"),
  /** The business's KBLI code. */
  BUSINESS_KBLI("businessKbli"),
  /** The business capital. */
  BUSINESS_CAPITAL("businessCapital"),
  /** The business's annual sales. */
  BUSINESS_ANNUAL_SALES("businessAnnualSales"),
  /** The date the business started. */
  BUSINESS_START_DATE("businessStartDate"),
  /** The registration time. */
  REGISTERED_AT("registeredAt"),
  /** The selection score. */
  SCORE("score");

  private final String fieldName;

  RecordField(String fieldName) {
    this.fieldName = fieldName;
  }

  /**
   * Returns the field name as used in findings, e.g. {@code birthDate}.
   *
   * @return the name, not null
   */
  public String fieldName() {
    return fieldName;
  }
}
