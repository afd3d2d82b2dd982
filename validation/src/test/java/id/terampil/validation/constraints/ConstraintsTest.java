package id.terampil.validation.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.region.RegionLevel;
import id.terampil.validation.code.FindingCode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Every constraint, through an unconfigured {@code Validation.buildDefaultValidatorFactory()}:
 * on fields, getters, method parameters and type arguments; rejects bad values, accepts good ones
 * and null; messages in English and Indonesian; hostile text is never evaluated.
 */
class ConstraintsTest {

  static final String NIK = "3375014508900001"; // Kota Pekalongan, woman born 05-08-90
  static final String NIK_MAN = "3375010508900002";

  static {
    OpenToValidator.open(ConstraintsTest.class);
  }

  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  private static final Validator VALIDATOR = FACTORY.getValidator();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  /** A DTO with every constraint on a field. */
  static final class Fields {
    @ValidNik @Nullable String nik;
    @ValidPersonName @Nullable String name;
    @ValidRegionCode(level = RegionLevel.DISTRICT) @Nullable String district;
    @ValidRegionCode(level = RegionLevel.DISTRICT, orFiner = true) @Nullable String districtOrVillage;
    @ValidKbli @Nullable String kbli;
    @ValidSkkniUnitCode @Nullable String unit;
    @ProductiveAge @Nullable LocalDate birthDate;
    @ProductiveAge(min = 18, max = 30) @Nullable LocalDate youngBirthDate;
    List<@ValidNik String> niks = List.of();
  }

  /** The same constraints on JavaBeans getters. */
  static final class Getters {
    private final Fields f;

    Getters(Fields f) {
      this.f = f;
    }

    @ValidNik
    public @Nullable String getNik() {
      return f.nik;
    }

    @ValidPersonName
    public @Nullable String getName() {
      return f.name;
    }

    @ValidRegionCode(level = RegionLevel.DISTRICT)
    public @Nullable String getDistrict() {
      return f.district;
    }

    @ValidKbli
    public @Nullable String getKbli() {
      return f.kbli;
    }

    @ValidSkkniUnitCode
    public @Nullable String getUnit() {
      return f.unit;
    }

    @ProductiveAge
    public @Nullable LocalDate getBirthDate() {
      return f.birthDate;
    }

    public List<@ValidNik String> getNiks() {
      return f.niks;
    }
  }

  /** Constraints on method parameters. */
  static class Service {
    public void enroll(
        @ValidNik String nik,
        @ValidPersonName String name,
        @ValidRegionCode(level = RegionLevel.VILLAGE) String domicile,
        @ValidKbli String kbli,
        @ValidSkkniUnitCode String unit,
        @ProductiveAge LocalDate birthDate,
        List<@ValidNik String> household) {}
  }

  /** A class-level cross-check. */
  @NikMatchesDeclaredData(region = "domicileCode")
  record Person(
      @Nullable String nik,
      @Nullable LocalDate birthDate,
      @Nullable String sex,
      @Nullable String domicileCode)
      implements DeclaredIdentity {
    @Override
    public @Nullable CharSequence declaredNik() {
      return nik;
    }

    @Override
    public @Nullable LocalDate declaredBirthDate() {
      return birthDate;
    }

    @Override
    public @Nullable CharSequence declaredSex() {
      return sex;
    }

    @Override
    public @Nullable CharSequence declaredRegion() {
      return domicileCode;
    }
  }

  static Fields good() {
    Fields f = new Fields();
    f.nik = NIK;
    f.name = "Siti Aminah";
    f.district = "33.75.01";
    f.districtOrVillage = "33.75.01.1006";
    f.kbli = "10792";
    f.unit = "N.82ADM00.001.3";
    f.birthDate = LocalDate.now().minusYears(30);
    f.youngBirthDate = LocalDate.now().minusYears(20);
    f.niks = List.of(NIK, NIK_MAN);
    return f;
  }

  static Fields bad() {
    Fields f = new Fields();
    f.nik = "3375014008900001"; // day 40
    f.name = "Siti 4minah";
    f.district = "33.75"; // regency, not district
    f.districtOrVillage = "33.75";
    f.kbli = "1079";
    f.unit = "N.82ADM00.001";
    f.birthDate = LocalDate.now().minusYears(10);
    f.youngBirthDate = LocalDate.now().minusYears(31);
    f.niks = List.of(NIK, "12345");
    return f;
  }

