package id.terampil.validation;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import id.terampil.core.applicant.Applicant;
import id.terampil.core.applicant.Application;
import id.terampil.core.applicant.BusinessProfile;
import id.terampil.core.applicant.Document;
import id.terampil.core.applicant.DocumentKind;
import id.terampil.core.applicant.EducationLevel;
import id.terampil.core.applicant.Occupation;
import id.terampil.core.classification.KbliCode;
import id.terampil.core.classification.TargetGroup;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.NameProblem;
import id.terampil.core.identity.Nik;
import id.terampil.core.identity.NikProblem;
import id.terampil.core.identity.PersonName;
import id.terampil.core.identity.ProgramId;
import id.terampil.core.identity.Sex;
import id.terampil.core.money.Rupiah;
import id.terampil.core.program.ParticipantRole;
import id.terampil.core.region.RegionCode;
import id.terampil.core.region.RegionDirectory;
import id.terampil.core.region.RegionLevel;
import id.terampil.core.text.Reading;
import id.terampil.core.time.DateText;
import id.terampil.validation.code.FindingCode;
import id.terampil.validation.code.Severity;
import id.terampil.validation.internal.RecordRules;
import id.terampil.validation.internal.Texts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads one record for a {@link RecordValidator}: each field's text goes once to the reader of its
 * core type, whose value is kept and whose problem becomes the field's finding. Made for one record
 * and confined to one call; its result is a {@link CheckedRecord}.
 */
final class RecordReader {

  private final RecordValidator validator;
  private final EnrollmentRecord record;
  private final int index;
  private final List<Finding> findings = new ArrayList<>();
  private int errors;

  private @Nullable Nik nik;
  private @Nullable PersonName name;
  private @Nullable Sex sex;
  private @Nullable LocalDate birthDate;
  private @Nullable RegionCode domicile;
  private @Nullable EducationLevel education;
  private @Nullable Occupation occupation;
  private @Nullable ProgramId programId;
  private @Nullable CohortId cohortId;
  private @Nullable ParticipantRole role;
  /** The known groups of the entries; null if an entry names no known group. */
  private @Nullable Set<TargetGroup> targetGroups;
  /** The target group entries that name no known group (blank, too long or unknown). */
  private final BitSet unknownGroups = new BitSet();
  /** Per document entry: the document, where both its kind and its issue date read. */
  private final List<@Nullable Document> documents = new ArrayList<>();
  /** The document entries whose kind reads, and those whose issue date reads. */
  private final BitSet kindsRead = new BitSet();
  private final BitSet datesRead = new BitSet();
  private @Nullable KbliCode kbli;
  private @Nullable Rupiah capital;
  private @Nullable Rupiah sales;
  private @Nullable LocalDate businessStart;
  private @Nullable LocalDateTime registeredAt;
  private @Nullable BigDecimal score;
  private @Nullable Applicant applicant;
  private @Nullable Application application;

  RecordReader(RecordValidator validator, EnrollmentRecord record, int index) {
    this.validator = validator;
    this.record = record;
    this.index = index;
  }

  /** Returns what was found and read so far. */
  CheckedRecord result() {
    return new CheckedRecord(
        index,
        ImmutableList.copyOf(findings),
        nik,
        cohortId,
        programId,
        role,
        applicant,
        application);
  }

  // ---------------------------------------------------------------- the fields, one by one

