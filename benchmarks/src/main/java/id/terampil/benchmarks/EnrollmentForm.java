package id.terampil.benchmarks;

import id.terampil.core.region.RegionLevel;
import id.terampil.core.time.DateText;
import id.terampil.validation.DocumentEntry;
import id.terampil.validation.EnrollmentRecord;
import id.terampil.validation.constraints.DeclaredIdentity;
import id.terampil.validation.constraints.NikMatchesDeclaredData;
import id.terampil.validation.constraints.ProductiveAge;
import id.terampil.validation.constraints.ValidKbli;
import id.terampil.validation.constraints.ValidNik;
import id.terampil.validation.constraints.ValidPersonName;
import id.terampil.validation.constraints.ValidRegionCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The peer baseline's DTO: what a user would write without the batch validator — the enrollment
 * record's fields as text, annotated with the library's constraints ({@code @ValidNik},
 * {@code @ValidPersonName}, {@code @ValidRegionCode}, {@code @ValidKbli}, {@code @ProductiveAge},
 * class-level {@code @NikMatchesDeclaredData}), standard constraints and patterns for the rest,
 * and one own constraint for target group codes.
 *
 * <p>Dates and times are parsed with java.time once per record, when the form is built from the
 * record (as a user's deserializer would bind them): the parsed birth date, registration time and
 * document issue dates are kept in fields (null when absent or unparseable) that carry the date
 * constraints, beside the text fields, which keep {@code @NotBlank}. The constraints therefore
 * read stored values: no text is parsed again during {@code Validator.validate} (Hibernate
 * Validator calls a constrained getter once per constraint, and the class-level
 * {@code @NikMatchesDeclaredData} reads the birth date again through
 * {@link #declaredBirthDate()}). The benchmark builds each form from its record inside the
 * measured loop, as the batch validator reads the records' texts inside its own.
 *
 * <p>Covered, per record: required fields; NIK structure; NIK against declared birth date and
 * sex; name; sex code; birth date format, not after the reference date (the factory's clock), age
 * 15-64 (which also rejects implausible dates); village-level domicile code; education and
 * employment codes; program and cohort id shape; known target groups; document kind, issue date
 * format and not after the reference date; KBLI; rupiah amounts; business start date; role name;
 * registration time; score. Not
 * covered (the batch validator does them): cohort known in the program, program id equal to the
 * program's, residence within the cohort's regions, a declared business being complete, the role
 * admitted by the cohort, seat
 * limits, overlapping cohorts, warnings; the duplicate-NIK pass is separate (a {@code HashMap}).
 */
@NikMatchesDeclaredData
public final class EnrollmentForm implements DeclaredIdentity {

  private static final String ID = "\\s*[A-Za-z0-9][A-Za-z0-9._-]{0,63}\\s*";
  private static final String EDUCATION =
      "\\s*(?:NONE|SD|SMP|SMA_SMK|D1_D3|D4_S1|S2_OR_HIGHER|SMA|SMK|MA|SMA/SMK|D1|D2|D3|D4|S1|S2|S3)\\s*";
  private static final String EMPLOYMENT =
      "\\s*(?:UNEMPLOYED|LAID_OFF|EMPLOYED|CASUAL_WORKER|SELF_EMPLOYED|HOMEMAKER|STUDENT"
          + "|CIVIL_SERVANT|RETIRED|OTHER)\\s*";
  private static final String AMOUNT =
      "\\s*(?:(?:[Rr][Pp]\\.?|[Ii][Dd][Rr])\\s*)?(?:\\d+|\\d{1,3}(?:\\.\\d{3})+)\\s*";
  private static final String SCORE = "\\s*(?!(?:\\.?\\d){19})(?:\\d+(?:\\.\\d*)?|\\.\\d+)\\s*";
  private static final String CODE = "\\s*[A-Z][A-Z0-9_]{0,47}\\s*";
  private static final String ROLE =
      "\\s*(?:CITIZEN_APPLICANT|CENTRE_MANAGER|COACH|AGENCY_STAFF|TRAINER)?\\s*";

  @NotBlank @ValidNik private final String nik;
  @NotBlank @ValidPersonName private final String name;

  @NotBlank
  @Pattern(regexp = "\\s*[LlPp]\\s*")
  private final String sex;

  @NotBlank private final String birthDate;

  @NotNull @PastOrPresent @ProductiveAge private final LocalDate birthDateValue;

  @NotBlank
  @ValidRegionCode(level = RegionLevel.VILLAGE)
  private final String domicileCode;

  @NotNull
  @Pattern(regexp = EDUCATION, flags = Pattern.Flag.CASE_INSENSITIVE)
  private final String education;

  @NotNull
  @Pattern(regexp = EMPLOYMENT, flags = Pattern.Flag.CASE_INSENSITIVE)
  private final String employment;

  @Pattern(regexp = ID)
  private final String programId;

  @NotBlank
  @Pattern(regexp = ID)
  private final String cohortId;

  private final List<@NotBlank @KnownTargetGroup String> targetGroups;
  private final List<@Valid DocumentForm> documents;
  @ValidKbli private final String businessKbli;

  @Pattern(regexp = AMOUNT)
  private final String businessCapital;

  @Pattern(regexp = AMOUNT)
  private final String businessAnnualSales;

  @NotBlank private final String registeredAt;

  @NotNull private final LocalDateTime registeredAtValue;

  @Pattern(regexp = SCORE)
  private final String score;

  private final String businessStartDate;

  @Pattern(regexp = ROLE, flags = Pattern.Flag.CASE_INSENSITIVE)
  private final String role;

  private EnrollmentForm(EnrollmentRecord r) {
    this.nik = r.nik();
    this.name = r.name();
    this.sex = r.sex();
    this.birthDate = r.birthDate();
    this.birthDateValue = date(birthDate);
    this.domicileCode = r.domicileCode();
    this.education = r.education();
    this.employment = r.employment();
    this.programId = r.programId();
    this.cohortId = r.cohortId();
    this.targetGroups = new ArrayList<>(r.targetGroups());
    this.documents = new ArrayList<>();
    for (DocumentEntry d : r.documents()) {
      documents.add(new DocumentForm(d.kind(), d.issueDate()));
    }
    this.businessKbli = r.businessKbli();
    this.businessCapital = r.businessCapital();
    this.businessAnnualSales = r.businessAnnualSales();
    this.registeredAt = r.registeredAt();
    this.registeredAtValue = dateTime(registeredAt);
    this.score = r.score();
    this.businessStartDate = r.businessStartDate();
    this.role = r.role();
  }

  /**
   * Returns whether the business start date, if one is given, is a date.
   *
   * @return true if absent, blank or a date
   */
  @AssertTrue
  public boolean isBusinessStartDateReadable() {
    return businessStartDate == null
        || businessStartDate.isBlank()
        || DateText.readDate(businessStartDate).isPresent();
  }

  /**
   * Returns the form of a record, as a user's deserializer would fill it.
   *
   * @param record the record
   * @return the form
   */
  static EnrollmentForm of(EnrollmentRecord record) {
    return new EnrollmentForm(record);
  }

  /**
   * Returns the NIK text.
   *
   * @return the NIK text
   */
  public String getNik() {
    return nik;
  }

  /**
   * Returns the birth date, parsed when the form was built.
   *
   * @return the date, or null if absent or not an ISO date
   */
  public LocalDate getBirthDateValue() {
    return birthDateValue;
  }

  /**
   * Returns the registration time, parsed when the form was built.
   *
   * @return the time, or null if absent or not ISO-8601
   */
  public LocalDateTime getRegisteredAtValue() {
    return registeredAtValue;
  }

  @Override
  public CharSequence declaredNik() {
    return nik;
  }

  @Override
  public LocalDate declaredBirthDate() {
    return birthDateValue;
  }

  @Override
  public CharSequence declaredSex() {
    return sex;
  }

  /** Parses an ISO date; null if absent or not an ISO date. */
  static LocalDate date(String text) {
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Parses an ISO local or offset date-time; null if absent or neither. */
  static LocalDateTime dateTime(String text) {
    if (text == null) {
      return null;
    }
    String s = text.strip();
    try {
      return LocalDateTime.parse(s);
    } catch (DateTimeParseException e) {
      try {
        return OffsetDateTime.parse(s).toLocalDateTime();
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }

  /** A document of the form; its issue date is parsed once, when the form is built. */
  public static final class DocumentForm {
    @NotBlank
    @Pattern(regexp = CODE)
    private final String kind;

    @NotBlank private final String issueDate;

    @NotNull @PastOrPresent private final LocalDate issueDateValue;

    DocumentForm(String kind, String issueDate) {
      this.kind = kind;
      this.issueDate = issueDate;
      this.issueDateValue = date(issueDate);
    }

    /**
     * Returns the issue date, parsed when the form was built.
     *
     * @return the date, or null if absent or not an ISO date
     */
    public LocalDate getIssueDateValue() {
      return issueDateValue;
    }
  }
}
