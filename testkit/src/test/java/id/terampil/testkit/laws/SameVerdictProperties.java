package id.terampil.testkit.laws;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.terampil.core.classification.KbliCode;
import id.terampil.core.identity.Nik;
import id.terampil.core.identity.PersonName;
import id.terampil.core.region.RegionCode;
import id.terampil.core.region.RegionLevel;
import id.terampil.testkit.TerampilArbitraries;
import id.terampil.validation.EnrollmentRecord;
import id.terampil.validation.Finding;
import id.terampil.validation.RecordField;
import id.terampil.validation.RecordValidator;
import id.terampil.validation.code.FindingCode;
import id.terampil.validation.constraints.DeclaredIdentity;
import id.terampil.validation.constraints.NikMatchesDeclaredData;
import id.terampil.validation.constraints.ProductiveAge;
import id.terampil.validation.constraints.ValidKbli;
import id.terampil.validation.constraints.ValidNik;
import id.terampil.validation.constraints.ValidPersonName;
import id.terampil.validation.constraints.ValidRegionCode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.jspecify.annotations.Nullable;

/**
 * The Bean Validation path ({@code Validator.validate} on a DTO) and the record-validator path
 * (the same rules called directly) give the same verdict, and the same finding code, for the
 * same value (issue 5, point 6). Values are generated: valid ones from the testkit ({@link
 * TerampilArbitraries#niks()}, {@link TerampilArbitraries#personNames()}, {@link
 * TerampilArbitraries#villages()}, {@link TerampilArbitraries#kbliCodes()}, {@link
 * TerampilArbitraries#birthDates()}), valid ones with one character changed, and arbitrary text.
 */
class SameVerdictProperties {

  static final LocalDate CLOSE = LocalDate.of(2024, 7, 31);
  static final ValidatorFactory FACTORY =
      Validation.byDefaultProvider()
          .configure()
          .clockProvider(() -> Clock.fixed(CLOSE.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC))
          .buildValidatorFactory();
  static final Validator VALIDATOR = FACTORY.getValidator();

  @AfterContainer
  static void close() {
    FACTORY.close();
  }

  static final class Dto {
    @ValidNik @Nullable String nik;
    @ValidPersonName @Nullable String name;
    @ValidRegionCode(level = RegionLevel.VILLAGE) @Nullable String domicileCode;
    @ValidKbli @Nullable String businessKbli;
    @ProductiveAge @Nullable LocalDate birthDate;
  }

  @NikMatchesDeclaredData(region = "domicileCode")
  record Declared(String nik, LocalDate birthDate, String sex, String domicileCode)
      implements DeclaredIdentity {
    @Override
    public CharSequence declaredNik() {
      return nik;
    }

    @Override
    public LocalDate declaredBirthDate() {
      return birthDate;
    }

    @Override
    public CharSequence declaredSex() {
      return sex;
    }

    @Override
    public CharSequence declaredRegion() {
      return domicileCode;
    }
  }

  static @Nullable FindingCode constraintVerdict(Consumer<Dto> set, String field) {
    Dto dto = new Dto();
    set.accept(dto);
    Set<ConstraintViolation<Dto>> violations = VALIDATOR.validateProperty(dto, field);
    if (violations.isEmpty()) {
      return null;
    }
    @SuppressWarnings("unchecked")
    HibernateConstraintViolation<Dto> v =
        violations.iterator().next().unwrap(HibernateConstraintViolation.class);
    return v.getDynamicPayload(FindingCode.class);
  }

  static @Nullable FindingCode recordVerdict(
      RecordField field, Consumer<EnrollmentRecord.Builder> set) {
    EnrollmentRecord.Builder b = EnrollmentRecord.builder();
    set.accept(b);
    List<Finding> errors =
        RecordValidator.builder(CLOSE)
            .requiredFields(List.of(field))
            .build()
            .validate(b.build(), 0)
            .stream()
            .filter(f -> f.isError() && f.field().equals(Optional.of(field.fieldName())))
            .collect(Collectors.toList());
    return errors.isEmpty() ? null : errors.get(0).code();
  }

  /** Same verdict; the same code too, except that blank text is FIELD_REQUIRED in a record. */
  static void assertSame(@Nullable FindingCode constraint, @Nullable FindingCode record, String text) {
    assertEquals(constraint == null, record == null, text);
    if (record != FindingCode.FIELD_REQUIRED) {
      assertEquals(constraint, record, text);
    }
  }

  @Property(tries = 300)
  void nik(@ForAll("niks") String text) {
    assertSame(
        constraintVerdict(d -> d.nik = text, "nik"),
        recordVerdict(RecordField.NIK, b -> b.nik(text)),
        text);
  }

  @Property(tries = 300)
  void name(@ForAll("names") String text) {
    assertSame(
        constraintVerdict(d -> d.name = text, "name"),
        recordVerdict(RecordField.NAME, b -> b.name(text)),
        text);
  }

  @Property(tries = 300)
  void domicileCode(@ForAll("regions") String text) {
    assertSame(
        constraintVerdict(d -> d.domicileCode = text, "domicileCode"),
        recordVerdict(RecordField.DOMICILE_CODE, b -> b.domicileCode(text)),
        text);
  }