  /** Reads every field and checks the NIK against the declared data; see {@link RecordValidator#validate}. */
  RecordReader readFields() {
    String nikText = text(RecordField.NIK, record.nik());
    if (nikText != null) {
      Reading<Nik, NikProblem> read = Nik.read(nikText);
      if (read.isValue()) {
        nik = read.orElseThrow();
      } else {
        NikProblem p = read.problem().orElseThrow();
        add(FindingCode.of(p), "nik", nikParameters(p, nikText));
      }
    }
    String nameText = text(RecordField.NAME, record.name());
    if (nameText != null) {
      Reading<PersonName, NameProblem> read = PersonName.read(nameText);
      if (read.isValue()) {
        name = read.orElseThrow();
      } else {
        NameProblem p = read.problem().orElseThrow();
        add(
            FindingCode.of(p),
            "name",
            p == NameProblem.TOO_LONG
                ? ImmutableMap.of("maxLength", Integer.toString(PersonName.MAX_LENGTH))
                : ImmutableMap.of());
      }
    }
    sex = read(RecordField.SEX, record.sex(), Sex::read, FindingCode.SEX_INVALID);
    readBirthDate();
    readDomicile();
    education =
        read(RecordField.EDUCATION, record.education(), EducationLevel::read,
            FindingCode.EDUCATION_INVALID);
    String employmentText = text(RecordField.EMPLOYMENT, record.employment());
    if (employmentText != null) {
      occupation = Occupation.read(employmentText).orElse(null);
      if (occupation == null) {
        add(FindingCode.EMPLOYMENT_INVALID, "employment", echo(employmentText));
      } else if (occupation.unmapped().isPresent()) {
        // An occupation that names no one status (GURU): OTHER, kept as written.
        add(
            FindingCode.OCCUPATION_NOT_MAPPED,
            "employment",
            ImmutableMap.of("occupation", Texts.echo(occupation.unmapped().get())));
      }
    }
    programId =
        read(RecordField.PROGRAM_ID, record.programId(), ProgramId::read,
            FindingCode.PROGRAM_ID_INVALID);
    cohortId =
        read(RecordField.COHORT_ID, record.cohortId(), CohortId::read,
            FindingCode.COHORT_ID_INVALID);
    String roleText = text(RecordField.ROLE, record.role());
    if (roleText == null) {
      role = isTooLong(record.role()) ? null : ParticipantRole.CITIZEN_APPLICANT;
    } else {
      role = ParticipantRole.read(roleText).orElse(null);
      if (role == null) {
        add(FindingCode.ROLE_INVALID, "role", echo(roleText));
      }
    }
    readTargetGroups();
    readDocuments();
    kbli = read(RecordField.BUSINESS_KBLI, record.businessKbli(), KbliCode::read, FindingCode.KBLI_INVALID);
    capital = amount(RecordField.BUSINESS_CAPITAL, record.businessCapital());
    sales = amount(RecordField.BUSINESS_ANNUAL_SALES, record.businessAnnualSales());
    businessStart =
        read(
            RecordField.BUSINESS_START_DATE,
            record.businessStartDate(),
            DateText::readDate,
            FindingCode.BUSINESS_START_DATE_INVALID);
    String registeredText = text(RecordField.REGISTERED_AT, record.registeredAt());
    if (registeredText != null) {
      registeredAt = DateText.readDateTime(registeredText).orElse(null);
      if (registeredAt == null) {
        add(FindingCode.REGISTRATION_TIME_INVALID, "registeredAt", ImmutableMap.of());
      }
    }
    String scoreText = text(RecordField.SCORE, record.score());
    if (scoreText != null) {
      score = Application.readScore(scoreText).orElse(null);
      if (score == null) {
        add(FindingCode.SCORE_INVALID, "score", ImmutableMap.of());
      }
    }
    crossCheck();
    return this;
  }

  /**
   * Reads a field whose only problem is not being a value of its type: the value, or null after
   * reporting {@code invalid} with the text echoed (or the field's absence or length).
   */
  private <T> @Nullable T read(
      RecordField field,
      @Nullable String value,
      Function<CharSequence, Optional<T>> reader,
      FindingCode invalid) {
    String text = text(field, value);
    if (text == null) {
      return null;
    }
    T read = reader.apply(text).orElse(null);
    if (read == null) {
      add(invalid, field.fieldName(), echo(text));
    }
    return read;
  }

  /**
   * Returns the text of a field if it is present and short enough to read; else reports a
   * required field that is absent or blank, or a text too long to read, and returns null.
   */
  private @Nullable String text(RecordField field, @Nullable String text) {
    if (text == null || Texts.isBlank(text)) {
      if (validator.isRequired(field)) {
        // A name given but empty or only whitespace is blank, as one of no-break spaces is.
        boolean blankName = text != null && field == RecordField.NAME;
        add(
            blankName ? FindingCode.NAME_BLANK : FindingCode.FIELD_REQUIRED,
            field.fieldName(),
            ImmutableMap.of());
      }
      return null;
    }
    return readable(text, field.fieldName()) ? text : null;
  }

  /** Reports a text too long to read at {@code field}; returns whether it is short enough. */
  private boolean readable(String text, String field) {
    if (!isTooLong(text)) {
      return true;
    }
    tooLong(text, field);
    return false;
  }

