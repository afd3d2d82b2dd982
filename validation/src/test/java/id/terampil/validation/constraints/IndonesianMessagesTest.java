package id.terampil.validation.constraints;

import static java.util.stream.Collectors.toCollection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaEnumConstant;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.terampil.core.applicant.DocumentKind;
import id.terampil.core.applicant.EducationLevel;
import id.terampil.core.applicant.EmploymentStatus;
import id.terampil.core.classification.BusinessSizeClass;
import id.terampil.core.region.RegionLevel;
import id.terampil.validation.DocumentEntry;
import id.terampil.validation.EnrollmentRecord;
import id.terampil.validation.Finding;
import id.terampil.validation.RecordField;
import id.terampil.validation.RecordValidator;
import id.terampil.validation.code.FindingCode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;

/**
 * Every finding message and every constraint message, rendered in Indonesian with the parameters
 * the validators really produce, is Indonesian: no enum constant of the library ({@code VILLAGE},
 * {@code CITIZEN_APPLICANT}, {@code ALL_OF}) and no camel-case identifier ({@code cohortId},
 * {@code birthDate}) reaches a reader of the Indonesian text.
 */
class IndonesianMessagesTest {

  static {
    OpenToValidator.open(IndonesianMessagesTest.class);
  }

  static final Locale ID = Locale.forLanguageTag("id");
  static final LocalDate CLOSE = LocalDate.of(2024, 7, 31);
  static final String MASKED_NIK = "3375********0001";

  /**
   * Enum constants that are also Indonesian words or abbreviations, written so in Indonesian
   * text: the NIK, the identity and family cards, the business number, school levels, the sex codes.
   */
  static final Set<String> INDONESIAN_TOO = Set.of("NIK", "KTP", "KK", "NIB", "SD", "SMP", "L", "P");

  /**
   * Every enum constant name of core and validation, less {@link #INDONESIAN_TOO}, and the
   * admission modes, which core's target-group rule writes as enum-like words.
   */
  static final Set<String> ENUM_CONSTANTS = enumConstants();

  /** A word; one with inner hyphens or dots, such as a cohort id, is one word. */
  static final Pattern WORD = Pattern.compile("[A-Za-z0-9_]+(?:[.-][A-Za-z0-9_]+)*");
  static final Pattern CAMEL_CASE = Pattern.compile("[a-z]+[A-Z][A-Za-z0-9]*");

  /** Every field a finding names: each record field and the entries of its lists. */
  static final List<String> FIELDS = fields();

  private static Set<String> enumConstants() {
    Set<String> names = new TreeSet<>();
    for (JavaClass type :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.terampil.core", "id.terampil.validation")) {
      if (type.isEnum()) {
        for (JavaEnumConstant constant : type.getEnumConstants()) {
          names.add(constant.name());
        }
      }
    }
    names.removeAll(INDONESIAN_TOO);
    names.addAll(List.of("ALL_OF", "ANY_OF"));
    return names;
  }

  private static List<String> fields() {
    List<String> fields = new ArrayList<>();
    for (RecordField field : RecordField.values()) {
      fields.add(field.fieldName());
    }
    fields.addAll(List.of("targetGroups[0]", "documents[1].kind", "documents[1].issueDate"));
    return fields;
  }