  static Set<String> paths(Set<? extends ConstraintViolation<?>> violations) {
    return violations.stream()
        .map(v -> v.getPropertyPath().toString())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  static @Nullable FindingCode payload(ConstraintViolation<?> v) {
    @SuppressWarnings("unchecked")
    HibernateConstraintViolation<Object> hv = v.unwrap(HibernateConstraintViolation.class);
    return hv.getDynamicPayload(FindingCode.class);
  }

  @Test
  void goodValuesAndNullsPassOnFields() {
    assertEquals(Set.of(), VALIDATOR.validate(good()));
    Fields nulls = new Fields();
    assertEquals(Set.of(), VALIDATOR.validate(nulls));
  }

  @Test
  void everySkkniUnitCodeShapeInUseIsValidAndItsNearMissesAreNot() {
    for (String unit :
        List.of("TIK.SM01.001.01", "J.620100.017.02", "M.74100.001.02", "N.82ADM00.001.3")) {
      Fields f = good();
      f.unit = unit;
      assertEquals(Set.of(), VALIDATOR.validate(f), unit);
    }
    for (String unit : List.of("M.7410.001.02", "M.74100.001.2", "M.7410000.001.02")) {
      Fields f = good();
      f.unit = unit;
      assertEquals(Set.of("unit"), paths(VALIDATOR.validate(f)), unit);
    }
  }

  @Test
  void everyConstraintFiresOnFieldsAndTypeArguments() {
    Set<ConstraintViolation<Fields>> violations = VALIDATOR.validate(bad());
    assertEquals(
        new TreeSet<>(
            List.of(
                "nik", "name", "district", "districtOrVillage", "kbli", "unit", "birthDate",
                "youngBirthDate", "niks[1].<list element>")),
        paths(violations));
    for (ConstraintViolation<Fields> v : violations) {
      String path = v.getPropertyPath().toString();
      FindingCode expected =
          path.startsWith("nik") ? (path.equals("nik") ? FindingCode.NIK_BIRTH_DAY : FindingCode.NIK_LENGTH)
              : path.equals("name") ? FindingCode.NAME_DIGIT
              : path.startsWith("district") ? FindingCode.REGION_CODE_LEVEL
              : path.equals("kbli") ? FindingCode.KBLI_INVALID
              : path.equals("unit") ? FindingCode.SKKNI_INVALID
              : FindingCode.AGE_OUTSIDE_RANGE;
      assertEquals(expected, payload(v), path);
    }
  }

  @Test
  void everyConstraintFiresOnGetters() {
    assertEquals(Set.of(), VALIDATOR.validate(new Getters(good())));
    assertEquals(
        new TreeSet<>(List.of("nik", "name", "district", "kbli", "unit", "birthDate", "niks[1].<list element>")),
        paths(VALIDATOR.validate(new Getters(bad()))));
  }

  @Test
  void everyConstraintFiresOnMethodParameters() throws NoSuchMethodException {
    Method enroll =
        Service.class.getMethod(
            "enroll", String.class, String.class, String.class, String.class, String.class,
            LocalDate.class, List.class);
    Object[] good = {
      NIK, "Ni Luh Putu", "33.75.01.1006", "16291", "J.620100.017.02",
      LocalDate.now().minusYears(40), List.of(NIK_MAN)
    };
    assertEquals(
        Set.of(), VALIDATOR.forExecutables().validateParameters(new Service(), enroll, good));
    Object[] bad = {
      "33750145089000011", "R2D2", "33.75.01", "ABCDE", "TIK.SM01.001",
      LocalDate.now().minusYears(70), List.of("3375010000900002")
    };
    assertEquals(
        new TreeSet<>(
            List.of(
                "enroll.nik", "enroll.name", "enroll.domicile", "enroll.kbli", "enroll.unit",
                "enroll.birthDate", "enroll.household[0].<list element>")),
        paths(VALIDATOR.forExecutables().validateParameters(new Service(), enroll, bad)));
  }

  @Test
  void crossCheckReportsEachMismatchOnItsNode() {
    LocalDate born = LocalDate.of(1990, 8, 5);
    assertEquals(Set.of(), VALIDATOR.validate(new Person(NIK, born, "P", "33.75.01.1006")));
    assertEquals(Set.of(), VALIDATOR.validate(new Person(NIK, born, "p", "33.75")));
    assertEquals(Set.of(), VALIDATOR.validate(new Person(NIK, born, "PEREMPUAN", "33.75")));
    assertEquals(
        Set.of("sex"), paths(VALIDATOR.validate(new Person(NIK, born, "LAKI-LAKI", "33.75"))));
    assertEquals(Set.of(), VALIDATOR.validate(new Person(NIK, null, null, null)));
    assertEquals(Set.of(), VALIDATOR.validate(new Person("not a NIK", born, "L", "11")));
    Set<ConstraintViolation<Person>> violations =
        VALIDATOR.validate(new Person(NIK, born.plusDays(1), "L", "33.26.01"));
    assertEquals(new TreeSet<>(List.of("birthDate", "sex", "domicileCode")), paths(violations));
    assertEquals(
        Set.of(FindingCode.NIK_BIRTH_DATE_MISMATCH),
        violations.stream().map(ConstraintsTest::payload).collect(Collectors.toSet()));
    // 2090 shares the two-digit year with 1990: the NIK cannot tell them apart
    assertEquals(Set.of(), VALIDATOR.validate(new Person(NIK, LocalDate.of(2090, 8, 5), "P", null)));
    assertEquals(
        Set.of("sex"), paths(VALIDATOR.validate(new Person(NIK_MAN, LocalDate.of(1990, 8, 5), "P", null))));
  }

  @Test
  void productiveAgeTakesTheReferenceDateFromTheCallersClockProvider() {
    LocalDate close = LocalDate.of(2024, 7, 31);
    Clock clock = Clock.fixed(close.atStartOfDay().toInstant(ZoneOffset.ofHours(7)), ZoneOffset.ofHours(7));
    try (ValidatorFactory factory =
        Validation.byDefaultProvider().configure().clockProvider(() -> clock).buildValidatorFactory()) {
      Validator validator = factory.getValidator();
      Fields f = new Fields();
      f.birthDate = close.minusYears(15); // 15 today
      assertEquals(Set.of(), validator.validate(f));
      f.birthDate = close.minusYears(15).plusDays(1); // 14 until tomorrow
      assertEquals(Set.of("birthDate"), paths(validator.validate(f)));
      f.birthDate = close.minusYears(65).plusDays(1); // still 64
      assertEquals(Set.of(), validator.validate(f));
      f.birthDate = close.minusYears(65);
      assertEquals(Set.of("birthDate"), paths(validator.validate(f)));
      f.birthDate = close.plusDays(1);
      assertEquals(Set.of("birthDate"), paths(validator.validate(f)));
      f.birthDate = LocalDate.of(0, 1, 1);
      assertEquals(Set.of("birthDate"), paths(validator.validate(f)));
    }
  }

  static final String HOSTILE_EL = "${'a'.getClass()}";
  static final String HOSTILE_DEFERRED = "#{1+1}";

  static String message(Set<? extends ConstraintViolation<?>> violations, String path) {
    return violations.stream()
        .filter(v -> v.getPropertyPath().toString().equals(path))
        .map(ConstraintViolation::getMessage)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void messagesInEnglishAndIndonesian() {
    try (ValidatorFactory en = localized(Locale.ENGLISH);
        ValidatorFactory id = localized(Locale.forLanguageTag("id"))) {
      Set<ConstraintViolation<Fields>> inEnglish = en.getValidator().validate(bad());
      Set<ConstraintViolation<Fields>> inIndonesian = id.getValidator().validate(bad());
      assertEquals("must be a valid NIK (16 digits: region, birth date, serial)", message(inEnglish, "nik"));
      assertEquals(
          "harus berupa NIK yang sah (16 digit: wilayah, tanggal lahir, nomor urut)",
          message(inIndonesian, "nik"));
      assertEquals("age at the reference date must be between 18 and 30 years", message(inEnglish, "youngBirthDate"));
      assertEquals("usia pada tanggal acuan harus antara 18 dan 30 tahun", message(inIndonesian, "youngBirthDate"));
      assertEquals(
          "harus berupa kode wilayah Kemendagri yang sah pada tingkat kecamatan",
          message(inIndonesian, "district"));
      for (String path : paths(inEnglish)) {
        assertTrue(!message(inEnglish, path).equals(message(inIndonesian, path)), path);
        assertTrue(!message(inIndonesian, path).contains("{"), path);
      }
      Set<ConstraintViolation<Person>> person =
          id.getValidator().validate(new Person(NIK, LocalDate.of(1990, 8, 5), "L", null));
      assertEquals("tidak sesuai dengan data yang terkandung dalam NIK", message(person, "sex"));
    }
  }

  @Test
  void hostileTextIsNeverEvaluatedInConstraintMessages() {
    for (String hostile : List.of(HOSTILE_EL, HOSTILE_DEFERRED, "{id.terampil.validation.constraints.ValidKbli.message}")) {
      Fields f = new Fields();
      f.name = hostile;
      f.nik = hostile;
      f.kbli = hostile;
      Set<ConstraintViolation<Fields>> violations = VALIDATOR.validate(f);
      assertEquals(Set.of("kbli", "name", "nik"), paths(violations));
      for (ConstraintViolation<Fields> v : violations) {
        assertTrue(!v.getMessage().contains("class java.lang.String"), v.getMessage());
        assertTrue(!v.getMessage().contains("2"), v.getMessage());
        assertEquals(hostile, v.getInvalidValue());
      }
    }
  }

  private static ValidatorFactory localized(Locale locale) {
    return Validation.byProvider(HibernateValidator.class)
        .configure()
        .defaultLocale(locale)
        .buildValidatorFactory();
  }
}
