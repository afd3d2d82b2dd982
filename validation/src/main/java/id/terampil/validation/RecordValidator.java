package id.terampil.validation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import com.google.common.collect.Sets;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import id.terampil.core.applicant.Applicant;
import id.terampil.core.applicant.Application;
import id.terampil.core.applicant.BusinessProfile;
import id.terampil.core.applicant.Document;
import id.terampil.core.applicant.DocumentKind;
import id.terampil.core.applicant.EducationLevel;
import id.terampil.core.applicant.EmploymentStatus;
import id.terampil.core.classification.KbliCode;
import id.terampil.core.classification.TargetGroup;
import id.terampil.core.eligibility.EligibilityRule;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Nik;
import id.terampil.core.identity.PersonName;
import id.terampil.core.identity.ProgramId;
import id.terampil.core.internal.Codes;
import id.terampil.core.money.Rupiah;
import id.terampil.core.program.ParticipantRole;
import id.terampil.core.region.RegionCode;
import id.terampil.core.region.RegionDirectory;
import id.terampil.core.region.RegionLevel;
import id.terampil.validation.code.FindingCode;
import id.terampil.validation.code.Severity;
import id.terampil.validation.internal.Texts;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks one {@link EnrollmentRecord} and reports every problem at once as {@link Finding}s:
 * required fields, the NIK's structure, the name, sex, birth date (format, plausibility and age
 * at the reference date), domicile region code and level, program and cohort ids, target groups,
 * documents, business KBLI code and amounts, registration time and score, and the NIK against the
 * declared birth date, sex and domicile. With a {@link RegionDirectory} it also warns about
 * retired or unknown region prefixes in the NIK and about a domicile code the directory does not
 * know.
 *
 * <p>The rules are the same code the Bean Validation constraints in
 * {@link id.terampil.validation.constraints} run, called directly (no {@code Validator} per
 * record), so both give the same verdict on the same value. {@link #validate} never throws for
 * any field content: empty, huge (every rule looks at no more than 1024 characters, see
 * {@link FindingCode#FIELD_TOO_LONG}), control characters, unpaired surrogates, years 0 or 9999
 * — each becomes a finding. Work is linear in the size of the record; no regular expression
 * sees untrusted text longer than a few dozen characters.
 *
 * <p>{@link #validateAndConvert} also converts a record without errors into an
 * {@link Application} (reporting what the conversion still needs); a {@link BatchValidator} runs
 * this validator on every record of a roster and adds the cohort's admission and cross-record
 * findings. Inside a batch it checks the shape of the data only: one built with an age range or
 * required documents is refused there, since the admission judges age and documents.
 *
 * <p>No clock: the reference date (e.g. the close of registration) is given to the builder.
 * Findings never carry a full NIK unless {@link Builder#revealNik(boolean)} asks for it.
 *
 * <p>Immutable and thread-safe (given a thread-safe directory): build one and share it.
 *
 * @since 0.1.0
 */
public final class RecordValidator {

  /** The fields required unless the builder is told otherwise. */
  public static final ImmutableSet<RecordField> DEFAULT_REQUIRED_FIELDS =
      Sets.immutableEnumSet(
          RecordField.NIK,
          RecordField.NAME,
          RecordField.SEX,
          RecordField.BIRTH_DATE,
          RecordField.DOMICILE_CODE,
          RecordField.COHORT_ID);

  /** The codes whose severity cannot be lowered: a record with one has no application. */
  static final ImmutableSet<FindingCode> ALWAYS_ERRORS =
      Sets.immutableEnumSet(
          FindingCode.REQUIRED_FOR_APPLICATION,
          FindingCode.CONVERSION_FAILED,
          FindingCode.RECORD_NULL);


  /**
   * Checks a severity override, for this builder and {@link BatchValidator.Builder#severity}.
   *
   * @throws IllegalArgumentException if {@code severity} lowers a code of {@link #ALWAYS_ERRORS}
   */
  static void checkSeverity(FindingCode code, Severity severity) {
    checkNotNull(code, "code must not be null");
    checkNotNull(severity, "severity must not be null");
    checkArgument(
        severity == Severity.ERROR || !ALWAYS_ERRORS.contains(code),
        "severity of %s must stay ERROR: the record cannot be converted",
        code);
  }

  private final LocalDate referenceDate;
  private final ImmutableSet<RecordField> requiredFields;
  private final @Nullable RegionDirectory directory;
  private final RegionLevel domicileLevel;
  private final boolean domicileOrFiner;
  private final boolean checkAge;
  private final int minAge;
  private final int maxAge;
  private final ImmutableMap<String, TargetGroup> knownTargetGroups;
  /**
   * The required document kinds by {@linkplain #documentKey what they are compared by},
   * each with the code the builder was given (the first, where codes such as {@code AK1} and
   * {@code AK_I} name one kind).
   */
  private final ImmutableMap<String, String> requiredDocuments;
  private final boolean revealNik;

  private final Map<FindingCode, Severity> severities;

  private RecordValidator(Builder b) {
    this.referenceDate = b.referenceDate;
    this.requiredFields = Sets.immutableEnumSet(b.requiredFields);
    this.directory = b.directory;
    this.domicileLevel = b.domicileLevel;
    this.domicileOrFiner = b.domicileOrFiner;
    this.checkAge = b.checkAge;
    this.minAge = b.minAge;
    this.maxAge = b.maxAge;
    this.knownTargetGroups = ImmutableMap.copyOf(b.knownTargetGroups);
    Map<String, String> documentKeys = new LinkedHashMap<>();
    for (String code : b.requiredDocuments) {
      documentKeys.putIfAbsent(documentKey(code, DocumentKind.read(code).orElseThrow()), code);
    }
    this.requiredDocuments = ImmutableMap.copyOf(documentKeys);
    this.revealNik = b.revealNik;
    this.severities = Maps.immutableEnumMap(b.severities);
  }

  /**
   * Returns a builder for a validator that judges records at {@code referenceDate}.
   *
   * @param referenceDate the date ages and dates are judged at (e.g. registration close), not
   *     null
   * @return a new builder, not null
   */
  public static Builder builder(LocalDate referenceDate) {
    return new Builder(referenceDate);
  }

  /**
   * Returns the reference date.
   *
   * @return the date, not null
   */
  public LocalDate referenceDate() {
    return referenceDate;
  }

  /**
   * Returns the required fields.
   *
   * @return the fields, not null, immutable
   */
  public ImmutableSet<RecordField> requiredFields() {
    return requiredFields;
  }

  /** Returns whether the age is checked: an age range, by default the productive age {@value EligibilityRule#PRODUCTIVE_AGE_MIN} to {@value
   * EligibilityRule#PRODUCTIVE_AGE_MAX}. */
  boolean checksAge() {
    return checkAge;
  }

  /** Returns whether findings may carry the full NIK. */
  boolean revealsNik() {
    return revealNik;
  }

  /** Returns the codes of the document kinds every record must list. */
  ImmutableList<String> requiredDocumentCodes() {
    return requiredDocuments.values().asList();
  }

  /** Returns a builder with every setting of this validator, for the batch validator to extend. */
  Builder toBuilder() {
    Builder b = new Builder(referenceDate);
    b.requiredFields(requiredFields);
    if (directory != null) {
      b.regionDirectory(directory);
    }
    b.domicileLevel(domicileLevel, domicileOrFiner);
    if (checkAge) {
      b.ageRange(minAge, maxAge);
    } else {
      b.anyAge();
    }
    b.knownTargetGroups(knownTargetGroups.values());
    b.requiredDocuments(requiredDocuments.values());
    b.revealNik(revealNik);
    severities.forEach(b::severity);
    return b;
  }

  /** Returns whether {@code field} is required. */
  boolean isRequired(RecordField field) {
    return requiredFields.contains(field);
  }

  /**
   * Returns every problem of {@code record}, errors and warnings: first each field's own
   * problems, field by field in the order of {@link RecordField} (the entries of a list in their
   * order, then the required documents it lacks), then the checks of the NIK against the declared birth date, sex and domicile and,
   * with a {@link RegionDirectory}, of the NIK's region prefix. A cross-check finding names the
   * declared field it disagrees with, so it may name a field that came earlier.
   *
   * @param record the record, not null
   * @param index the record's index in its batch, reported in each finding, not negative
   * @return the findings, not null, empty for a clean record
   * @throws NullPointerException if {@code record} is null
   * @throws IllegalArgumentException if {@code index} is negative
   */
  public ImmutableList<Finding> validate(EnrollmentRecord record, int index) {
    checkNotNull(record, "record must not be null");
    checkArgument(index >= 0, "record index must not be negative: %s", index);
    return new RecordReader(this, record, index).readFields().result().findings();
  }

  /**
   * Returns every problem of {@code record} as {@link #validate} does, and converts a record
   * without errors into an {@link Application} of its {@link Applicant}. Values the conversion
   * needs but this validator does not require are reported as
   * {@link FindingCode#REQUIRED_FOR_APPLICATION} when absent: program id, cohort id,
   * registration time, education, employment, each document's issue date, and for a business
   * its KBLI code and its capital or annual sales (besides NIK, name, sex, birth date and a
   * village-level domicile). The application has the record's cohort as its only choice.
   * Never throws for any field content.
   *
   * @param record the record, not null
   * @param index the record's index in its batch, reported in each finding, not negative
   * @return the findings and, exactly when no finding is an error, the application; not null
   * @throws NullPointerException if {@code record} is null
   * @throws IllegalArgumentException if {@code index} is negative
   */
  public RecordReport validateAndConvert(EnrollmentRecord record, int index) {
    checkNotNull(record, "record must not be null");
    checkArgument(index >= 0, "record index must not be negative: %s", index);
    return check(record, index, null, ImmutableMap.of()).report();
  }

  /**
   * Reads and converts a record as {@link #validateAndConvert} does; {@code program} stands in for
   * an absent program id, and the application refers to {@code program} and to the ids of {@code
   * cohorts} (each id by itself) where the record names them.
   */
  CheckedRecord check(
      EnrollmentRecord record,
      int index,
      @Nullable ProgramId program,
      Map<CohortId, CohortId> cohorts) {
    return new RecordReader(this, record, index).readFields().convert(program, cohorts).result();
  }

  /**
   * Returns what two document kind codes are compared by, for required and repeated documents:
   * the name of the {@link DocumentKind} the code stands for, so that {@code AK1}, {@code AKI} and
   * {@code AK_I} are one kind; or, for a code of {@link DocumentKind#OTHER}, the code itself, so
   * that two other documents (e.g. {@code NPWP} and {@code BPJS}) stay apart.
   */
  static String documentKey(String code, DocumentKind kind) {
    return kind == DocumentKind.OTHER ? code : kind.name();
  }

  /** Returns the known target group with {@code code}, or null. */
  @Nullable TargetGroup targetGroup(String code) {
    return knownTargetGroups.get(code);
  }

  /** Returns the required document kinds by {@linkplain #documentKey key}, each with its code. */
  ImmutableMap<String, String> requiredDocuments() {
    return requiredDocuments;
  }

  /** Returns the region directory, if one was given. */
  Optional<RegionDirectory> directory() {
    return Optional.ofNullable(directory);
  }

  RegionLevel domicileLevel() {
    return domicileLevel;
  }

  boolean domicileOrFiner() {
    return domicileOrFiner;
  }

  int minAge() {
    return minAge;
  }

  int maxAge() {
    return maxAge;
  }

  /**
   * Builds a {@link RecordValidator}. Not thread-safe; the validator it builds is.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final LocalDate referenceDate;
    private Set<RecordField> requiredFields = DEFAULT_REQUIRED_FIELDS;
    private @Nullable RegionDirectory directory;
    private RegionLevel domicileLevel = RegionLevel.VILLAGE;
    private boolean domicileOrFiner;
    private boolean checkAge = true;
    private int minAge = EligibilityRule.PRODUCTIVE_AGE_MIN;
    private int maxAge = EligibilityRule.PRODUCTIVE_AGE_MAX;
    private final Map<String, TargetGroup> knownTargetGroups = new LinkedHashMap<>();
    private final Set<String> requiredDocuments = new LinkedHashSet<>();
    private boolean revealNik;
    private final EnumMap<FindingCode, Severity> severities = new EnumMap<>(FindingCode.class);

    private Builder(LocalDate referenceDate) {
      this.referenceDate = checkNotNull(referenceDate, "referenceDate must not be null");
      for (TargetGroup group : TargetGroup.builtIn()) {
        knownTargetGroups.put(group.code(), group);
      }
    }

    /**
     * Sets the fields that must be present (not null, not blank; lists not empty), replacing
     * {@link #DEFAULT_REQUIRED_FIELDS}.
     *
     * @param fields the fields, not null, may be empty
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder requiredFields(Iterable<RecordField> fields) {
      checkNotNull(fields, "required fields must not be null");
      this.requiredFields = Sets.newEnumSet(fields, RecordField.class);
      return this;
    }

    /**
     * Sets the region directory used to warn about retired or unknown NIK prefixes and domicile
     * codes. Without one, only the shape of region codes is checked.
     *
     * @param directory the directory, not null, thread-safe
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder regionDirectory(RegionDirectory directory) {
      this.directory = checkNotNull(directory, "region directory must not be null");
      return this;
    }

    /**
     * Sets the level the domicile code must have; by default {@link RegionLevel#VILLAGE}
     * (kelurahan / desa) exactly.
     *
     * @param level the level, not null
     * @param orFiner whether a code below {@code level} is accepted too
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder domicileLevel(RegionLevel level, boolean orFiner) {
      this.domicileLevel = checkNotNull(level, "domicile level must not be null");
      this.domicileOrFiner = orFiner;
      return this;
    }

    /**
     * Sets the accepted age range at the reference date, in completed years; by default the
     * productive age {@value EligibilityRule#PRODUCTIVE_AGE_MIN} to {@value
     * EligibilityRule#PRODUCTIVE_AGE_MAX}.
     *
     * @param min the youngest accepted age, not negative
     * @param max the oldest accepted age, not less than {@code min}
     * @return this builder
     * @throws IllegalArgumentException if {@code min} is negative or {@code max < min}
     */
    @CanIgnoreReturnValue
    public Builder ageRange(int min, int max) {
      checkArgument(min >= 0, "minimum age must not be negative: %s", min);
      checkArgument(max >= min, "maximum age must not be less than the minimum: %s < %s", max, min);
      this.checkAge = true;
      this.minAge = min;
      this.maxAge = max;
      return this;
    }

    /**
     * Turns the age check off, as a {@link BatchValidator} requires (each cohort's admission
     * judges age there); birth dates are still checked for format and plausibility.
     *
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder anyAge() {
      this.checkAge = false;
      return this;
    }

    /**
     * Adds target groups the validator knows besides {@link TargetGroup#builtIn()}.
     *
     * @param groups the groups, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder knownTargetGroups(Iterable<TargetGroup> groups) {
      for (TargetGroup group : groups) {
        knownTargetGroups.put(group.code(), group);
      }
      return this;
    }

    /**
     * Adds document kinds every record must list, e.g. {@code KTP}. For a validator used alone: a
     * {@link BatchValidator} refuses it, since there each cohort's admission judges documents. A kind is listed under any
     * code the conversion reads as that {@link DocumentKind} ({@code AK1}, {@code AKI} or
     * {@code AK_I}; {@code IJAZAH} or {@code DIPLOMA}; ...); a code of no known kind only under
     * itself.
     *
     * @param kinds the kinds: codes of upper-case ASCII letters, digits and '_', not null
     * @return this builder
     * @throws IllegalArgumentException if a kind is not such a code
     */
    @CanIgnoreReturnValue
    public Builder requiredDocuments(Iterable<String> kinds) {
      for (String kind : kinds) {
        requiredDocuments.add(Codes.checkCode("document kind", kind));
      }
      return this;
    }

    /**
     * Sets whether findings may carry the full NIK; by default they carry it masked
     * ({@code 3375********0001}). Turn on only where the reader may see personal data.
     *
     * @param reveal true to put the full NIK into finding parameters
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder revealNik(boolean reveal) {
      this.revealNik = reveal;
      return this;
    }

    /**
     * Overrides the severity of a code, e.g. to make {@link FindingCode#NIK_REGION_MISMATCH} an
     * error.
     *
     * @param code the code, not null
     * @param severity the severity, not null
     * @return this builder
     * @throws IllegalArgumentException if {@code severity} is a warning and {@code code} is
     *     {@link FindingCode#REQUIRED_FOR_APPLICATION}, {@link FindingCode#CONVERSION_FAILED} or
     *     {@link FindingCode#RECORD_NULL}, which always prevent an application
     */
    @CanIgnoreReturnValue
    public Builder severity(FindingCode code, Severity severity) {
      checkSeverity(code, severity);
      severities.put(code, severity);
      return this;
    }

    /**
     * Returns the validator.
     *
     * @return the validator, not null
     */
    public RecordValidator build() {
      return new RecordValidator(this);
    }
  }

  @Override
  public String toString() {
    return "RecordValidator{referenceDate="
        + referenceDate
        + ", requiredFields="
        + requiredFields
        + ", domicileLevel="
        + domicileLevel
        + (domicileOrFiner ? " or finer" : "")
        + ", age="
        + (checkAge ? minAge + "-" + maxAge : "any")
        + ", directory="
        + (directory != null)
        + "}";
  }

  /**
   * Returns the severity a finding with {@code code} gets from this validator.
   *
   * @param code the code, not null
   * @return the severity, not null
   */
  public Severity severityOf(FindingCode code) {
    return severities.getOrDefault(code, code.defaultSeverity());
  }

  /**
   * Returns a finding about record {@code index} at {@code field} (empty for the record as a
   * whole), with the severity {@link #severityOf(FindingCode, Severity)} gives it: the one place
   * the record and batch validators make their findings.
   */
  Finding finding(
      FindingCode code,
      int index,
      String field,
      Map<String, String> parameters,
      @Nullable Severity contextSeverity) {
    Finding.Builder b = Finding.builder();
    b.code(code)
        .severity(severityOf(code, contextSeverity))
        .recordIndex(index)
        .putAllParameters(parameters);
    if (!field.isEmpty()) {
      b.field(field);
    }
    return b.build();
  }

  /**
   * Returns the severity of {@code code} where its context sets one (e.g. an unknown region with a
   * complete directory is an error): the caller's override, else {@code contextSeverity}, else
   * the code's default.
   */
  Severity severityOf(FindingCode code, @Nullable Severity contextSeverity) {
    Severity override = severities.get(code);
    if (override != null) {
      return override;
    }
    return contextSeverity != null ? contextSeverity : code.defaultSeverity();
  }
}
