package id.terampil.core.identity;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import id.terampil.core.region.Province;
import id.terampil.core.region.RegionCode;
import id.terampil.core.region.RegionLevel;
import id.terampil.core.text.Reading;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A Nomor Induk Kependudukan (NIK), the 16-digit population identity number on the KTP and KK:
 * {@code PP KK CC DDMMYY SSSS} — the province, regency/city and district (kecamatan) of first
 * registration, the birth date with {@value #FEMALE_DAY_OFFSET} added to the day for women, and a
 * serial from 0001.
 *
 * <p>A {@code Nik} exists only if its text is structurally valid: 16 ASCII digits; a known
 * province; non-zero regency and district parts; a day of 01–31 (men) or 41–71 (women); a month
 * of 01–12; a day and month that form a date (29 February only when the two-digit year can be a
 * leap year); a serial other than 0000. There is no check digit. A regency or district prefix that
 * was retired or is unknown is <em>not</em> rejected here: the prefix never changes when a person
 * moves and codes get retired (older Kota Sorong NIKs start 9271, the city is 96.71 today), so
 * that is a warning for the validation layer, which has a {@code RegionDirectory}.
 *
 * <p>The year of birth has only two digits. Resolve it against a reference date with
 * {@link #birthDateAsOf(LocalDate)} (the latest century that does not put the birth after the
 * reference date), or against a declared birth date with {@link #birthDateDeclared(LocalDate)}
 * (which supplies the century) or {@link #birthDateDeclared(LocalDate, LocalDate)} (which also
 * rejects a birth after the reference date). A NIK itself carries no century, so the rule "birth
 * date after the reference date" is enforced by these methods, not by {@link #parse}.
 *
 * <p>{@link #toString()} is the canonical 16 digits; use {@link #masked()} wherever the number
 * could be logged or shown to someone who should not see it. Exception messages never echo a
 * full NIK.
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @since 0.1.0
 */
public final class Nik implements Comparable<Nik> {

  /**
   * What a woman's NIK adds to her day of birth: the {@code DD} of a woman born on the 5th is
   * {@code 45}, so a NIK day of 01-31 is a man's and 41-71 a woman's. The NIK layout of the
   * population register (Dukcapil) states it; {@link #sex()} and {@link #birthDayOfMonth()} read
   * it back.
   */
  public static final int FEMALE_DAY_OFFSET = 40;

  /** The earliest birth year {@link #of} accepts. */
  public static final int MIN_BIRTH_YEAR = 1900;

  /** The latest birth year {@link #of} accepts. */
  public static final int MAX_BIRTH_YEAR = 2099;

  /**
   * The earliest reference year {@link #birthDateAsOf} accepts, -999,999,800: the resolved birth
   * year can be up to 199 below the reference year (the start of its century, less 100), and must
   * still be a year of {@link LocalDate}.
   */
  private static final int MIN_REFERENCE_YEAR = Year.MIN_VALUE + 199;

  private static final long DATE_FACTOR = 10_000L;
  private static final long REGION_FACTOR = 10_000_000_000L;

  private final long value;

  private Nik(long value) {
    this.value = value;
  }

  /**
   * Parses a NIK, ignoring surrounding whitespace (spaces, tabs, line breaks); anything else than
   * 16 ASCII digits (inner spaces, dots, dashes, other digits) is rejected. The rules are checked
   * in the order of {@link NikProblem}.
   *
   * @param text the text, not null
   * @return the NIK, not null
   * @throws IllegalArgumentException naming the first rule the text breaks; the message never
   *     contains the NIK itself
   */
  public static Nik parse(CharSequence text) {
    checkNotNull(text, "NIK text must not be null");
    int start = skipLeading(text);
    int end = skipTrailing(text, start);
    NikProblem problem = check(text, start, end);
    if (problem != null) {
      throw new IllegalArgumentException(message(problem, text, start, end));
    }
    return new Nik(digits(text, start, 16));
  }

  /**
   * Reads a NIK as {@link #parse(CharSequence)} does, naming the first rule a text breaks instead
   * of throwing; the one entry point for untrusted text.
   *
   * @param text the text, not null
   * @return the NIK, or the first rule of the NIK structure the text breaks, in the order of
   *     {@link NikProblem}
   * @throws NullPointerException if {@code text} is null
   */
  public static Reading<Nik, NikProblem> read(CharSequence text) {
    checkNotNull(text, "NIK text must not be null");
    int start = skipLeading(text);
    int end = skipTrailing(text, start);
    NikProblem problem = check(text, start, end);
    return problem == null ? Reading.of(new Nik(digits(text, start, 16))) : Reading.failed(problem);
  }

  /**
   * Returns the NIK whose {@link #toLong()} is {@code value}, as when a NIK is stored as a number
   * (e.g. a {@code BIGINT} column): the same rules as {@link #parse(CharSequence)} apply to its 16
   * decimal digits.
   *
   * @param value the NIK as a number
   * @return the NIK, not null
   * @throws IllegalArgumentException if {@code value} does not have 16 digits (a negative value
   *     never has) or names the first rule its digits break; the message never contains the NIK
   *     itself
   */
  public static Nik ofLong(long value) {
    String digits = Long.toString(value);
    NikProblem problem = check(digits, 0, digits.length());
    if (problem != null) {
      throw new IllegalArgumentException(message(problem, digits, 0, digits.length()));
    }
    return new Nik(value);
  }

  /**
   * Builds the NIK of a person first registered in {@code district}, born on {@code birthDate},
   * of {@code sex}, with {@code serial}.
   *
   * @param district the district of first registration, not null, at district level
   * @param birthDate the birth date, not null, in the years 1900 to 2099
   * @param sex the sex, not null
   * @param serial the serial, 1 to 9999
   * @return the NIK, not null
   * @throws IllegalArgumentException if {@code district} is not district level, the birth year is
   *     outside 1900-2099, or the serial is out of range
   */
  public static Nik of(RegionCode district, LocalDate birthDate, Sex sex, int serial) {
    checkNotNull(district, "district must not be null");
    checkNotNull(birthDate, "birth date must not be null");
    checkNotNull(sex, "sex must not be null");
    checkArgument(
        district.level() == RegionLevel.DISTRICT,
        "a NIK's region is a district (PP.KK.CC), not a %s code: %s",
        district.level(),
        district);
    checkArgument(
        birthDate.getYear() >= MIN_BIRTH_YEAR && birthDate.getYear() <= MAX_BIRTH_YEAR,
        "NIK birth year must be %s-%s: %s",
        MIN_BIRTH_YEAR,
        MAX_BIRTH_YEAR,
        birthDate.getYear());
    checkArgument(serial >= 1 && serial <= 9999, "NIK serial must be 0001-9999: %s", serial);
    long region =
        (district.provinceCode() * 100L + district.regencyPart()) * 100L + district.districtPart();
    int day = birthDate.getDayOfMonth() + (sex == Sex.FEMALE ? FEMALE_DAY_OFFSET : 0);
    long date = (day * 100L + birthDate.getMonthValue()) * 100L + birthDate.getYear() % 100;
    return new Nik(region * REGION_FACTOR + date * DATE_FACTOR + serial);
  }

  private static int skipLeading(CharSequence text) {
    int i = 0;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int skipTrailing(CharSequence text, int start) {
    int end = text.length();
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  private static @Nullable NikProblem check(CharSequence text, int start, int end) {
    if (end - start != 16) {
      return NikProblem.LENGTH;
    }
    for (int i = start; i < end; i++) {
      char ch = text.charAt(i);
      if (ch < '0' || ch > '9') {
        return NikProblem.NOT_DIGITS;
      }
    }
    int province = (int) digits(text, start, 2);
    if (Province.ofCode(province).isEmpty()) {
      return NikProblem.UNKNOWN_PROVINCE;
    }
    if (digits(text, start + 2, 2) == 0) {
      return NikProblem.ZERO_REGENCY;
    }
    if (digits(text, start + 4, 2) == 0) {
      return NikProblem.ZERO_DISTRICT;
    }
    int day = dayOfMonth((int) digits(text, start + 6, 2));
    int month = (int) digits(text, start + 8, 2);
    int yy = (int) digits(text, start + 10, 2);
    if (day < 1 || day > 31) {
      return NikProblem.BIRTH_DAY;
    }
    if (month < 1 || month > 12) {
      return NikProblem.BIRTH_MONTH;
    }
    if (day > maxDay(month, yy)) {
      return NikProblem.BIRTH_DATE;
    }
    if (digits(text, start + 12, 4) == 0) {
      return NikProblem.ZERO_SERIAL;
    }
    return null;
  }

  /**
   * The largest day of {@code month} (1-12) in some year ending in {@code yy} (19yy or 20yy): 29
   * February when either of them is a leap year.
   */
  static int maxDay(int month, int yy) {
    return Month.of(month).length(Year.isLeap(1900 + yy) || Year.isLeap(2000 + yy));
  }

  /** The day of the month in a NIK's day digits: a woman's day less {@link #FEMALE_DAY_OFFSET}. */
  private static int dayOfMonth(int nikDay) {
    return nikDay > FEMALE_DAY_OFFSET ? nikDay - FEMALE_DAY_OFFSET : nikDay;
  }

  private static long digits(CharSequence text, int from, int count) {
    long v = 0;
    for (int i = from; i < from + count; i++) {
      v = v * 10 + (text.charAt(i) - '0');
    }
    return v;
  }

  private static String message(NikProblem problem, CharSequence text, int start, int end) {
    switch (problem) {
      case LENGTH:
        return "NIK must have exactly 16 digits, found " + (end - start) + " characters";
      case NOT_DIGITS:
        int i = start;
        while (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
          i++;
        }
        return "NIK may contain only the digits 0-9, found a character other than a digit at"
            + " position "
            + (i - start + 1);
      case UNKNOWN_PROVINCE:
        return "province code " + text.subSequence(start, start + 2) + " of the NIK is not a known"
            + " province";
      case BIRTH_DAY:
        return "birth day "
            + digits(text, start + 6, 2)
            + " is not a valid day (women add "
            + FEMALE_DAY_OFFSET
            + ")";
      case BIRTH_MONTH:
        return "birth month " + text.subSequence(start + 8, start + 10) + " is not a valid month";
      case BIRTH_DATE:
        int day = dayOfMonth((int) digits(text, start + 6, 2));
        return "birth date "
            + day
            + "-"
            + text.subSequence(start + 8, start + 10)
            + (day == 29
                ? " does not exist: 29 February exists only in leap years and no year ending in "
                    + text.subSequence(start + 10, start + 12)
                    + " is one"
                : " does not exist");
      default:
        return problem.description();
    }
  }

  /**
   * Returns the district of first registration ({@code PP.KK.CC}). It may have been retired or
   * renumbered since; a {@code RegionDirectory} tells.
   *
   * @return the district-level region code, not null
   */
  public RegionCode region() {
    long region = value / REGION_FACTOR;
    return RegionCode.ofDistrict(
        (int) (region / 10_000), (int) (region / 100 % 100), (int) (region % 100));
  }

  /**
   * Returns the sex encoded by the day of birth (women's day is increased by {@value
   * #FEMALE_DAY_OFFSET}).
   *
   * @return the sex, not null
   */
  public Sex sex() {
    return rawDay() > FEMALE_DAY_OFFSET ? Sex.FEMALE : Sex.MALE;
  }

  /**
   * Returns the day of the month of birth, with the {@value #FEMALE_DAY_OFFSET} for women removed.
   *
   * @return 1 to 31
   */
  public int birthDayOfMonth() {
    return dayOfMonth(rawDay());
  }

  /**
   * Returns the month of birth.
   *
   * @return 1 to 12
   */
  public int birthMonth() {
    return (int) (value / DATE_FACTOR / 100 % 100);
  }

  /**
   * Returns the two-digit year of birth, without century.
   *
   * @return 0 to 99
   */
  public int birthYearOfCentury() {
    return (int) (value / DATE_FACTOR % 100);
  }

  /**
   * Returns the serial (nomor urut), the last four digits.
   *
   * @return 1 to 9999
   */
  public int serial() {
    return (int) (value % DATE_FACTOR);
  }

  private int rawDay() {
    return (int) (value / DATE_FACTOR / 10_000 % 100);
  }

  /**
   * Resolves the birth date against a reference date: the latest century that does not put the
   * birth after {@code referenceDate}. For example, {@code 150624} resolves to 15 June 2024 as of
   * 1 July 2024, and to 15 June 1924 as of 1 March 2024.
   *
   * <p>Reference dates from {@code -999999800-01-01} to {@link LocalDate#MAX} are accepted;
   * earlier ones are too close to {@link LocalDate#MIN} for the resolved birth date to exist.
   *
   * @param referenceDate the date the NIK is looked at (e.g. registration close), not null, not
   *     before {@code -999999800-01-01}
   * @return the birth date, not null, not after {@code referenceDate}, at most 100 years before it
   * @throws IllegalArgumentException if {@code referenceDate} is before {@code -999999800-01-01},
   *     or the resolved date is 29 February of a year that is not a leap year (e.g. {@code 290200}
   *     as of 1 January 2000 resolves to 1900)
   */
  public LocalDate birthDateAsOf(LocalDate referenceDate) {
    checkNotNull(referenceDate, "reference date must not be null");
    int refYear = referenceDate.getYear();
    checkArgument(
        refYear >= MIN_REFERENCE_YEAR,
        "reference date %s is before year %s, too early to resolve a birth date",
        referenceDate,
        MIN_REFERENCE_YEAR);
    int year = refYear - Math.floorMod(refYear, 100) + birthYearOfCentury();
    boolean afterReference =
        year > refYear
            || (year == refYear
                && (birthMonth() > referenceDate.getMonthValue()
                    || (birthMonth() == referenceDate.getMonthValue()
                        && birthDayOfMonth() > referenceDate.getDayOfMonth())));
    if (afterReference) {
      year -= 100;
    }
    checkArgument(
        fits(year),
        "birth date 29-02-%s does not exist: %s is not a leap year",
        year,
        year);
    return date(year);
  }

  /**
   * Resolves the birth date with a declared birth date, which supplies the century, and checks
   * that the birth is not after {@code referenceDate}.
   *
   * @param declared the birth date the person declared, not null
   * @param referenceDate the date the NIK is looked at (e.g. registration close), not null
   * @return {@code declared}, once checked
   * @throws IllegalArgumentException if {@code declared} does not agree with the NIK's birth date
   *     digits (DDMMYY), or is after {@code referenceDate}
   */
  public LocalDate birthDateDeclared(LocalDate declared, LocalDate referenceDate) {
    checkNotNull(referenceDate, "reference date must not be null");
    LocalDate birth = birthDateDeclared(declared);
    checkArgument(
        !birth.isAfter(referenceDate),
        "birth date %s is after the reference date %s",
        birth,
        referenceDate);
    return birth;
  }

  private boolean fits(int year) {
    return birthDayOfMonth() != 29 || birthMonth() != 2 || Year.isLeap(year);
  }

  private LocalDate date(int year) {
    return LocalDate.of(year, birthMonth(), birthDayOfMonth());
  }

  /**
   * Returns whether {@code declared} agrees with the NIK's day, month and two-digit year.
   *
   * @param declared the birth date the person declared, not null
   * @return true if day, month and year of century match
   */
  public boolean matchesBirthDate(LocalDate declared) {
    checkNotNull(declared, "declared birth date must not be null");
    return declared.getDayOfMonth() == birthDayOfMonth()
        && declared.getMonthValue() == birthMonth()
        && Math.floorMod(declared.getYear(), 100) == birthYearOfCentury();
  }

  /**
   * Resolves the birth date with a declared birth date, which supplies the century.
   *
   * @param declared the birth date the person declared, not null
   * @return {@code declared}, once checked against the NIK
   * @throws IllegalArgumentException if {@code declared} does not agree with the NIK's DDMMYY
   */
  public LocalDate birthDateDeclared(LocalDate declared) {
    checkArgument(
        matchesBirthDate(declared),
        "declared birth date %s does not match the NIK's birth date digits",
        declared);
    return declared;
  }

  /**
   * Returns the NIK with its middle eight digits hidden, e.g. {@code 3375********0001}, for logs
   * and messages.
   *
   * @return the masked text, not null
   */
  public String masked() {
    String s = toString();
    return s.substring(0, 4) + "********" + s.substring(12);
  }

  /**
   * Returns the NIK as a number (16 digits, the first never 0).
   *
   * @return the numeric value
   */
  public long toLong() {
    return value;
  }

  @Override
  public int compareTo(Nik other) {
    return Long.compare(value, other.value);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Nik && ((Nik) obj).value == value;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(value);
  }

  /**
   * Returns the canonical 16 digits. Mind that this is personal data: prefer {@link #masked()}
   * in logs.
   *
   * @return the 16 digits, not null
   */
  @Override
  public String toString() {
    return Long.toString(value);
  }
}
