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
import id.terampil.validation.internal.FieldRules;
import id.terampil.validation.internal.Issue;
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

  private static final Document[] NO_DOCUMENTS = {};

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
  /** {@link #requiredFields} by ordinal, for the per-field lookup on the hot path. */
  private final boolean[] required;
  private final @Nullable RegionDirectory directory;
  private final RegionLevel domicileLevel;
  private final boolean domicileOrFiner;
  private final boolean checkAge;
  private final int minAge;
  private final int maxAge;
  private final ImmutableMap<String, TargetGroup> knownTargetGroups;
  /** Each known group as a one-element set, shared by the applicants of one group. */
  private final ImmutableMap<String, ImmutableSet<TargetGroup>> singleTargetGroups;
  /**
   * The required document kinds by {@linkplain FieldRules#documentKey what they are compared by},
   * each with the code the builder was given (the first, where codes such as {@code AK1} and
   * {@code AK_I} name one kind).
   */
  private final ImmutableMap<String, String> requiredDocuments;
  private final boolean revealNik;

  /** Up to this many target group entries, repeats are found by a scan rather than a set. */
  private static final int FEW_GROUPS = 8;
  private final Map<FindingCode, Severity> severities;

  private RecordValidator(Builder b) {
    this.referenceDate = b.referenceDate;
    this.requiredFields = Sets.immutableEnumSet(b.requiredFields);
    this.required = new boolean[RecordField.values().length];
    for (RecordField field : requiredFields) {
      required[field.ordinal()] = true;
    }
    this.directory = b.directory;
    this.domicileLevel = b.domicileLevel;
    this.domicileOrFiner = b.domicileOrFiner;
    this.checkAge = b.checkAge;
    this.minAge = b.minAge;
    this.maxAge = b.maxAge;
    this.knownTargetGroups = ImmutableMap.copyOf(b.knownTargetGroups);
    ImmutableMap.Builder<String, ImmutableSet<TargetGroup>> singles = ImmutableMap.builder();
    knownTargetGroups.forEach((code, group) -> singles.put(code, ImmutableSet.of(group)));
    this.singleTargetGroups = singles.buildOrThrow();
    Map<String, String> documentKeys = new LinkedHashMap<>();
    for (String code : b.requiredDocuments) {
      documentKeys.putIfAbsent(FieldRules.documentKey(code, FieldRules.documentKindOf(code)), code);
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
    return required[field.ordinal()];
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
    return ImmutableList.copyOf(check(record, index).findings());
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
    RecordCheck run = check(record, index);
    convert(run, record, null);
    return run.finish();
  }

  /** Runs every record rule; the returned check holds the findings and the parsed values. */
  RecordCheck check(EnrollmentRecord record, int index) {
    return check(new RecordCheck(this, index), record);
  }

  /** Runs every record rule into {@code run}, a new or {@linkplain RecordCheck#reset reset} one. */
  RecordCheck check(RecordCheck run, EnrollmentRecord record) {
    // Each value is parsed once: the parsed value is kept for the conversion, and the rule that
    // names the problem runs only when parsing fails.
    String nikText = run.present(RecordField.NIK, record.nik());
    if (nikText != null) {
      run.nik = nikText.length() > FieldRules.MAX_LENGTH ? null : Nik.tryParse(nikText).orElse(null);
      if (run.nik == null) {
        run.add(FieldRules.nik(nikText), "nik");
      }
    }
    String name = run.present(RecordField.NAME, record.name());
    if (name != null) {
      PersonName parsed =
          name.length() > FieldRules.MAX_LENGTH ? null : PersonName.tryOf(name).orElse(null);
      if (parsed != null) {
        run.name = parsed;
      } else {
        run.add(FieldRules.personName(name), "name");
      }
    }
    String sexText = run.present(RecordField.SEX, record.sex());
    if (sexText != null) {
      run.sex = FieldRules.parseSex(sexText);
      if (run.sex == null) {
        run.add(FieldRules.sex(sexText), "sex");
      }
    }
    run.birthDate = birthDate(run, run.present(RecordField.BIRTH_DATE, record.birthDate()));
    run.domicile = domicile(run, run.present(RecordField.DOMICILE_CODE, record.domicileCode()));
    String education = run.present(RecordField.EDUCATION, record.education());
    if (education != null) {
      run.education = FieldRules.parseEducation(education);
      if (run.education == null) {
        run.add(FieldRules.education(education), "education");
      }
    }
    String employment = run.present(RecordField.EMPLOYMENT, record.employment());
    if (employment != null) {
      run.employment = FieldRules.parseEmployment(employment);
      if (run.employment == null) {
        // An occupation that names no one status (GURU) is OTHER, kept, with a warning.
        run.occupation = FieldRules.parseOccupation(employment);
        run.employment = run.occupation == null ? null : EmploymentStatus.OTHER;
        run.add(FieldRules.employment(employment), "employment");
      }
    }
    Interned interned = run.interned;
    String programId = run.present(RecordField.PROGRAM_ID, record.programId());
    if (programId != null) {
      ProgramId known = interned == null ? null : interned.programId(programId);
      run.programId = known != null ? known : FieldRules.parseProgramId(programId);
      if (run.programId == null) {
        run.add(FieldRules.programId(programId), "programId");
      }
    }
    String cohortId = run.present(RecordField.COHORT_ID, record.cohortId());
    if (cohortId != null) {
      CohortId known = interned == null ? null : interned.cohortId(cohortId);
      run.cohortId = known != null ? known : FieldRules.parseCohortId(cohortId);
      if (run.cohortId == null) {
        run.add(FieldRules.cohortId(cohortId), "cohortId");
      }
    }
    String role = run.present(RecordField.ROLE, record.role());
    if (role == null) {
      run.role = ParticipantRole.CITIZEN_APPLICANT;
    } else {
      run.role = FieldRules.parseRole(role);
      if (run.role == null) {
        run.add(FieldRules.role(role), "role");
      }
    }
    targetGroups(run, record.targetGroups());
    documents(run, record.documents());
    String kbli = run.present(RecordField.BUSINESS_KBLI, record.businessKbli());
    if (kbli != null && run.add(FieldRules.kbli(kbli), "businessKbli")) {
      run.kbli = KbliCode.parse(kbli);
    }
    String capital = run.present(RecordField.BUSINESS_CAPITAL, record.businessCapital());
    if (capital != null) {
      run.capital = FieldRules.parseAmount(capital);
      if (run.capital == null) {
        run.add(FieldRules.amount(capital), "businessCapital");
      }
    }
    String sales = run.present(RecordField.BUSINESS_ANNUAL_SALES, record.businessAnnualSales());
    if (sales != null) {
      run.sales = FieldRules.parseAmount(sales);
      if (run.sales == null) {
        run.add(FieldRules.amount(sales), "businessAnnualSales");
      }
    }
    String registeredAt = run.present(RecordField.REGISTERED_AT, record.registeredAt());
    if (registeredAt != null) {
      run.registeredAt = FieldRules.parseRegistrationTime(registeredAt, run.canon());
      if (run.registeredAt == null) {
        run.add(FieldRules.registrationTime(registeredAt), "registeredAt");
      }
    }
    String score = run.present(RecordField.SCORE, record.score());
    if (score != null) {
      run.score = FieldRules.parseScore(score, run.canon());
      if (run.score == null) {
        run.add(FieldRules.score(score), "score");
      }
    }

    Nik nik = run.nik;
    if (nik != null) {
      for (Issue issue :
          FieldRules.crossCheck(nik, run.birthDate, run.sex, run.domicile, revealNik)) {
        run.add(issue, crossCheckField(issue.code()));
      }
      if (directory != null) {
        run.add(FieldRules.nikPrefix(nik, directory), "nik");
      }
    }
    return run;
  }

  /**
   * Parses what {@link #check} left as text and builds the applicant; reports each value an
   * application needs that is absent. {@code program} stands in for an absent program id.
   */
  void convert(RecordCheck run, EnrollmentRecord record, @Nullable ProgramId program) {
    boolean complete = run.need(run.nik, "nik");
    complete &= run.need(run.sex, "sex");
    complete &= run.need(run.birthDate, "birthDate");
    RegionCode domicile = run.domicile;
    if (domicile != null && domicile.level() != RegionLevel.VILLAGE) {
      run.add(
          FindingCode.REGION_CODE_LEVEL,
          "domicileCode",
          ImmutableMap.of(
              "level", domicile.level().name(),
              "requiredLevel", RegionLevel.VILLAGE.name(),
              "value", domicile.toString()));
      domicile = null;
    }
    complete &= run.need(domicile, "domicileCode");
    PersonName name = run.name;
    complete &= run.need(name, "name");
    EducationLevel education = run.education;
    complete &= run.need(education, "education");
    EmploymentStatus employment = run.employment;
    complete &= run.need(employment, "employment");

    // Looked up by targetGroups(); null if an entry names no known group (rare): each such entry
    // is then missing for the application.
    ImmutableSet<TargetGroup> groups = run.targetGroups;
    if (groups == null) {
      ImmutableList<String> texts = record.targetGroups();
      for (int i = 0; i < texts.size(); i++) {
        String text = texts.get(i);
        if (text.length() > FieldRules.MAX_LENGTH
            || !knownTargetGroups.containsKey(FieldRules.strip(text))) {
          complete &= run.need(null, "targetGroups[" + i + "]");
        }
      }
    }
    // Parsed by documents(): the document where both its kind and its issue date read.
    @Nullable Document[] documents = run.documents;
    ImmutableList<DocumentEntry> entries = record.documents();
    for (int i = 0; i < documents.length; i++) {
      if (documents[i] == null) {
        DocumentEntry entry = entries.get(i);
        String kindText = entry.kind();
        boolean kind = kindText != null && FieldRules.documentKind(kindText) == null;
        boolean ok = kind || run.need(null, "documents[" + i + "].kind");
        String dateText = entry.issueDate();
        ok &= (dateText != null && FieldRules.parseDate(dateText) != null)
            || run.need(null, "documents[" + i + "].issueDate");
        complete &= ok;
      }
    }
    boolean declaresBusiness =
        blankToNull(record.businessKbli()) != null
            || blankToNull(record.businessCapital()) != null
            || blankToNull(record.businessAnnualSales()) != null;
    BusinessProfile business = declaresBusiness ? business(run, record) : null;
    complete &= !declaresBusiness || business != null;

    String programText = record.programId();
    run.programId =
        run.programId != null || (programText != null && !Texts.isBlank(programText))
            ? run.programId
            : program;
    run.need(run.programId, "programId");
    run.need(run.cohortId, "cohortId");
    run.need(run.registeredAt, "registeredAt");

    if (!complete) {
      return;
    }
    try {
      // The applicant in one step (no builder): it is made for most records of a batch.
      run.applicant =
          Applicant.of(
              run.nik,
              name,
              run.sex,
              run.birthDate,
              domicile,
              education,
              employment,
              Optional.ofNullable(run.occupation),
              checkNotNull(groups),
              ImmutableList.copyOf(documents),
              Optional.ofNullable(business));
    } catch (RuntimeException e) {
      run.add(
          FindingCode.CONVERSION_FAILED,
          "",
          ImmutableMap.of("reason", e.getClass().getSimpleName()));
    }
  }

  /** Returns the business profile the record declares, or null if it is incomplete. */
  private static @Nullable BusinessProfile business(RecordCheck run, EnrollmentRecord record) {
    // Parsed by check(): each value where its text reads.
    String capitalText = blankToNull(record.businessCapital());
    String salesText = blankToNull(record.businessAnnualSales());
    KbliCode kbli = run.kbli;
    Rupiah capital = run.capital;
    Rupiah sales = run.sales;
    boolean ok = run.need(kbli, "businessKbli");
    if (capitalText == null && salesText == null) {
      ok &= run.need(null, "businessCapital");
    }
    ok &= capitalText == null || run.need(capital, "businessCapital");
    ok &= salesText == null || run.need(sales, "businessAnnualSales");
    if (!ok) {
      return null;
    }
    BusinessProfile.Builder b = BusinessProfile.builder();
    b.kbli(kbli);
    if (capital != null) {
      b.capital(capital);
    }
    if (sales != null) {
      b.annualSales(sales);
    }
    return b.build();
  }

  private static @Nullable String blankToNull(@Nullable String text) {
    return text == null || Texts.isBlank(text) ? null : text;
  }

  private @Nullable LocalDate birthDate(RecordCheck run, @Nullable String text) {
    if (text == null || !run.add(FieldRules.tooLong(text), "birthDate")) {
      return null;
    }
    LocalDate date = FieldRules.parseDate(text, run.canon());
    if (date == null) {
      run.add(Issue.of(FindingCode.BIRTH_DATE_INVALID), "birthDate");
      return null;
    }
    if (run.add(FieldRules.birthDate(date, referenceDate), "birthDate") && checkAge) {
      run.add(FieldRules.age(date, referenceDate, minAge, maxAge), "birthDate");
    }
    return date;
  }

  private @Nullable RegionCode domicile(RecordCheck run, @Nullable String text) {
    if (text == null) {
      return null;
    }
    RegionCode code = FieldRules.parseRegion(text).orElse(null);
    RegionLevel level = code == null ? null : code.level();
    if (level != domicileLevel && !(domicileOrFiner && level != null && level.isBelow(domicileLevel))) {
      // Not a code at the required level: the rule names the problem.
      run.add(FieldRules.regionCode(text, domicileLevel, domicileOrFiner), "domicileCode");
      return null;
    }
    if (directory != null) {
      run.add(FieldRules.regionInDirectory(code, directory), "domicileCode");
    }
    return code;
  }

  /**
   * Checks the target group entries and keeps the set of their known groups in
   * {@code run.targetGroups}, or null there if an entry is blank, too long or unknown. One entry
   * (the usual case) takes its shared one-element set.
   */
  private void targetGroups(RecordCheck run, ImmutableList<String> texts) {
    int count = texts.size();
    if (count == 0) {
      run.present(RecordField.TARGET_GROUPS, null);
      run.targetGroups = ImmutableSet.of();
      return;
    }
    if (count == 1) {
      String text = texts.get(0);
      ImmutableSet<TargetGroup> single =
          Texts.isBlank(text) || text.length() > FieldRules.MAX_LENGTH
              ? null
              : singleTargetGroups.get(FieldRules.strip(text));
      if (single == null) {
        targetGroupProblem(run, text, 0);
      }
      run.targetGroups = single;
      return;
    }
    // Repeats are found among the groups before: by a scan for the usual few, a set for many.
    @Nullable TargetGroup[] groups = new TargetGroup[count];
    Set<TargetGroup> seen = count > FEW_GROUPS ? new HashSet<>() : null;
    boolean allKnown = true;
    for (int i = 0; i < count; i++) {
      String text = texts.get(i);
      TargetGroup group =
          Texts.isBlank(text) || text.length() > FieldRules.MAX_LENGTH
              ? null
              : knownTargetGroups.get(FieldRules.strip(text));
      if (group == null) {
        targetGroupProblem(run, text, i);
        allKnown = false;
      } else if (seen != null ? !seen.add(group) : contains(groups, i, group)) {
        run.add(
            Issue.of(FindingCode.TARGET_GROUP_DUPLICATE, "value", group.code()),
            "targetGroups[" + i + "]");
      }
      groups[i] = group;
    }
    run.targetGroups = allKnown ? ImmutableSet.copyOf(groups) : null;
  }

  /** Reports why entry {@code i}, which names no known group, is wrong. */
  private static void targetGroupProblem(RecordCheck run, String text, int i) {
    String field = "targetGroups[" + i + "]";
    if (Texts.isBlank(text)) {
      run.add(Issue.of(FindingCode.FIELD_REQUIRED), field);
    } else if (text.length() > FieldRules.MAX_LENGTH) {
      run.add(FieldRules.tooLong(text), field);
    } else {
      run.add(Issue.of(FindingCode.TARGET_GROUP_UNKNOWN, "value", Texts.echo(FieldRules.strip(text))), field);
    }
  }

  /** Returns whether one of the first {@code count} groups is {@code group}. */
  private static boolean contains(@Nullable TargetGroup[] groups, int count, TargetGroup group) {
    for (int i = 0; i < count; i++) {
      if (group.equals(groups[i])) {
        return true;
      }
    }
    return false;
  }

  private void documents(RecordCheck run, ImmutableList<DocumentEntry> documents) {
    int count = documents.size();
    if (count == 0) {
      run.present(RecordField.DOCUMENTS, null);
    }
    @Nullable Document[] parsed = count == 0 ? NO_DOCUMENTS : new Document[count];
    run.documents = parsed;
    // Kinds seen so far, compared as FieldRules.documentKey does (aliases are one kind); a set
    // only where there is more than one entry or a required kind.
    Set<String> kinds = count > 1 || !requiredDocuments.isEmpty() ? new HashSet<>() : null;
    for (int i = 0; i < count; i++) {
      DocumentEntry document = documents.get(i);
      String kindText = document.kind();
      String kind = null;
      DocumentKind documentKind = null;
      if (kindText == null || Texts.isBlank(kindText)) {
        run.add(Issue.of(FindingCode.FIELD_REQUIRED), "documents[" + i + "].kind");
      } else {
        Issue invalid = FieldRules.documentKind(kindText);
        if (invalid != null) {
          run.add(invalid, "documents[" + i + "].kind");
        } else {
          kind = FieldRules.strip(kindText);
          documentKind = FieldRules.documentKindOf(kind);
          String key = FieldRules.documentKey(kind, documentKind);
          if (kinds != null && !kinds.add(key)) {
            run.add(
                Issue.of(FindingCode.DOCUMENT_DUPLICATE, "kind", key),
                "documents[" + i + "].kind");
          }
        }
      }
      String dateText = document.issueDate();
      if (dateText != null && !Texts.isBlank(dateText)) {
        // As in every other field: a text too long to examine is not read as a date.
        Issue tooLong = FieldRules.tooLong(dateText);
        LocalDate date = tooLong == null ? FieldRules.parseDate(dateText, run.canon()) : null;
        if (date != null && documentKind != null) {
          parsed[i] = Document.of(documentKind, date);
        }
        if (tooLong != null) {
          run.add(tooLong, "documents[" + i + "].issueDate");
        } else if (date == null) {
          String shown = kind != null ? kind : "#" + (i + 1);
          run.add(
              Issue.of(FindingCode.DOCUMENT_DATE_INVALID, "kind", shown),
              "documents[" + i + "].issueDate");
        } else if (date.isAfter(referenceDate)) {
          String shown = kind != null ? kind : "#" + (i + 1);
          run.add(
              new Issue(
                  FindingCode.DOCUMENT_DATE_AFTER_REFERENCE,
                  ImmutableMap.of("kind", shown, "referenceDate", referenceDate.toString())),
              "documents[" + i + "].issueDate");
        }
      }
    }
    for (Map.Entry<String, String> required : requiredDocuments.entrySet()) {
      if (kinds == null || !kinds.contains(required.getKey())) {
        run.add(Issue.of(FindingCode.DOCUMENT_MISSING, "kind", required.getValue()), "documents");
      }
    }
  }

  private static String crossCheckField(FindingCode code) {
    switch (code) {
      case NIK_BIRTH_DATE_MISMATCH:
        return "birthDate";
      case NIK_SEX_MISMATCH:
        return "sex";
      default:
        return "domicileCode";
    }
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