  @Property(tries = 300)
  void kbli(@ForAll("kblis") String text) {
    assertSame(
        constraintVerdict(d -> d.businessKbli = text, "businessKbli"),
        recordVerdict(RecordField.BUSINESS_KBLI, b -> b.businessKbli(text)),
        text);
  }

  @Property(tries = 300)
  void birthDateAndAge(@ForAll("dates") LocalDate date) {
    String text = String.format("%04d-%02d-%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    FindingCode constraint = constraintVerdict(d -> d.birthDate = date, "birthDate");
    FindingCode record = recordVerdict(RecordField.BIRTH_DATE, b -> b.birthDate(text));
    // the record reports an implausible or future date as such before the age
    assertEquals(constraint == null, record == null, text);
  }

  @Property(tries = 300)
  void nikAgainstDeclaredData(
      @ForAll("validNiks") String nik,
      @ForAll("dates") LocalDate birthDate,
      @ForAll("sexes") String sex,
      @ForAll("villages") String domicile) {
    Set<String> constraint =
        VALIDATOR.validate(new Declared(nik, birthDate, sex, domicile)).stream()
            .map(v -> v.getPropertyPath().toString())
            .collect(Collectors.toCollection(TreeSet::new));
    EnrollmentRecord record =
        EnrollmentRecord.builder()
            .nik(nik)
            .birthDate(String.format("%04d-%02d-%02d", birthDate.getYear(), birthDate.getMonthValue(), birthDate.getDayOfMonth()))
            .sex(sex)
            .domicileCode(domicile)
            .build();
    Set<String> fromRecord =
        RecordValidator.builder(CLOSE).anyAge().build().validate(record, 0).stream()
            .filter(f -> f.code().name().endsWith("_MISMATCH"))
            .map(f -> f.field().orElseThrow())
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(constraint, fromRecord);
  }

  // ---- generators

  static Arbitrary<String> mutated(Arbitrary<String> valid) {
    Arbitrary<Character> replacement =
        Arbitraries.oneOf(
            Arbitraries.chars().numeric(),
            Arbitraries.of(' ', '.', '-', 'O', 'l', '\u0000', '\u0661', '\uD800', '!', '\u00A0'));
    return Combinators.combine(valid, Arbitraries.integers().between(0, 40), replacement)
        .as(
            (s, i, c) -> {
              if (s.isEmpty()) {
                return String.valueOf(c);
              }
              int at = i % (s.length() + 1);
              if (i % 3 == 0) {
                return s.substring(0, at) + c + s.substring(at); // insert
              }
              int pos = Math.min(at, s.length() - 1);
              return s.substring(0, pos) + c + s.substring(pos + 1); // replace
            });
  }

  static Arbitrary<String> anyText() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(24),
        Arbitraries.strings().all().ofMaxLength(24),
        Arbitraries.strings().withChars("0123456789 .@").ofMaxLength(24));
  }

  @Provide
  Arbitrary<String> validNiks() {
    return TerampilArbitraries.niks()
        .bornBetween(LocalDate.of(Nik.MIN_BIRTH_YEAR, 1, 1), CLOSE)
        .map(Nik::toString);
  }

  @Provide
  Arbitrary<String> niks() {
    return Arbitraries.oneOf(validNiks(), mutated(validNiks()), anyText(), Arbitraries.strings().numeric().ofMinLength(14).ofMaxLength(18));
  }

  @Provide
  Arbitrary<String> names() {
    Arbitrary<String> valid = TerampilArbitraries.personNames().map(PersonName::toString);
    Arbitrary<String> plausible =
        Arbitraries.strings()
            .withChars("abcdeSitAminh '-.\u2019\u00e9\u0301 ")
            .ofMinLength(1)
            .ofMaxLength(30);
    Arbitrary<String> long_ = Arbitraries.strings().withChars("ab ").ofMinLength(95).ofMaxLength(110);
    return Arbitraries.oneOf(valid, mutated(valid), plausible, mutated(plausible), long_, anyText());
  }

  @Provide
  Arbitrary<String> villages() {
    return TerampilArbitraries.villages().map(RegionCode::toString);
  }

  @Provide
  Arbitrary<String> regions() {
    Arbitrary<String> any =
        Combinators.combine(TerampilArbitraries.regionCodes(), Arbitraries.of(true, false))
            .as((code, compact) -> compact ? code.toCompactString() : code.toString());
    return Arbitraries.oneOf(any, mutated(any), anyText());
  }

  @Provide
  Arbitrary<String> kblis() {
    Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(4).ofMaxLength(6);
    Arbitrary<String> versioned =
        Combinators.combine(digits, Arbitraries.of("", "@2020", "@2025", "@2019", "@", " "))
            .as((d, v) -> d + v);
    Arbitrary<String> valid = TerampilArbitraries.kbliCodes().map(KbliCode::toString);
    return Arbitraries.oneOf(valid, mutated(valid), versioned, mutated(versioned), anyText());
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(0, 9999).map(y -> LocalDate.of(y, 1, 1)),
        TerampilArbitraries.birthDates().agedBetween(0, 80, CLOSE),
        TerampilArbitraries.birthDates().agedBetween(10, 70, CLOSE),
        Arbitraries.longs()
            .between(CLOSE.toEpochDay(), CLOSE.plusYears(2).toEpochDay())
            .map(LocalDate::ofEpochDay));
  }

  @Provide
  Arbitrary<String> sexes() {
    return Arbitraries.of("L", "P", "l", "p", " P ");
  }
}