  /** The English words and identifiers in {@code text}; empty if there are none. */
  static Set<String> foreignWords(String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String word = m.group();
      if (ENUM_CONSTANTS.contains(word) || CAMEL_CASE.matcher(word).matches()) {
        found.add(word);
      }
    }
    return found;
  }

  static void assertIndonesian(String what, String message) {
    assertTrue(foreignWords(message).isEmpty(), what + ": " + foreignWords(message) + " in: " + message);
    assertTrue(!message.contains("{"), what + ": unresolved parameter in: " + message);
  }

  static Map<String, String> p(String... keysAndValues) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  /**
   * For each finding code, the parameter sets its validator produces (none, one set or more), with
   * realistic values: region levels and roles as their enum names, NIKs masked, dates ISO.
   */
  static Map<FindingCode, List<Map<String, String>>> realisticParameters() {
    Map<FindingCode, List<Map<String, String>>> all = new LinkedHashMap<>();
    // a code without parameters; one whose parameters are missing here shows an unresolved {name}
    for (FindingCode code : FindingCode.values()) {
      all.put(code, List.of(p()));
    }
    all.put(FindingCode.FIELD_TOO_LONG, List.of(p("length", "1048576", "maxLength", "1000")));
    all.put(FindingCode.NIK_LENGTH, List.of(p("length", "15")));
    all.put(FindingCode.NIK_NOT_DIGITS, List.of(p("position", "9")));
    all.put(FindingCode.NIK_PROVINCE_UNKNOWN, List.of(p("province", "99")));
    all.put(FindingCode.NIK_BIRTH_DATE_MISMATCH, List.of(p("nik", MASKED_NIK)));
    all.put(FindingCode.NIK_SEX_MISMATCH, List.of(p("nik", MASKED_NIK, "nikSex", "P", "sex", "L")));
    all.put(
        FindingCode.NIK_REGION_MISMATCH,
        List.of(p("nik", MASKED_NIK, "region", "33.75.02.1001", "nikRegion", "33.75.01")));
    all.put(FindingCode.NIK_REGION_UNKNOWN, List.of(p("nikRegion", "33.75.05")));
    all.put(FindingCode.NIK_REGION_RETIRED, List.of(p("nikRegion", "92.71", "successor", "96.71")));
    all.put(FindingCode.NAME_TOO_LONG, List.of(p("maxLength", "100")));
    all.put(FindingCode.SEX_INVALID, List.of(p("value", "PEREMPUAN")));
    all.put(FindingCode.BIRTH_DATE_AFTER_REFERENCE, List.of(p("referenceDate", "2024-07-31")));
    all.put(
        FindingCode.BIRTH_DATE_IMPLAUSIBLE, List.of(p("maxAge", "150", "referenceDate", "2024-07-31")));
    all.put(
        FindingCode.AGE_OUTSIDE_RANGE,
        List.of(p("referenceDate", "2024-07-31", "min", "15", "max", "64")));
    all.put(FindingCode.REGION_CODE_INVALID, List.of(p("value", "33-75")));
    List<Map<String, String>> levels = new ArrayList<>();
    for (RegionLevel required : RegionLevel.values()) {
      for (RegionLevel found : RegionLevel.values()) {
        if (found != required) {
          levels.add(
              p("level", found.name(), "requiredLevel", required.name(), "value", "33.75.01"));
        }
      }
    }
    all.put(FindingCode.REGION_CODE_LEVEL, levels);
    all.put(FindingCode.REGION_CODE_UNKNOWN, List.of(p("value", "33.75.02.1001")));
    all.put(
        FindingCode.REGION_CODE_RETIRED, List.of(p("value", "92.71.01.1001", "successor", "96.71.01.1001")));
    all.put(FindingCode.EDUCATION_INVALID, List.of(p("value", "SLTA/SEDERAJAT")));
    all.put(FindingCode.EMPLOYMENT_INVALID, List.of(p("value", "WIRASWASTA")));
    all.put(FindingCode.OCCUPATION_NOT_MAPPED, List.of(p("occupation", "GURU")));
    all.put(FindingCode.ROLE_INVALID, List.of(p("value", "PESERTA")));
    all.put(FindingCode.PROGRAM_ID_INVALID, List.of(p("value", "PKL 2024")));
    all.put(FindingCode.COHORT_ID_INVALID, List.of(p("value", "angkatan 1")));
    all.put(FindingCode.TARGET_GROUP_UNKNOWN, List.of(p("value", "NELAYAN")));
    all.put(FindingCode.TARGET_GROUP_DUPLICATE, List.of(p("value", "HOUSEWIFE")));
    all.put(FindingCode.DOCUMENT_KIND_INVALID, List.of(p("value", "ak-1")));
    all.put(FindingCode.DOCUMENT_DATE_INVALID, List.of(p("kind", "KTP")));
    all.put(
        FindingCode.DOCUMENT_DATE_AFTER_REFERENCE,
        List.of(p("kind", "KK", "referenceDate", "2024-07-31")));
    all.put(FindingCode.DOCUMENT_MISSING, List.of(p("kind", "AK1")));
    // the kind of two aliases (AK1 and AKI) is the DocumentKind name
    List<Map<String, String>> duplicates = new ArrayList<>();
    for (DocumentKind kind : DocumentKind.values()) {
      // a kind of DocumentKind.OTHER is its own code
      duplicates.add(p("kind", kind == DocumentKind.OTHER ? "NPWP" : kind.name()));
    }
    all.put(FindingCode.DOCUMENT_DUPLICATE, duplicates);
    all.put(FindingCode.KBLI_INVALID, List.of(p("value", "1079")));
    all.put(FindingCode.SKKNI_INVALID, List.of(p("value", "M.74100.001.02")));
    all.put(FindingCode.CONVERSION_FAILED, List.of(p("reason", "Application")));
    all.put(
        FindingCode.DUPLICATE_NIK,
        List.of(p("nik", MASKED_NIK, "cohort", "PKL24-BENDAN-KERGON", "firstIndex", "3")));
    all.put(
        FindingCode.OVERLAPPING_COHORTS,
        List.of(
            p("nik", MASKED_NIK, "cohort", "PKL24-A", "otherIndex", "7", "otherCohort", "PKL24-B")));
    all.put(FindingCode.COHORT_SEATS_EXCEEDED, List.of(p("cohort", "PKL24-A", "seats", "25")));
    all.put(FindingCode.COHORT_UNKNOWN, List.of(p("cohort", "PKL24-Z", "program", "PKL-DBHCHT-2024")));
    all.put(FindingCode.PROGRAM_MISMATCH, List.of(p("value", "KDI-2024", "program", "PKL-DBHCHT-2024")));
    all.put(
        FindingCode.NOT_ELIGIBLE_AGE_BELOW_MIN,
        List.of(p("age", "14", "minAge", "15", "referenceDate", "2024-07-31")));
    all.put(
        FindingCode.NOT_ELIGIBLE_AGE_ABOVE_MAX,
        List.of(p("age", "65", "maxAge", "64", "referenceDate", "2024-07-31")));
    all.put(
        FindingCode.NOT_ELIGIBLE_RESIDENCE,
        List.of(p("domicile", "33.26.01.2001", "regions", "33.75")));
    all.put(
        FindingCode.NOT_ELIGIBLE_TARGET_GROUP,
        List.of(
            p("mode", "ALL_OF", "required", "HOUSEWIFE,YOUTH", "missing", "YOUTH"),
            p("mode", "ANY_OF", "required", "JOB_SEEKER,LAID_OFF_WORKER", "missing",
                "JOB_SEEKER,LAID_OFF_WORKER")));
    List<Map<String, String>> documents = new ArrayList<>();
    List<Map<String, String>> expired = new ArrayList<>();
    for (DocumentKind kind : DocumentKind.values()) {
      documents.add(p("document", kind.name()));
      expired.add(p("document", kind.name(), "validUntil", "2024-06-30", "referenceDate", "2024-07-31"));
    }
    all.put(FindingCode.NOT_ELIGIBLE_DOCUMENTS, documents);
    all.put(FindingCode.NOT_ELIGIBLE_DOCUMENT_EXPIRED, expired);
    all.put(
        FindingCode.NOT_ELIGIBLE_OVERLAPPING_ENROLLMENT,
        List.of(p("cohort", "PKL24-A", "period", "2024-07-02/2024-07-31")));
    all.put(
        FindingCode.NOT_ELIGIBLE_RECENT_SKILL,
        List.of(
            p("skill", "JAHIT", "cohort", "PKL23-A", "trainedUntil", "2023-08-31", "years", "2")));
    List<Map<String, String>> roles = new ArrayList<>();
    roles.add(p("role", "CITIZEN_APPLICANT", "roles", "CENTRE_MANAGER,COACH"));
    roles.add(p("role", "AGENCY_STAFF", "roles", "CITIZEN_APPLICANT,TRAINER"));
    all.put(FindingCode.NOT_ELIGIBLE_ROLE, roles);
    all.put(
        FindingCode.NOT_ELIGIBLE_OTHER,
        List.of(
            p("reason", "KUOTA_KELURAHAN", "labelId", "kuota kelurahan", "labelEn",
                "village quota")));
    all.put(FindingCode.NOT_ELIGIBLE_SEX, List.of(p("sex", "L", "admitted", "P")));
    List<Map<String, String>> employments = new ArrayList<>();
    for (EmploymentStatus status : EmploymentStatus.values()) {
      employments.add(p("employment", status.name(), "admitted", "LAID_OFF,UNEMPLOYED"));
    }
    all.put(FindingCode.NOT_ELIGIBLE_EMPLOYMENT, employments);
    List<Map<String, String>> educations = new ArrayList<>();
    for (EducationLevel level : EducationLevel.values()) {
      educations.add(p("education", level.name(), "minEducation", level.name()));
    }
    all.put(FindingCode.NOT_ELIGIBLE_EDUCATION, educations);
    all.put(FindingCode.NOT_ELIGIBLE_CIVIL_SERVANT, List.of(p("employment", "CIVIL_SERVANT")));
    List<Map<String, String>> sizes = new ArrayList<>();
    for (BusinessSizeClass size : BusinessSizeClass.values()) {
      sizes.add(p("sizeClass", size.name(), "admitted", "MICRO,SMALL"));
    }
    all.put(FindingCode.NOT_ELIGIBLE_BUSINESS_SIZE, sizes);
    all.put(FindingCode.NOT_ELIGIBLE_BUSINESS_KBLI, List.of(p("kbli", "16291", "prefixes", "10,11")));
    all.put(
        FindingCode.NOT_ELIGIBLE_BUSINESS_TOO_YOUNG,
        List.of(
            p("months", "11", "minMonths", "12", "startDate", "2023-08-15", "referenceDate",
                "2024-07-31")));
    all.put(
        FindingCode.NOT_ELIGIBLE_BUSINESS_TOO_OLD,
        List.of(
            p("months", "25", "maxMonths", "24", "startDate", "2022-06-01", "referenceDate",
                "2024-07-31")));
    all.put(
        FindingCode.REPEATED_SKILL_IN_PROGRAM,
        List.of(
            p("nik", MASKED_NIK, "cohort", "PKL24-B", "otherCohort", "PKL24-A", "otherIndex", "3",
                "skill", "JAHIT", "years", "2")));
    all.put(FindingCode.ELIGIBILITY_NOT_EVALUATED, List.of(p("reason", "IllegalStateException")));
    return all;
  }

  @Test
  void theEnumConstantsAreFoundAndTheCheckCatchesWhatTheIssueReported() {
    assertTrue(ENUM_CONSTANTS.containsAll(List.of("VILLAGE", "DISTRICT", "ERROR", "CITIZEN_APPLICANT")));
    assertEquals(Set.of("VILLAGE"), foreignWords("harus berupa kode wilayah pada tingkat VILLAGE"));
    assertEquals(Set.of("cohortId"), foreignWords("cohortId wajib diisi"));
    assertEquals(Set.of(), foreignWords("KTP dan KK wajib, lulusan SD atau SMP, jenis kelamin L"));
    assertEquals(Set.of("ANY_OF", "birthDate"), foreignWords("ANY_OF: PKL-DBHCHT-2024, birthDate."));
  }

  @Test
  void everyFindingMessageIsIndonesianWithRealisticParameters() {
    Map<FindingCode, List<Map<String, String>>> all = realisticParameters();
    for (Map.Entry<FindingCode, List<Map<String, String>>> e : all.entrySet()) {
      FindingCode code = e.getKey();
      String ownField = code.eligibilityField();
      List<String> fields = ownField.isEmpty() ? FIELDS : List.of(ownField);
      for (Map<String, String> parameters : e.getValue()) {
        for (String field : fields) {
          Finding f = Finding.of(code, 0, field, parameters);
          assertIndonesian(code + "@" + field + " " + parameters, f.message(ID));
        }
        Finding whole = Finding.of(code, 0, "", parameters);
        assertIndonesian(code + " " + parameters, whole.message(ID));
      }
    }
  }

  @Test
  void findingsOfARealRecordAreIndonesian() {
    RecordValidator all =
        RecordValidator.builder(CLOSE).requiredFields(EnumSet.allOf(RecordField.class)).build();
    List<Finding> findings = new ArrayList<>(all.validate(EnrollmentRecord.builder().build(), 0));
    findings.addAll(
        all.validate(
            EnrollmentRecord.builder()
                .nik("3375014508900001")
                .name("   ")
                .sex("P")
                .birthDate("1990-08-05")
                .domicileCode("33.75.01")
                .addTargetGroups(" ")
                .addDocuments(DocumentEntry.of(" ", "2012-03-01"), DocumentEntry.of("KK", "kemarin"))
                .build(),
            1));
    assertTrue(findings.size() > RecordField.values().length, findings::toString);
    for (Finding f : findings) {
      assertIndonesian(f.code() + "@" + f.field().orElse(""), f.message(ID));
    }
  }

  @Test
  void fieldsAndLevelsAreNamedInIndonesian() {
    assertEquals(
        "ID angkatan wajib diisi",
        Finding.of(FindingCode.FIELD_REQUIRED, 0, "cohortId", Map.of()).message(ID));
    assertEquals(
        "jenis dokumen ke-2 wajib diisi",
        Finding.of(FindingCode.FIELD_REQUIRED, 0, "documents[1].kind", Map.of()).message(ID));
    assertEquals(
        "domisili harus berupa kode wilayah tingkat desa/kelurahan, ditemukan 33.75.01 tingkat"
            + " kecamatan",
        Finding.of(
                FindingCode.REGION_CODE_LEVEL,
                0,
                "domicileCode",
                Map.of("level", "DISTRICT", "requiredLevel", "VILLAGE", "value", "33.75.01"))
            .message(ID));
    assertEquals(
        "tanggal terbit dokumen ke-11 wajib diisi",
        Finding.of(FindingCode.FIELD_REQUIRED, 0, "documents[10].issueDate", Map.of()).message(ID));
    assertEquals(
        "peran staf dinas tidak diterima pada angkatan ini, yang menerima pendaftar umum, calon"
            + " instruktur",
        Finding.of(
                FindingCode.NOT_ELIGIBLE_ROLE,
                0,
                "role",
                Map.of("role", "AGENCY_STAFF", "roles", "CITIZEN_APPLICANT,TRAINER"))
            .message(ID));
    // target groups are the codes a roster carries: a list without labels stays as it is
    assertEquals(
        "pendaftar tidak termasuk kelompok sasaran yang disyaratkan program (salah satu dari"
            + " JOB_SEEKER,YOUTH); kurang: YOUTH",
        Finding.of(
                FindingCode.NOT_ELIGIBLE_TARGET_GROUP,
                0,
                "targetGroups",
                Map.of("mode", "ANY_OF", "required", "JOB_SEEKER,YOUTH", "missing", "YOUTH"))
            .message(ID));
    assertEquals("x wajib diisi", Finding.of(FindingCode.FIELD_REQUIRED, 0, "x", Map.of()).message(ID));
    // English keeps the field names and enum names a program reads
    assertEquals(
        "cohortId is required",
        Finding.of(FindingCode.FIELD_REQUIRED, 0, "cohortId", Map.of()).message(Locale.ENGLISH));
    // a value that came from the input is never relabelled
    assertEquals(
        "jenis kelamin harus L atau LAKI-LAKI, P atau PEREMPUAN, ditemukan \"VILLAGE\"",
        Finding.of(FindingCode.SEX_INVALID, 0, "sex", Map.of("value", "VILLAGE")).message(ID));
  }

  @Test
  void aNameGivenButBlankIsNameBlankAndAnAbsentOneIsRequired() {
    RecordValidator validator = RecordValidator.builder(CLOSE).build();
    for (String blank : List.of("", "   ", "\t", "\u00A0")) {
      List<String> codes = new ArrayList<>();
      for (Finding f : validator.validate(EnrollmentRecord.builder().name(blank).build(), 0)) {
        codes.add(f.code() + "@" + f.field().orElse(""));
      }
      assertTrue(codes.contains("NAME_BLANK@name"), blank + ": " + codes);
      assertTrue(!codes.contains("FIELD_REQUIRED@name"), blank + ": " + codes);
    }
    List<String> absent = new ArrayList<>();
    for (Finding f : validator.validate(EnrollmentRecord.builder().build(), 0)) {
      absent.add(f.code() + "@" + f.field().orElse(""));
    }
    assertTrue(absent.contains("FIELD_REQUIRED@name"), absent::toString);
    assertTrue(!absent.contains("NAME_BLANK@name"), absent::toString);
  }

  /** A DTO with every constraint, at every region level, each given an invalid value. */
  static final class Dto {
    @ValidNik String nik = "3375014508900000";
    @ValidPersonName String name = "R2-D2";
    @ValidRegionCode(level = RegionLevel.PROVINCE) String province = "33.75";
    @ValidRegionCode(level = RegionLevel.REGENCY) String regency = "33";
    @ValidRegionCode(level = RegionLevel.DISTRICT) String district = "33.75.01.1006";
    @ValidRegionCode(level = RegionLevel.VILLAGE) String village = "33.75.01";
    @ValidRegionCode(level = RegionLevel.DISTRICT, orFiner = true) String districtOrFiner = "33.75";
    @ValidRegionCode(level = RegionLevel.PROVINCE, mustExist = true) String oldProvince = "99";
    @ValidRegionCode(level = RegionLevel.REGENCY, mustExist = true) String oldRegency = "92.71";
    @ValidRegionCode(level = RegionLevel.DISTRICT, mustExist = true) String oldDistrict = "92.71.01";
    @ValidRegionCode(level = RegionLevel.VILLAGE, mustExist = true) String noVillage = "33.75.02.1001";
    @ValidKbli String kbli = "1079";
    @ValidSkkniUnitCode String unit = "SKKNI-1";
    @ProductiveAge LocalDate birthDate = LocalDate.of(2015, 1, 1);
  }

  @Test
  void everyConstraintMessageIsIndonesianThroughAPlainHibernateValidator() {
    try (ValidatorFactory factory =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .defaultLocale(ID)
            .buildValidatorFactory()) {
      Set<ConstraintViolation<Dto>> violations = factory.getValidator().validate(new Dto());
      Set<String> paths = new TreeSet<>();
      for (ConstraintViolation<Dto> v : violations) {
        paths.add(v.getPropertyPath().toString());
        assertIndonesian(v.getPropertyPath().toString(), v.getMessage());
      }
      assertEquals(
          List.of("birthDate", "district", "districtOrFiner", "kbli", "name", "nik", "noVillage",
              "oldDistrict", "oldProvince", "oldRegency", "province", "regency", "unit", "village"),
          List.copyOf(paths));
      Set<ConstraintViolation<ConstraintsTest.Person>> person =
          factory.getValidator().validate(new ConstraintsTest.Person("3375014508900001", LocalDate.of(1990, 8, 5), "L", null));
      assertTrue(!person.isEmpty());
      for (ConstraintViolation<ConstraintsTest.Person> v : person) {
        assertIndonesian("person", v.getMessage());
      }
      Set<String> byPath =
          violations.stream()
              .filter(v -> v.getPropertyPath().toString().equals("village"))
              .map(ConstraintViolation::getMessage)
              .collect(toCollection(TreeSet::new));
      assertEquals(Set.of("harus berupa kode wilayah Kemendagri yang sah pada tingkat desa/kelurahan"), byPath);
    }
  }
}
