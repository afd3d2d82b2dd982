package id.terampil.validation.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import id.terampil.core.applicant.DocumentKind;
import id.terampil.core.applicant.EducationLevel;
import id.terampil.core.applicant.EmploymentStatus;
import id.terampil.core.classification.KbliCode;
import id.terampil.core.classification.SkkniUnitCode;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.NameProblem;
import id.terampil.core.identity.Nik;
import id.terampil.core.identity.NikProblem;
import id.terampil.core.identity.PersonName;
import id.terampil.core.identity.ProgramId;
import id.terampil.core.identity.Sex;
import id.terampil.core.internal.Codes;
import id.terampil.core.internal.Dates;
import id.terampil.core.internal.Wording;
import id.terampil.core.money.Rupiah;
import id.terampil.core.program.ParticipantRole;
import id.terampil.core.region.RegionCode;
import id.terampil.core.region.RegionDirectory;
import id.terampil.core.region.RegionLevel;
import id.terampil.validation.code.FindingCode;
import id.terampil.validation.code.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The one implementation of each field rule, shared by the Bean Validation constraint
 * validators and the record validator. Each rule takes a non-null value and returns the first
 * problem as an {@link Issue}, or null when the value passes; no rule throws for any input.
 * Every rule does work linear in the input at most, and texts longer than {@value #MAX_LENGTH}
 * characters are rejected as {@link FindingCode#FIELD_TOO_LONG} before any other work. No
 * regular expression sees more than a few dozen characters. Not an API.
 */
public final class FieldRules {

  /** The longest text any rule examines; longer texts are {@code FIELD_TOO_LONG}. */
  public static final int MAX_LENGTH = Wording.MAX_LENGTH;

  /** The longest text {@link #parseOccupation} reads as an occupation, in characters. */
  public static final int MAX_OCCUPATION_LENGTH = Texts.MAX_ECHO;

  /** What an occupation holds besides ASCII letters, as Dukcapil's list writes them. */
  private static final String OCCUPATION_PUNCTUATION = " /.,-()'";

  /** The largest plausible age in years: older birth dates are {@code BIRTH_DATE_IMPLAUSIBLE}. */
  public static final int MAX_AGE = 150;

  /**
   * What {@link #parseCommonDateTime} returns for text of its shapes that is not a date-time
   * (compared by identity; never returned to a caller of this class).
   */
  private static final LocalDateTime NOT_A_TIME = LocalDateTime.MIN;

  /** Each participant role by its name. */
  private static final ImmutableMap<String, ParticipantRole> ROLE_BY_NAME =
      Wording.byName(ParticipantRole.values()).buildOrThrow();

  /** Each document kind by its name. */
  private static final ImmutableMap<String, DocumentKind> DOCUMENT_KIND_BY_NAME =
      Wording.byName(DocumentKind.values()).buildOrThrow();

  private FieldRules() {}

  /**
   * Rejects text longer than {@value #MAX_LENGTH} characters.
   *
   * @param text the text, not null
   * @return {@code FIELD_TOO_LONG}, or null if the text is short enough to examine
   */
  public static @Nullable Issue tooLong(CharSequence text) {
    return text.length() > MAX_LENGTH
        ? new Issue(
            FindingCode.FIELD_TOO_LONG,
            ImmutableMap.of(
                "length", Integer.toString(text.length()),
                "maxLength", Integer.toString(MAX_LENGTH)))
        : null;
  }

  /**
   * Returns {@code text} without surrounding whitespace ({@link Character#isWhitespace}).
   *
   * @param text the text, not null
   * @return the stripped text, not null
   */
  public static String strip(CharSequence text) {
    int start = 0;
    int end = text.length();
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return text.subSequence(start, end).toString();
  }

  /**
   * Checks the structure of a NIK (surrounding whitespace ignored).
   *
   * @param text the text, not null
   * @return the first problem, or null if {@code text} is a NIK
   */
  public static @Nullable Issue nik(CharSequence text) {
    Issue issue = tooLong(text);
    if (issue != null) {
      return issue;
    }
    Optional<NikProblem> problem = Nik.problemOf(text);
    if (problem.isEmpty()) {
      return null;
    }
    String s = strip(text);
    switch (problem.get()) {
      case LENGTH:
        return Issue.of(FindingCode.NIK_LENGTH, "length", s.length());
      case NOT_DIGITS:
        int position = 0;
        while (position < s.length() && s.charAt(position) >= '0' && s.charAt(position) <= '9') {
          position++;
        }
        return Issue.of(FindingCode.NIK_NOT_DIGITS, "position", position + 1);
      case UNKNOWN_PROVINCE:
        return Issue.of(FindingCode.NIK_PROVINCE_UNKNOWN, "province", s.substring(0, 2));
      case ZERO_REGENCY:
        return Issue.of(FindingCode.NIK_REGENCY_ZERO);
      case ZERO_DISTRICT:
        return Issue.of(FindingCode.NIK_DISTRICT_ZERO);
      case BIRTH_DAY:
        return Issue.of(FindingCode.NIK_BIRTH_DAY);
      case BIRTH_MONTH:
        return Issue.of(FindingCode.NIK_BIRTH_MONTH);
      case BIRTH_DATE:
        return Issue.of(FindingCode.NIK_BIRTH_DATE);
      case ZERO_SERIAL:
        return Issue.of(FindingCode.NIK_SERIAL_ZERO);
      default:
        throw new AssertionError("unmapped NIK problem " + problem.get());
    }
  }

  /**
   * Returns the finding code for a name problem.
   *
   * @param problem the problem, not null
   * @return the code, not null
   */
  public static FindingCode codeOf(NameProblem problem) {
    switch (problem) {
      case BLANK:
        return FindingCode.NAME_BLANK;
      case NO_LETTER:
        return FindingCode.NAME_NO_LETTER;
      case DIGIT:
        return FindingCode.NAME_DIGIT;
      case CONTROL_CHARACTER:
        return FindingCode.NAME_CONTROL_CHARACTER;
      case BIDI_CONTROL:
        return FindingCode.NAME_BIDI_CONTROL;
      case UNPAIRED_SURROGATE:
        return FindingCode.NAME_UNPAIRED_SURROGATE;
      case SYMBOL:
        return FindingCode.NAME_SYMBOL;
      case TOO_LONG:
        return FindingCode.NAME_TOO_LONG;
      default:
        throw new AssertionError("unmapped name problem " + problem);
    }
  }

  /**
   * Checks a person's name. The name itself never appears in the issue.
   *
   * @param text the text, not null
   * @return the first problem, or null if {@code text} is a name
   */
  public static @Nullable Issue personName(CharSequence text) {
    Issue issue = tooLong(text);
    if (issue != null) {
      return issue;
    }
    Optional<NameProblem> problem = PersonName.problemOf(text);
    if (problem.isEmpty()) {
      return null;
    }
    return problem.get() == NameProblem.TOO_LONG
        ? Issue.of(FindingCode.NAME_TOO_LONG, "maxLength", PersonName.MAX_LENGTH)
        : Issue.of(codeOf(problem.get()));
  }

  /**
   * Parses a region code, refusing over-long text first.
   *
   * @param text the text, not null
   * @return the code, or empty
   */
  public static Optional<RegionCode> parseRegion(CharSequence text) {
    return text.length() > MAX_LENGTH ? Optional.empty() : RegionCode.tryParse(text);
  }

  /**
   * Checks a region code and its level.
   *
   * @param text the text, not null
   * @param level the required level, not null
   * @param orFiner whether a code below {@code level} (e.g. a village where a district is
   *     required) is accepted too
   * @return the first problem, or null if {@code text} is a code at the required level
   */
  public static @Nullable Issue regionCode(CharSequence text, RegionLevel level, boolean orFiner) {
    Issue issue = tooLong(text);
    if (issue != null) {
      return issue;
    }
    Optional<RegionCode> code = RegionCode.tryParse(text);
    if (code.isEmpty()) {
      return Issue.of(FindingCode.REGION_CODE_INVALID, "value", Texts.echo(text));
    }
    RegionLevel actual = code.get().level();
    if (actual == level || (orFiner && actual.isBelow(level))) {
      return null;
    }
    return new Issue(
        FindingCode.REGION_CODE_LEVEL,
        ImmutableMap.of(
            "level", actual.name(), "requiredLevel", level.name(), "value", code.get().toString()));
  }

  /**
   * Checks a KBLI code: five digits, optionally followed by {@code @2020} or {@code @2025}
   * (surrounding whitespace ignored).
   *
   * @param text the text, not null
   * @return the problem, or null if {@code text} is a KBLI code
   */
  public static @Nullable Issue kbli(CharSequence text) {
    Issue issue = tooLong(text);
    if (issue != null) {
      return issue;
    }
    String s = strip(text);
    int at = s.indexOf('@');
    boolean ok = KbliCode.problemOf(at < 0 ? s : s.substring(0, at)).isEmpty();
    if (ok && at >= 0) {
      String year = s.substring(at + 1);
      ok = year.equals("2020") || year.equals("2025");
    }
    return ok ? null : Issue.of(FindingCode.KBLI_INVALID, "value", Texts.echo(text));
  }

  /**
   * Checks an SKKNI unit code in any of its three formats (surrounding whitespace ignored).
   *
   * @param text the text, not null
   * @return the problem, or null if {@code text} is an SKKNI unit code
   */
  public static @Nullable Issue skkniUnitCode(CharSequence text) {
    Issue issue = tooLong(text);
    if (issue != null) {
      return issue;
    }
    return SkkniUnitCode.formatOf(strip(text)).isPresent()
        ? null
        : Issue.of(FindingCode.SKKNI_INVALID, "value", Texts.echo(text));
  }

  /**
   * Checks a cohort id.
   *
   * @param text the text, not null
   * @return the problem, or null if {@code text} is a cohort id
   */
  public static @Nullable Issue cohortId(CharSequence text) {
    Issue issue = tooLong(text);
    if (issue != null) {
      return issue;
    }
    return parseCohortId(text) != null
        ? null
        : Issue.of(FindingCode.COHORT_ID_INVALID, "value", Texts.echo(text));
  }

  /**
   * Reads a cohort id ({@link CohortId#parse}), or returns null if the text is not one or is
   * longer than {@value #MAX_LENGTH} characters.
   *
   * @param text the text, not null
   * @return the cohort id, or null
   */
  public static @Nullable CohortId parseCohortId(CharSequence text) {
    if (text.length() > MAX_LENGTH) {
      return null;
    }
    return CohortId.tryParse(text).orElse(null);
  }

  /**
   * Checks a program id.
   *
   * @param text the text, not null
   * @return the problem, or null if {@code text} is a program id
   */
  public static @Nullable Issue programId(CharSequence text) {
    Issue issue = tooLong(text);
    if (issue != null) {
      return issue;
    }
    return parseProgramId(text) != null
        ? null
        : Issue.of(FindingCode.PROGRAM_ID_INVALID, "value", Texts.echo(text));
  }

  /**
   * Reads a program id ({@link ProgramId#parse}), or returns null if the text is not one or is
   * longer than {@value #MAX_LENGTH} characters.
   *
   * @param text the text, not null
   * @return the program id, or null
   */
  public static @Nullable ProgramId parseProgramId(CharSequence text) {
    if (text.length() > MAX_LENGTH) {
      return null;
    }
    return ProgramId.tryParse(text).orElse(null);
  }

  /**
   * Reads a sex as {@link Sex#read} does ({@code L}, {@code P}, {@code LAKI-LAKI}, {@code
   * PEREMPUAN}, ...).
   *
   * @param text the text, not null
   * @return the sex, or null if the text is neither
   */
  public static @Nullable Sex parseSex(CharSequence text) {
    return Sex.read(text).orElse(null);
  }


  /**
   * Checks the sex code ({@link #parseSex}).
   *
   * @param text the text, not null
   * @return the problem, or null if the text is a sex
   */
  public static @Nullable Issue sex(CharSequence text) {
    Issue issue = tooLong(text);
    if (issue != null) {
      return issue;
    }
    return parseSex(text) != null ? null : Issue.of(FindingCode.SEX_INVALID, "value", Texts.echo(text));
  }

  /**
   * Reads a date written as ISO 8601 {@code yyyy-MM-dd}, or day first as the KTP and KK print it,
   * {@code dd-MM-yyyy} or {@code dd/MM/yyyy} (four-digit year, surrounding whitespace ignored),
   * without regular expressions or exceptions. Years 0000 to 9999 are read; whether the date is
   * plausible is another rule.
   *
   * @param text the text, not null
   * @return the date, or null if the text is not such a date
   */
  public static @Nullable LocalDate parseDate(CharSequence text) {
    return parseDate(text, null);
  }

  /**
   * Reads a date as {@link #parseDate(CharSequence)} does, taking the instance from
   * {@code canon} where one is given.
   *
   * @param text the text, not null
   * @param canon the batch's shared values, or null
   * @return the date, or null if the text is not such a date
   */
  public static @Nullable LocalDate parseDate(CharSequence text, @Nullable Canon canon) {
    if (text.length() > MAX_LENGTH) {
      return null;
    }
    String s = strip(text);
    if (s.length() != 10) {
      return null;
    }
    int year;
    int month;
    int day;
    if (s.charAt(4) == '-' && s.charAt(7) == '-') {
      year = digits(s, 0, 4);
      month = digits(s, 5, 2);
      day = digits(s, 8, 2);
    } else if ((s.charAt(2) == '-' && s.charAt(5) == '-')
        || (s.charAt(2) == '/' && s.charAt(5) == '/')) {
      // Day first, as the KTP and KK print dates: 01-08-1990 or 01/08/1990.
      day = digits(s, 0, 2);
      month = digits(s, 3, 2);
      year = digits(s, 6, 4);
    } else {
      return null;
    }
    if (year < 0 || !isDayOfMonth(year, month, day)) {
      return null;
    }
    return date(canon, year, month, day);
  }

  /** Returns whether {@code day} of {@code month} exists in the (not negative) {@code year}. */
  private static boolean isDayOfMonth(int year, int month, int day) {
    return month >= 1
        && month <= 12
        && day >= 1
        && day <= Month.of(month).length(IsoChronology.INSTANCE.isLeapYear(year));
  }

  /** Returns the date from {@code canon}, or a new one without it; the fields are valid. */
  private static LocalDate date(@Nullable Canon canon, int year, int month, int day) {
    return canon != null ? canon.date(year, month, day) : LocalDate.of(year, month, day);
  }

  private static int digits(String s, int from, int count) {
    int v = 0;
    for (int i = from; i < from + count; i++) {
      char ch = s.charAt(i);
      if (ch < '0' || ch > '9') {
        return -1;
      }
      v = v * 10 + (ch - '0');
    }
    return v;
  }

  /**
   * Checks that a birth date is plausible at a reference date: not after it, and not more than
   * {@value #MAX_AGE} years before it.
   *
   * @param birthDate the birth date, not null
   * @param referenceDate the reference date, not null
   * @return the problem, or null if plausible
   */
  public static @Nullable Issue birthDate(LocalDate birthDate, LocalDate referenceDate) {
    if (birthDate.isAfter(referenceDate)) {
      return Issue.of(FindingCode.BIRTH_DATE_AFTER_REFERENCE, "referenceDate", referenceDate);
    }
    if (Dates.yearsBetween(birthDate, referenceDate) > MAX_AGE) {
      return new Issue(
          FindingCode.BIRTH_DATE_IMPLAUSIBLE,
          ImmutableMap.of(
              "referenceDate", referenceDate.toString(), "maxAge", Integer.toString(MAX_AGE)));
    }
    return null;
  }

  /**
   * Checks that the age in completed years at {@code referenceDate} lies in {@code [min, max]}.
   * A birth date after the reference date is outside every range.
   *
   * @param birthDate the birth date, not null
   * @param referenceDate the reference date, not null
   * @param min the youngest accepted age in years
   * @param max the oldest accepted age in years
   * @return the problem, or null if the age is in range
   */
  public static @Nullable Issue age(LocalDate birthDate, LocalDate referenceDate, int min, int max) {
    long age = Dates.yearsBetween(birthDate, referenceDate);
    if (!birthDate.isAfter(referenceDate) && age >= min && age <= max) {
      return null;
    }
    return new Issue(
        FindingCode.AGE_OUTSIDE_RANGE,
        ImmutableMap.of(
            "min", Integer.toString(min),
            "max", Integer.toString(max),
            "referenceDate", referenceDate.toString()));
  }

  /**
   * Cross-checks a NIK against the declared birth date, sex and domicile; each declared value
   * may be absent (not checked). The domicile agrees when it contains, or lies within, the NIK's
   * district of first registration.
   *
   * @param nik the NIK, not null
   * @param birthDate the declared birth date, or null
   * @param sex the declared sex, or null
   * @param domicile the declared domicile, or null
   * @param revealNik whether the issues may carry the full NIK instead of a masked one
   * @return the mismatches in the order birth date, sex, region; empty when all agree
   */
  public static ImmutableList<Issue> crossCheck(
      Nik nik,
      @Nullable LocalDate birthDate,
      @Nullable Sex sex,
      @Nullable RegionCode domicile,
      boolean revealNik) {
    boolean birthDateMismatch = birthDate != null && !nik.matchesBirthDate(birthDate);
    boolean sexMismatch = sex != null && nik.sex() != sex;
    boolean regionMismatch = domicile != null && !agreesWithDistrict(domicile, nik);
    if (!birthDateMismatch && !sexMismatch && !regionMismatch) {
      // The common case: no list, no masked NIK.
      return ImmutableList.of();
    }
    String shown = revealNik ? nik.toString() : nik.masked();
    ImmutableList.Builder<Issue> issues = ImmutableList.builder();
    if (birthDateMismatch) {
      issues.add(Issue.of(FindingCode.NIK_BIRTH_DATE_MISMATCH, "nik", shown));
    }
    if (sexMismatch) {
      issues.add(
          new Issue(
              FindingCode.NIK_SEX_MISMATCH,
              ImmutableMap.of("nik", shown, "nikSex", nik.sex().code(), "sex", sex.code())));
    }
    if (regionMismatch) {
      RegionCode district = nik.region();
      issues.add(
          new Issue(
              FindingCode.NIK_REGION_MISMATCH,
              ImmutableMap.of(
                  "nik", shown, "nikRegion", district.toString(), "region", domicile.toString())));
    }
    return issues.build();
  }

  /**
   * Returns whether {@code domicile} contains, or lies within, the NIK's district of first
   * registration: {@code nik.region().contains(domicile)} for a village, else
   * {@code domicile.contains(nik.region())}; both compare the parts down to the coarser of the
   * two levels, which is done here on the numbers, without building the district's code.
   */
  private static boolean agreesWithDistrict(RegionCode domicile, Nik nik) {
    long district = nik.toLong() / 10_000_000_000L; // PPKKCC: the first six of the 16 digits
    RegionLevel level = domicile.level();
    return domicile.provinceCode() == district / 10_000
        && (level == RegionLevel.PROVINCE
            || (domicile.regencyPart() == district / 100 % 100
                && (level == RegionLevel.REGENCY || domicile.districtPart() == district % 100)));
  }

  /**
   * Looks up the NIK's regency and district prefix in a directory: retired or unknown prefixes
   * are warnings, since a NIK keeps the code of the person's first registration.
   *
   * @param nik the NIK, not null
   * @param directory the directory, not null
   * @return the problem, or null if both the regency and the district are current
   */
  public static @Nullable Issue nikPrefix(Nik nik, RegionDirectory directory) {
    RegionCode district = nik.region();
    return inDirectory(
        directory,
        FindingCode.NIK_REGION_RETIRED,
        FindingCode.NIK_REGION_UNKNOWN,
        "nikRegion",
        district.truncateTo(RegionLevel.REGENCY),
        district);
  }

  /**
   * Looks up a declared region code in a directory. A retired code is a warning that names its
   * successor where the directory knows it. A code the directory does not know is a warning with
   * a caller's partial directory, but an error with a complete one ({@link
   * RegionDirectory#isComplete()}, e.g. the official lists of terampil-regions), since there it
   * names no place at all.
   *
   * @param code the code, not null
   * @param directory the directory, not null
   * @return the problem, or null if the code is current
   */
  public static @Nullable Issue regionInDirectory(RegionCode code, RegionDirectory directory) {
    Issue issue =
        inDirectory(
            directory,
            FindingCode.REGION_CODE_RETIRED,
            FindingCode.REGION_CODE_UNKNOWN,
            "value",
            code);
    if (issue != null && issue.code() == FindingCode.REGION_CODE_UNKNOWN && directory.isComplete()) {
      return new Issue(issue.code(), issue.parameters(), Severity.ERROR);
    }
    return issue;
  }

  /**
   * Checks that a region code exists in a directory, for {@code @ValidRegionCode(mustExist =
   * true)}: a retired code fails with {@link FindingCode#REGION_CODE_RETIRED}, one the directory
   * does not know with {@link FindingCode#REGION_CODE_UNKNOWN}.
   *
   * @param code the code, not null
   * @param directory the directory, not null
   * @return the problem, or null if the code is current
   */
  public static @Nullable Issue regionExists(RegionCode code, RegionDirectory directory) {
    return inDirectory(
        directory, FindingCode.REGION_CODE_RETIRED, FindingCode.REGION_CODE_UNKNOWN, "value", code);
  }

  private static @Nullable Issue inDirectory(
      RegionDirectory directory,
      FindingCode retired,
      FindingCode unknown,
      String parameter,
      RegionCode... codes) {
    for (RegionCode code : codes) {
      if (directory.isRetired(code)) {
        ImmutableMap.Builder<String, String> params = ImmutableMap.builder();
        params.put(parameter, code.toString());
        // The successor, where the directory knows a unique one; "-" where it does not.
        params.put("successor", directory.successor(code).map(RegionCode::toString).orElse("-"));
        return new Issue(retired, params.buildOrThrow());
      }
    }
    for (RegionCode code : codes) {
      if (!directory.exists(code)) {
        return Issue.of(unknown, parameter, code);
      }
    }
    return null;
  }

  /**
   * Checks a rupiah amount as {@link Rupiah#parse} reads it ({@code Rp 1.500.000},
   * {@code 1500000}).
   *
   * @param text the text, not null
   * @return the problem, or null if the text is an amount
   */
  public static @Nullable Issue amount(CharSequence text) {
    Issue issue = tooLong(text);
    if (issue != null) {
      return issue;
    }
    return parseAmount(text) != null ? null : Issue.of(FindingCode.AMOUNT_INVALID);
  }

  /**
   * Reads an amount of rupiah ({@link Rupiah#parse}), or returns null if the text is not one or
   * is longer than {@value #MAX_LENGTH} characters.
   *
   * @param text the text, not null
   * @return the amount, or null
   */
  public static @Nullable Rupiah parseAmount(CharSequence text) {
    if (text.length() > MAX_LENGTH) {
      return null;
    }
    return Rupiah.tryParse(text).orElse(null);
  }

  /**
   * Checks a registration time: an ISO-8601 local date-time ({@code 2024-07-01T09:30:00}) or one
   * with an offset ({@code 2024-07-01T09:30:00+07:00}), surrounding whitespace ignored.
   *
   * @param text the text, not null
   * @return the problem, or null if the text is such a date-time
   */
  public static @Nullable Issue registrationTime(CharSequence text) {
    Issue issue = tooLong(text);
    if (issue != null) {
      return issue;
    }
    return parseRegistrationTime(text) != null
        ? null
        : Issue.of(FindingCode.REGISTRATION_TIME_INVALID);
  }

  /**
   * Reads a registration time as {@link #registrationTime} accepts it; an offset date-time gives
   * its local date and time as sent (the offset is dropped, not converted).
   *
   * @param text the text, not null
   * @return the local date-time, or null if the text is not such a date-time
   */
  public static @Nullable LocalDateTime parseRegistrationTime(CharSequence text) {
    return parseRegistrationTime(text, null);
  }

  /**
   * Reads a registration time as {@link #parseRegistrationTime(CharSequence)} does, taking its
   * date from {@code canon} where one is given.
   *
   * @param text the text, not null
   * @param canon the batch's shared values, or null
   * @return the local date-time, or null if the text is not such a date-time
   */
  public static @Nullable LocalDateTime parseRegistrationTime(
      CharSequence text, @Nullable Canon canon) {
    if (text.length() > MAX_LENGTH) {
      return null;
    }
    String s = strip(text);
    LocalDateTime fast = parseCommonDateTime(s, canon);
    if (fast == NOT_A_TIME) {
      return null;
    }
    if (fast != null) {
      return fast;
    }
    // Anything else goes to java.time, unless it cannot be an ISO date-time (no 'T': a date
    // alone, a space between date and time, a local format, a word), since a failed parse throws
    // and exceptions are slow. Pick the parser by the text's shape for the same reason.
    // (The ISO formatters ignore case: 't' and 'z' count.)
    int time = Math.max(s.indexOf('T'), s.indexOf('t'));
    if (time < 0) {
      return null;
    }
    boolean offset = false;
    for (int i = time; i < s.length(); i++) {
      char ch = s.charAt(i);
      offset |= ch == '+' || ch == '-' || ch == 'Z' || ch == 'z';
    }
    try {
      return offset ? OffsetDateTime.parse(s).toLocalDateTime() : LocalDateTime.parse(s);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * Reads the common shapes {@code yyyy-MM-ddTHH:mm[:ss[.f...]]} with an optional {@code Z} or
   * {@code +HH:MM} offset without java.time's formatter (a hot path: one per record). Returns
   * null for any other shape, which the caller hands to java.time; it never accepts text that
   * {@code LocalDateTime.parse} or {@code OffsetDateTime.parse} rejects. Returns
   * {@link #NOT_A_TIME} for text of these shapes, all its fields digits, whose values are out of
   * range ({@code 2024-13-01T09:00}, {@code 2024-02-30T09:00}), which java.time rejects too.
   */
  private static @Nullable LocalDateTime parseCommonDateTime(String s, @Nullable Canon canon) {
    int n = s.length();
    if (n < 16 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T'
        || s.charAt(13) != ':') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = 0;
    int nano = 0;
    int i = 16;
    if (i < n && s.charAt(i) == ':') {
      if (n < 19) {
        return null;
      }
      second = digits(s, 17, 2);
      i = 19;
      if (i < n && s.charAt(i) == '.') {
        int start = ++i;
        while (i < n && i - start < 9 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
          nano = nano * 10 + (s.charAt(i) - '0');
          i++;
        }
        if (i == start) {
          return null;
        }
        for (int k = i - start; k < 9; k++) {
          nano *= 10;
        }
      }
    }
    if (i < n) {
      char sign = s.charAt(i);
      if (sign == 'Z' && i + 1 == n) {
        i = n;
      } else if ((sign == '+' || sign == '-') && i + 6 == n && s.charAt(i + 3) == ':') {
        int offsetHours = digits(s, i + 1, 2);
        int offsetMinutes = digits(s, i + 4, 2);
        if (offsetHours < 0 || offsetMinutes < 0 || offsetMinutes > 59 || offsetHours > 18
            || (offsetHours == 18 && offsetMinutes != 0)) {
          return null;
        }
        i = n;
      } else {
        return null;
      }
    }
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
      return null;
    }
    if (!isDayOfMonth(year, month, day) || hour > 23 || minute > 59 || second > 59) {
      return NOT_A_TIME;
    }
    return LocalDateTime.of(
        date(canon, year, month, day), LocalTime.of(hour, minute, second, nano));
  }

  /**
   * Checks a score: a non-negative decimal number with at most 18 digits and one optional
   * decimal point ({@code 87}, {@code 87.5}), surrounding whitespace ignored.
   *
   * @param text the text, not null
   * @return the problem, or null if the text is such a number
   */
  public static @Nullable Issue score(CharSequence text) {
    Issue issue = tooLong(text);
    if (issue != null) {
      return issue;
    }
    return parseScore(text) != null ? null : Issue.of(FindingCode.SCORE_INVALID);
  }

  /**
   * Reads a score as {@link #score} accepts it: the number {@code new BigDecimal} makes of the
   * stripped text (its digits as the unscaled value, the digits after the point as the scale),
   * computed from the digits without copying the text.
   *
   * @param text the text, not null
   * @return the score, or null if the text is not a score
   */
  public static @Nullable BigDecimal parseScore(CharSequence text) {
    return parseScore(text, null);
  }

  /**
   * Reads a score as {@link #parseScore(CharSequence)} does, taking the instance from
   * {@code canon} where one is given.
   *
   * @param text the text, not null
   * @param canon the batch's shared values, or null
   * @return the score, or null if the text is not a score
   */
  public static @Nullable BigDecimal parseScore(CharSequence text, @Nullable Canon canon) {
    if (text.length() > MAX_LENGTH) {
      return null;
    }
    int start = 0;
    int end = text.length();
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    long unscaled = 0;
    int digits = 0;
    int points = 0;
    int scale = 0;
    for (int i = start; i < end; i++) {
      char ch = text.charAt(i);
      if (ch >= '0' && ch <= '9') {
        // More than 18 digits may wrap around here; such text is rejected below.
        unscaled = unscaled * 10 + (ch - '0');
        digits++;
        scale += points;
      } else if (ch == '.') {
        points++;
      } else {
        return null;
      }
    }
    if (digits < 1 || digits > 18 || points > 1) {
      return null;
    }
    return canon != null ? canon.decimal(unscaled, scale) : BigDecimal.valueOf(unscaled, scale);
  }

  /**
   * Checks a document kind: a code of upper-case ASCII letters, digits and {@code _} beginning
   * with a letter, at most 48 characters (surrounding whitespace ignored).
   *
   * @param text the text, not null
   * @return the problem, or null if the text is such a code
   */
  public static @Nullable Issue documentKind(CharSequence text) {
    Issue issue = tooLong(text);
    if (issue != null) {
      return issue;
    }
    return Codes.isCode(strip(text))
        ? null
        : Issue.of(FindingCode.DOCUMENT_KIND_INVALID, "value", Texts.echo(text));
  }

  /**
   * Reads an education level as {@link EducationLevel#read} does (names, short forms, the KK's
   * wording and school names).
   *
   * @param text the text, not null
   * @return the level, or null if the text is none of these
   */
  public static @Nullable EducationLevel parseEducation(CharSequence text) {
    return EducationLevel.read(text).orElse(null);
  }


  /**
   * Checks an education level ({@link #parseEducation}).
   *
   * @param text the text, not null
   * @return the problem, or null if the text is an education level
   */
  public static @Nullable Issue education(CharSequence text) {
    Issue issue = tooLong(text);
    if (issue != null) {
      return issue;
    }
    return parseEducation(text) != null
        ? null
        : Issue.of(FindingCode.EDUCATION_INVALID, "value", Texts.echo(text));
  }

  /**
   * Reads an employment status as {@link EmploymentStatus#read} does (names, and occupations as
   * the KTP and KK write them).
   *
   * @param text the text, not null
   * @return the status, or null if the text is not such a name
   */
  public static @Nullable EmploymentStatus parseEmployment(CharSequence text) {
    return EmploymentStatus.read(text).orElse(null);
  }


  /**
   * Reads an occupation (pekerjaan) that names no one employment status, such as {@code GURU},
   * {@code SOPIR} or {@code TUKANG JAHIT}: the text, stripped, where {@link #parseEmployment}
   * does not read it and it looks like an occupation as the KTP and KK write one. That is at most
   * {@value #MAX_OCCUPATION_LENGTH} characters (the longest occupation in Dukcapil's list has 53),
   * of ASCII letters, spaces and the punctuation the list uses ({@code / . , - ( ) '}), with at
   * least two letters. Digits, other symbols and other scripts are no occupation: {@code 12},
   * {@code ${1+1}} and {@code <b>} stay {@code EMPLOYMENT_INVALID}. An applicant keeps the
   * occupation read with {@code EmploymentStatus.OTHER}.
   *
   * @param text the text, not null
   * @return the stripped occupation, or null if the text is an employment status or no occupation
   */
  public static @Nullable String parseOccupation(CharSequence text) {
    if (text.length() > MAX_LENGTH || parseEmployment(text) != null) {
      return null;
    }
    String s = strip(text);
    if (s.length() > MAX_OCCUPATION_LENGTH) {
      return null;
    }
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if ((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z')) {
        letters++;
      } else if (OCCUPATION_PUNCTUATION.indexOf(ch) < 0) {
        return null;
      }
    }
    return letters >= 2 ? s : null;
  }

  /**
   * Checks an employment status ({@link #parseEmployment}); an occupation that names no one
   * status ({@link #parseOccupation}) is the warning {@code OCCUPATION_NOT_MAPPED}, since the
   * applicant is converted with {@code EmploymentStatus.OTHER} and the occupation kept.
   *
   * @param text the text, not null
   * @return the problem, or null if the text is an employment status
   */
  public static @Nullable Issue employment(CharSequence text) {
    Issue issue = tooLong(text);
    if (issue != null) {
      return issue;
    }
    if (parseEmployment(text) != null) {
      return null;
    }
    String occupation = parseOccupation(text);
    return occupation != null
        ? Issue.of(FindingCode.OCCUPATION_NOT_MAPPED, "occupation", Texts.echo(occupation))
        : Issue.of(FindingCode.EMPLOYMENT_INVALID, "value", Texts.echo(text));
  }

  /**
   * Parses a participant role: a {@code ParticipantRole} name, ignoring case and surrounding
   * whitespace.
   *
   * @param text the text, not null
   * @return the role, or null if the text is not a role name
   */
  public static @Nullable ParticipantRole parseRole(CharSequence text) {
    if (text.length() > MAX_LENGTH) {
      return null;
    }
    return ROLE_BY_NAME.get(strip(text).toUpperCase(Locale.ROOT));
  }

  /**
   * Checks a participant role ({@link #parseRole}).
   *
   * @param text the text, not null
   * @return the problem, or null if the text is a role
   */
  public static @Nullable Issue role(CharSequence text) {
    Issue issue = tooLong(text);
    if (issue != null) {
      return issue;
    }
    return parseRole(text) != null
        ? null
        : Issue.of(FindingCode.ROLE_INVALID, "value", Texts.echo(text));
  }

  /**
   * Returns the {@link DocumentKind} of a document kind code that {@link #documentKind} accepts:
   * the kind's name, or a common form ({@code AK1} and {@code AKI} for {@link DocumentKind#AK_I},
   * {@code IJAZAH}, {@code SKU}, {@code SKTM}); any other code is {@link DocumentKind#OTHER}.
   *
   * @param code the code, stripped, not null
   * @return the kind, not null
   */
  public static DocumentKind documentKindOf(String code) {
    switch (code) {
      case "AK1":
      case "AKI":
      case "AK_1":
        return DocumentKind.AK_I;
      case "IJAZAH":
        return DocumentKind.DIPLOMA;
      case "SKU":
        return DocumentKind.BUSINESS_CERTIFICATE;
      case "SKTM":
        return DocumentKind.LOW_INCOME_CERTIFICATE;
      default:
        return DOCUMENT_KIND_BY_NAME.getOrDefault(code, DocumentKind.OTHER);
    }
  }

  /**
   * Returns what two document kind codes that {@link #documentKind} accepts are compared by, for
   * required and repeated documents: the name of the {@link DocumentKind} the code stands for
   * ({@link #documentKindOf}), so that {@code AK1}, {@code AKI} and {@code AK_I} are one kind;
   * or, for a code of {@link DocumentKind#OTHER}, the code itself, so that two other documents
   * (e.g. {@code NPWP} and {@code BPJS}) stay apart.
   *
   * @param code the code, stripped, not null
   * @param kind {@code documentKindOf(code)}, not null
   * @return the code to compare, not null
   */
  public static String documentKey(String code, DocumentKind kind) {
    return kind == DocumentKind.OTHER ? code : kind.name();
  }
}