  private void tooLong(String text, String field) {
    add(
        FindingCode.FIELD_TOO_LONG,
        field,
        ImmutableMap.of(
            "length", Integer.toString(text.length()), "maxLength", Integer.toString(Texts.MAX_LENGTH)));
  }

  private static String groupField(int i) {
    return "targetGroups[" + i + "]";
  }

  private static String documentField(int i, String part) {
    return "documents[" + i + "]." + part;
  }

  /** The document kind as a finding names it: as written where it reads, else its position. */
  private static String shownKind(@Nullable String key, @Nullable String kindText, int i) {
    return key != null ? checkNotNull(kindText).strip() : "#" + (i + 1);
  }

  private static boolean isTooLong(@Nullable String text) {
    return text != null && text.length() > Texts.MAX_LENGTH;
  }

  private static ImmutableMap<String, String> echo(String text) {
    return ImmutableMap.of("value", Texts.echo(text));
  }

  /** The parameters of a NIK problem: the length, the first non-digit, or the province. */
  private static ImmutableMap<String, String> nikParameters(NikProblem problem, String text) {
    String s = text.strip();
    switch (problem) {
      case LENGTH:
        return ImmutableMap.of("length", Integer.toString(s.length()));
      case NOT_DIGITS:
        int position = 0;
        while (s.charAt(position) >= '0' && s.charAt(position) <= '9') {
          position++;
        }
        return ImmutableMap.of("position", Integer.toString(position + 1));
      case UNKNOWN_PROVINCE:
        return ImmutableMap.of("province", s.substring(0, 2));
      default:
        return ImmutableMap.of();
    }
  }

  private void readBirthDate() {
    String text = text(RecordField.BIRTH_DATE, record.birthDate());
    if (text == null) {
      return;
    }
    LocalDate date = DateText.readDate(text).orElse(null);
    if (date == null) {
      add(FindingCode.BIRTH_DATE_INVALID, "birthDate", ImmutableMap.of());
      return;
    }
    birthDate = date;
    LocalDate reference = validator.referenceDate();
    FindingCode implausible = RecordRules.birthDate(date, reference);
    if (implausible == FindingCode.BIRTH_DATE_AFTER_REFERENCE) {
      add(implausible, "birthDate", ImmutableMap.of("referenceDate", reference.toString()));
    } else if (implausible != null) {
      add(
          implausible,
          "birthDate",
          ImmutableMap.of(
              "referenceDate", reference.toString(),
              "maxAge", Integer.toString(RecordRules.MAX_AGE)));
    } else if (validator.checksAge()) {
      int min = validator.minAge();
      int max = validator.maxAge();
      if (RecordRules.age(date, reference, min, max) != null) {
        add(
            FindingCode.AGE_OUTSIDE_RANGE,
            "birthDate",
            ImmutableMap.of(
                "min", Integer.toString(min),
                "max", Integer.toString(max),
                "referenceDate", reference.toString()));
      }
    }
  }

  private void readDomicile() {
    String text = text(RecordField.DOMICILE_CODE, record.domicileCode());
    if (text == null) {
      return;
    }
    RegionCode code = RegionCode.read(text).orElse(null);
    if (code == null) {
      add(FindingCode.REGION_CODE_INVALID, "domicileCode", echo(text));
      return;
    }
    RegionLevel level = validator.domicileLevel();
    if (!RecordRules.hasLevel(code, level, validator.domicileOrFiner())) {
      add(
          FindingCode.REGION_CODE_LEVEL,
          "domicileCode",
          ImmutableMap.of(
              "level", code.level().name(), "requiredLevel", level.name(), "value", code.toString()));
      return;
    }
    domicile = code;
    RegionDirectory directory = validator.directory().orElse(null);
    if (directory == null) {
      return;
    }
    Map.@Nullable Entry<RegionCode, FindingCode> problem =
        RecordRules.inDirectory(
            directory, FindingCode.REGION_CODE_RETIRED, FindingCode.REGION_CODE_UNKNOWN, code);
    if (problem != null) {
      // An unknown code names no place at all where the directory is complete.
      Severity context =
          problem.getValue() == FindingCode.REGION_CODE_UNKNOWN && directory.isComplete()
              ? Severity.ERROR
              : null;
      addInDirectory(problem, "domicileCode", "value", directory, context);
    }
  }

