package id.terampil.validation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import id.terampil.core.applicant.Applicant;
import id.terampil.core.applicant.Application;
import id.terampil.core.applicant.Document;
import id.terampil.core.applicant.EducationLevel;
import id.terampil.core.applicant.EmploymentStatus;
import id.terampil.core.classification.KbliCode;
import id.terampil.core.classification.TargetGroup;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Nik;
import id.terampil.core.identity.PersonName;
import id.terampil.core.identity.ProgramId;
import id.terampil.core.identity.Sex;
import id.terampil.core.money.Rupiah;
import id.terampil.core.program.ParticipantRole;
import id.terampil.core.region.RegionCode;
import id.terampil.validation.code.FindingCode;
import id.terampil.validation.code.Severity;
import id.terampil.validation.internal.Canon;
import id.terampil.validation.internal.Issue;
import id.terampil.validation.internal.Texts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The work on one record: its findings so far and the values parsed from it. Confined to one
 * call of a validator; the batch validator adds its cross-record findings to it before
 * {@link #finish()}.
 */
final class RecordCheck {

  final RecordValidator validator;
  /** The batch's repeated values, or null outside a batch. */
  final @Nullable Interned interned;
  int index;
  /** The findings so far; null until the first (most records have none). */
  private @Nullable List<Finding> findings;
  private int errors;

  @Nullable Nik nik;
  @Nullable PersonName name;
  @Nullable Sex sex;
  @Nullable LocalDate birthDate;
  @Nullable RegionCode domicile;
  @Nullable EducationLevel education;
  @Nullable EmploymentStatus employment;
  /** The occupation as written, where it names no one status (then employment is OTHER). */
  @Nullable String occupation;
  /**
   * Per document entry: the document, where both its kind and its issue date read; null until
   * the documents are checked.
   */
  @Nullable Document @Nullable [] documents;
  /**
   * The known groups of the target group entries; null until they are checked, and if an entry
   * names no known group.
   */
  @Nullable ImmutableSet<TargetGroup> targetGroups;
  @Nullable KbliCode kbli;
  @Nullable Rupiah capital;
  @Nullable Rupiah sales;
  @Nullable Applicant applicant;
  @Nullable ProgramId programId;
  @Nullable CohortId cohortId;
  /**
   * The role: {@code CITIZEN_APPLICANT} where the record names none; null until the role is
   * checked, and if the record names no role of {@code ParticipantRole}.
   */
  @Nullable ParticipantRole role;
  @Nullable LocalDateTime registeredAt;
  @Nullable BigDecimal score;

  RecordCheck(RecordValidator validator, int index) {
    this(validator, index, null);
  }

  RecordCheck(RecordValidator validator, int index, @Nullable Interned interned) {
    this.validator = validator;
    this.index = index;
    this.interned = interned;
  }

  /** Returns the batch's shared dates and scores, or null outside a (large) batch. */
  @Nullable Canon canon() {
    Interned batch = interned;
    return batch == null ? null : batch.canon();
  }

  /**
   * Starts the work on another record of the batch: forgets everything about the previous one,
   * whose findings the caller has taken. One check per pass over a batch, instead of one per
   * record.
   */
  void reset(int index) {
    this.index = index;
    findings = null;
    errors = 0;
    nik = null;
    name = null;
    sex = null;
    birthDate = null;
    domicile = null;
    education = null;
    employment = null;
    occupation = null;
    documents = null;
    targetGroups = null;
    kbli = null;
    capital = null;
    sales = null;
    applicant = null;
    programId = null;
    cohortId = null;
    role = null;
    registeredAt = null;
    score = null;
  }

  /** Returns the number of error findings so far. */
  int errors() {
    return errors;
  }

  /** Returns the findings so far, in order; the list must not be changed. */
  List<Finding> findings() {
    List<Finding> list = findings;
    return list != null ? list : ImmutableList.of();
  }

  /** Returns the text if present (not null, not blank); else reports it if required. */
  @Nullable String present(RecordField field, @Nullable String text) {
    if (text != null && !Texts.isBlank(text)) {
      return text;
    }
    if (validator.isRequired(field)) {
      // a name given but empty or only whitespace is blank, as one of no-break spaces is
      boolean blankName = text != null && field == RecordField.NAME;
      add(Issue.of(blankName ? FindingCode.NAME_BLANK : FindingCode.FIELD_REQUIRED), field.fieldName());
    }
    return null;
  }

  /** Reports the issue, if any, at {@code field} (empty for the record); true if there was none. */
  @CanIgnoreReturnValue
  boolean add(@Nullable Issue issue, String field) {
    if (issue == null) {
      return true;
    }
    add(issue.code(), field, issue.parameters(), issue.severity());
    return false;
  }

  /** Reports a finding at {@code field} (empty for the record as a whole). */
  void add(FindingCode code, String field, Map<String, String> parameters) {
    add(code, field, parameters, null);
  }

  /**
   * Reports a finding at {@code field} with the severity its context gives it, if any (a caller's
   * override of the code still wins).
   */
  private void add(
      FindingCode code,
      String field,
      Map<String, String> parameters,
      @Nullable Severity contextSeverity) {
    Severity severity = validator.severityOf(code, contextSeverity);
    Finding.Builder b = Finding.builder();
    b.code(code).severity(severity).recordIndex(index).putAllParameters(parameters);
    if (!field.isEmpty()) {
      b.field(field);
    }
    List<Finding> list = findings;
    if (list == null) {
      list = new ArrayList<>(2);
      findings = list;
    }
    list.add(b.build());
    if (severity == Severity.ERROR) {
      errors++;
    }
  }

  /**
   * Notes a value an application needs: when it is absent and no error is reported on its field
   * already, reports {@link FindingCode#REQUIRED_FOR_APPLICATION}.
   *
   * @return whether the value is present
   */
  @CanIgnoreReturnValue
  boolean need(@Nullable Object value, String field) {
    if (value != null) {
      return true;
    }
    for (Finding f : findings()) {
      if (f.isError() && f.field().isPresent() && f.field().get().equals(field)) {
        return false;
      }
    }
    add(FindingCode.REQUIRED_FOR_APPLICATION, field, ImmutableMap.of());
    return false;
  }

  /**
   * Returns whether every part an application needs is present: the applicant, the program and
   * cohort ids and the registration time (the score is optional).
   */
  boolean hasApplicationParts() {
    return applicant != null && programId != null && cohortId != null && registeredAt != null;
  }

  /** Returns the application, or null if a part is missing or the core rejects it. */
  @Nullable Application application() {
    if (!hasApplicationParts()) {
      return null;
    }
    try {
      return score == null
          ? Application.of(applicant, programId, cohortId, registeredAt)
          : Application.of(applicant, programId, cohortId, registeredAt, score);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * Ends the work on the record: converts it if there is no error (reporting
   * {@link FindingCode#CONVERSION_FAILED} if that is impossible) and returns the report.
   */
  RecordReport finish() {
    Application application = null;
    if (errors == 0) {
      application = application();
      if (application == null) {
        add(FindingCode.CONVERSION_FAILED, "", ImmutableMap.of("reason", "Application"));
      }
    }
    return RecordReport.of(index, findings(), application);
  }
}