  /** Reports a retired code with its successor ({@code -} where none is known), or an unknown one. */
  private void addInDirectory(
      Map.Entry<RegionCode, FindingCode> problem,
      String field,
      String parameter,
      RegionDirectory directory,
      @Nullable Severity context) {
    RegionCode code = problem.getKey();
    FindingCode finding = problem.getValue();
    ImmutableMap<String, String> parameters =
        finding == FindingCode.REGION_CODE_RETIRED || finding == FindingCode.NIK_REGION_RETIRED
            ? ImmutableMap.of(
                parameter,
                code.toString(),
                "successor",
                directory.successor(code).map(RegionCode::toString).orElse("-"))
            : ImmutableMap.of(parameter, code.toString());
    add(finding, field, parameters, context);
  }

  /**
   * Checks the target group entries and keeps the set of their known groups, or null if an entry
   * is blank, too long or unknown.
   */
  private void readTargetGroups() {
    ImmutableList<String> texts = record.targetGroups();
    if (texts.isEmpty()) {
      text(RecordField.TARGET_GROUPS, null);
      targetGroups = Set.of();
      return;
    }
    Set<TargetGroup> groups = new LinkedHashSet<>();
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      TargetGroup group = null;
      if (Texts.isBlank(text)) {
        add(FindingCode.FIELD_REQUIRED, groupField(i), ImmutableMap.of());
      } else if (isTooLong(text)) {
        tooLong(text, groupField(i));
      } else {
        group = validator.targetGroup(text.strip());
        if (group == null) {
          add(FindingCode.TARGET_GROUP_UNKNOWN, groupField(i), echo(text.strip()));
        } else if (!groups.add(group)) {
          add(FindingCode.TARGET_GROUP_DUPLICATE, groupField(i), ImmutableMap.of("value", group.code()));
        }
      }
      if (group == null) {
        unknownGroups.set(i);
      }
    }
    targetGroups = unknownGroups.isEmpty() ? groups : null;
  }

  private void readDocuments() {
    ImmutableList<DocumentEntry> entries = record.documents();
    if (entries.isEmpty()) {
      text(RecordField.DOCUMENTS, null);
    }
    // Compared as RecordValidator.documentKey does: AK1, AKI and AK_I are one kind.
    Set<String> kinds = new HashSet<>();
    LocalDate reference = validator.referenceDate();
    for (int i = 0; i < entries.size(); i++) {
      DocumentEntry entry = entries.get(i);
      String kindText = entry.kind();
      String key = null;
      DocumentKind kind = null;
      if (kindText == null || Texts.isBlank(kindText)) {
        add(FindingCode.FIELD_REQUIRED, documentField(i, "kind"), ImmutableMap.of());
      } else if (isTooLong(kindText)) {
        tooLong(kindText, documentField(i, "kind"));
      } else {
        kind = DocumentKind.read(kindText).orElse(null);
        if (kind == null) {
          add(FindingCode.DOCUMENT_KIND_INVALID, documentField(i, "kind"), echo(kindText));
        } else {
          kindsRead.set(i);
          key = RecordValidator.documentKey(kindText.strip(), kind);
          if (!kinds.add(key)) {
            add(FindingCode.DOCUMENT_DUPLICATE, documentField(i, "kind"), ImmutableMap.of("kind", key));
          }
        }
      }
      Document document = null;
      String dateText = entry.issueDate();
      boolean dated = dateText != null && !Texts.isBlank(dateText);
      if (dated && isTooLong(dateText)) {
        tooLong(dateText, documentField(i, "issueDate"));
      } else if (dated) {
        LocalDate date = DateText.readDate(dateText).orElse(null);
        if (date == null) {
          add(
              FindingCode.DOCUMENT_DATE_INVALID,
              documentField(i, "issueDate"),
              ImmutableMap.of("kind", shownKind(key, kindText, i)));
        } else {
          datesRead.set(i);
          if (date.isAfter(reference)) {
            add(
                FindingCode.DOCUMENT_DATE_AFTER_REFERENCE,
                documentField(i, "issueDate"),
                ImmutableMap.of(
                    "kind", shownKind(key, kindText, i), "referenceDate", reference.toString()));
          }
          if (kind != null) {
            document = Document.of(kind, date);
          }
        }
      }
      documents.add(document);
    }
    for (Map.Entry<String, String> required : validator.requiredDocuments().entrySet()) {
      if (!kinds.contains(required.getKey())) {
        add(FindingCode.DOCUMENT_MISSING, "documents", ImmutableMap.of("kind", required.getValue()));
      }
    }
  }

  private @Nullable Rupiah amount(RecordField field, @Nullable String value) {
    String text = text(field, value);
    if (text == null) {
      return null;
    }
    Rupiah amount = Rupiah.read(text).orElse(null);
    if (amount == null) {
      add(FindingCode.AMOUNT_INVALID, field.fieldName(), ImmutableMap.of());
    }
    return amount;
  }

  /** Checks the NIK against the declared birth date, sex and domicile, and its region prefix. */
  private void crossCheck() {
    Nik n = nik;
    if (n == null) {
      return;
    }
    Set<FindingCode> mismatches = RecordRules.crossCheck(n, birthDate, sex, domicile);
    if (mismatches.contains(FindingCode.NIK_BIRTH_DATE_MISMATCH)) {
      add(FindingCode.NIK_BIRTH_DATE_MISMATCH, "birthDate", ImmutableMap.of("nik", shown(n)));
    }
    if (mismatches.contains(FindingCode.NIK_SEX_MISMATCH)) {
      add(
          FindingCode.NIK_SEX_MISMATCH,
          "sex",
          ImmutableMap.of(
              "nik", shown(n), "nikSex", n.sex().code(), "sex", checkNotNull(sex).code()));
    }
    if (mismatches.contains(FindingCode.NIK_REGION_MISMATCH)) {
      add(
          FindingCode.NIK_REGION_MISMATCH,
          "domicileCode",
          ImmutableMap.of(
              "nik", shown(n),
              "nikRegion", n.region().toString(),
              "region", checkNotNull(domicile).toString()));
    }
    RegionDirectory directory = validator.directory().orElse(null);
    if (directory == null) {
      return;
    }
    RegionCode district = n.region();
    Map.@Nullable Entry<RegionCode, FindingCode> problem =
        RecordRules.inDirectory(
            directory,
            FindingCode.NIK_REGION_RETIRED,
            FindingCode.NIK_REGION_UNKNOWN,
            district.truncateTo(RegionLevel.REGENCY),
            district);
    if (problem != null) {
      addInDirectory(problem, "nik", "nikRegion", directory, null);
    }
  }

  /** The NIK as a finding shows it: masked unless the validator reveals NIKs. */
  private String shown(Nik n) {
    return validator.revealsNik() ? n.toString() : n.masked();
  }

  // ---------------------------------------------------------------- the conversion

  /**
   * Builds the applicant and the application from what was read, reporting each value they need
   * that is absent; {@code program} stands in for an absent program id. See {@link
   * RecordValidator#validateAndConvert}.
   */
  RecordReader convert(@Nullable ProgramId program, Map<CohortId, CohortId> cohorts) {
    boolean complete = need(nik, "nik");
    complete &= need(sex, "sex");
    complete &= need(birthDate, "birthDate");
    RegionCode village = domicile;
    if (village != null && village.level() != RegionLevel.VILLAGE) {
      add(
          FindingCode.REGION_CODE_LEVEL,
          "domicileCode",
          ImmutableMap.of(
              "level", village.level().name(),
              "requiredLevel", RegionLevel.VILLAGE.name(),
              "value", village.toString()));
      village = null;
    }
    complete &= need(village, "domicileCode");
    complete &= need(name, "name");
    complete &= need(education, "education");
    complete &= need(occupation, "employment");
    for (int i = unknownGroups.nextSetBit(0); i >= 0; i = unknownGroups.nextSetBit(i + 1)) {
      complete &= need(null, groupField(i));
    }
    for (int i = 0; i < documents.size(); i++) {
      if (documents.get(i) == null) {
        boolean ok = kindsRead.get(i) || need(null, documentField(i, "kind"));
        ok &= datesRead.get(i) || need(null, documentField(i, "issueDate"));
        complete &= ok;
      }
    }
    boolean declaresBusiness =
        present(record.businessKbli())
            || present(record.businessCapital())
            || present(record.businessAnnualSales())
            || present(record.businessStartDate());
    BusinessProfile business = declaresBusiness ? business() : null;
    complete &= !declaresBusiness || business != null;

    if ((programId == null && !present(record.programId()))
        || (program != null && program.equals(programId))) {
      // The program's own id, not an equal copy for each record; the same for its cohorts.
      programId = program;
    }
    if (cohortId != null) {
      cohortId = cohorts.getOrDefault(cohortId, cohortId);
    }
    need(programId, "programId");
    need(cohortId, "cohortId");
    need(registeredAt, "registeredAt");

    if (complete) {
      try {
        Applicant.Builder b = Applicant.builder();
        b.nik(checkNotNull(nik))
            .name(checkNotNull(name))
            .sex(checkNotNull(sex))
            .birthDate(checkNotNull(birthDate))
            .domicile(checkNotNull(village))
            .education(checkNotNull(education))
            .employment(checkNotNull(occupation).status())
            .occupation(occupation.unmapped())
            .addAllTargetGroups(checkNotNull(targetGroups));
        for (Document d : documents) {
          b.addDocuments(checkNotNull(d));
        }
        if (business != null) {
          b.business(business);
        }
        applicant = b.build();
      } catch (RuntimeException e) {
        add(
            FindingCode.CONVERSION_FAILED,
            "",
            ImmutableMap.of("reason", e.getClass().getSimpleName()));
      }
    }
    if (errors == 0) {
      application = application();
      if (application == null) {
        add(FindingCode.CONVERSION_FAILED, "", ImmutableMap.of("reason", "Application"));
      }
    }
    return this;
  }

  /** Returns the application, or null if a part is missing or the core refuses it. */
  private @Nullable Application application() {
    if (applicant == null || programId == null || cohortId == null || registeredAt == null) {
      return null;
    }
    try {
      Application.Builder b = Application.builder();
      b.applicant(applicant).program(programId).addCohortChoices(cohortId).registeredAt(registeredAt);
      if (score != null) {
        b.score(score);
      }
      return b.build();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Returns the business profile the record declares, or null if it is incomplete. */
  private @Nullable BusinessProfile business() {
    boolean capitalGiven = present(record.businessCapital());
    boolean salesGiven = present(record.businessAnnualSales());
    boolean ok = need(kbli, "businessKbli");
    if (!capitalGiven && !salesGiven) {
      ok &= need(null, "businessCapital");
    }
    ok &= !capitalGiven || need(capital, "businessCapital");
    ok &= !salesGiven || need(sales, "businessAnnualSales");
    ok &= !present(record.businessStartDate()) || need(businessStart, "businessStartDate");
    if (!ok) {
      return null;
    }
    BusinessProfile.Builder b = BusinessProfile.builder();
    b.kbli(checkNotNull(kbli));
    if (capital != null) {
      b.capital(capital);
    }
    if (sales != null) {
      b.annualSales(sales);
    }
    if (businessStart != null) {
      b.startDate(businessStart);
    }
    return b.build();
  }

  private static boolean present(@Nullable String text) {
    return text != null && !Texts.isBlank(text);
  }

  /**
   * Notes a value an application needs: when it is absent and no error is reported on its field
   * already, reports {@link FindingCode#REQUIRED_FOR_APPLICATION}. Returns whether it is present.
   */
  private boolean need(@Nullable Object value, String field) {
    if (value != null) {
      return true;
    }
    for (Finding f : findings) {
      if (f.isError() && f.field().isPresent() && f.field().get().equals(field)) {
        return false;
      }
    }
    add(FindingCode.REQUIRED_FOR_APPLICATION, field, ImmutableMap.of());
    return false;
  }

  // ---------------------------------------------------------------- findings

  /** Reports a finding at {@code field} (empty for the record as a whole). */
  private void add(FindingCode code, String field, Map<String, String> parameters) {
    add(code, field, parameters, null);
  }

  /**
   * Reports a finding with the severity its context gives it, if any (a caller's override of the
   * code still wins).
   */
  private void add(
      FindingCode code, String field, Map<String, String> parameters, @Nullable Severity context) {
    Finding finding = validator.finding(code, index, field, parameters, context);
    findings.add(finding);
    if (finding.isError()) {
      errors++;
    }
  }
}
