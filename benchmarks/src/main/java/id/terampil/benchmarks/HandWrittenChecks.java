package id.terampil.benchmarks;

import com.google.common.collect.ImmutableSet;
import id.terampil.core.classification.KbliCode;
import id.terampil.core.identity.Nik;
import id.terampil.core.identity.PersonName;
import id.terampil.core.program.Cohort;
import id.terampil.core.program.ParticipantRole;
import id.terampil.core.program.TrainingProgram;
import id.terampil.core.region.RegionCode;
import id.terampil.core.region.RegionLevel;
import id.terampil.validation.DocumentEntry;
import id.terampil.validation.EnrollmentRecord;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The practical floor: the error checks of the batch validator written by hand as one loop, with
 * no framework, no findings and no conversion — one bit per record (has an error). It reuses the
 * core's structural rules where they exist ({@code Nik.read}, {@code PersonName.read},
 * {@code RegionCode.read}, {@code KbliCode.read}, {@code Cohort.serves}); dates, ages,
 * codes, amounts and times are parsed by hand without allocation, the code lists are constant
 * arrays, and duplicate NIKs go through a primitive open-addressing set of their numeric
 * values. What it allocates per record is what those core rules allocate (a parsed region code,
 * an empty or present {@code Optional}).
 *
 * <p>Checks, per record: required fields; NIK structure and its agreement with the declared
 * birth date and sex; name; sex code; birth date (ISO or day first, not after the reference date,
 * age 15-64); village-level domicile code inside the cohort's regions; education and employment
 * codes; program id equal to the program's; cohort id of the program; known target groups;
 * documents (kind code, issue date not after the reference date); KBLI; amounts; business start
 * date; a declared business complete; a role the cohort admits; registration time (ISO local or
 * offset date-time); score; then a repeated NIK in the batch. Warnings are not computed. These
 * are the checks of the benchmarked validator configuration (no region directory, the program's
 * one age rule); a change to either lands in the same commit.
 */
final class HandWrittenChecks {

  private final int refYear;
  private final int refMonth;
  private final int refDay;
  private final String programId;
  private final Map<String, Cohort> cohorts = new HashMap<>();
  /** The regions each cohort's admission serves (empty: no restriction), by cohort id. */
  private final Map<String, ImmutableSet<RegionCode>> served = new HashMap<>();
  private final Set<String> knownGroups;

  private static final String[] EDUCATION = {
    "NONE", "SD", "SMP", "SMA_SMK", "D1_D3", "D4_S1", "S2_OR_HIGHER", "SMA", "SMK", "MA", "SMA/SMK",
    "D1", "D2", "D3", "D4", "S1", "S2", "S3"
  };
  private static final String[] EMPLOYMENT = {
    "UNEMPLOYED", "LAID_OFF", "EMPLOYED", "CASUAL_WORKER", "SELF_EMPLOYED", "HOMEMAKER", "STUDENT",
    "CIVIL_SERVANT", "RETIRED", "OTHER"
  };

  HandWrittenChecks(TrainingProgram program, LocalDate referenceDate, Set<String> knownGroups) {
    this.refYear = referenceDate.getYear();
    this.refMonth = referenceDate.getMonthValue();
    this.refDay = referenceDate.getDayOfMonth();
    this.programId = program.id().toString();
    for (Cohort c : program.cohorts()) {
      cohorts.put(c.id().toString(), c);
      served.put(c.id().toString(), program.admission(c.id()).regionsServed());
    }
    this.knownGroups = knownGroups;
  }

  /** Returns the records that have an error. */
  BitSet errors(List<EnrollmentRecord> records) {
    int n = records.size();
    BitSet errors = new BitSet(n);
    LongSet niks = new LongSet(n);
    for (int i = 0; i < n; i++) {
      EnrollmentRecord r = records.get(i);
      long nik = nikValue(r.nik());
      boolean error = hasError(r, nik);
      if (nik >= 0 && !niks.add(nik)) {
        error = true;
      }
      if (error) {
        errors.set(i);
      }
    }
    return errors;
  }

  /** Returns the NIK's numeric value, or -1 if it is not a NIK. */
  private static long nikValue(String text) {
    if (text == null || text.length() > 1024 || Nik.read(text).problem().isPresent()) {
      return -1;
    }
    int start = skip(text);
    long v = 0;
    for (int i = start; i < start + 16; i++) {
      v = v * 10 + (text.charAt(i) - '0');
    }
    return v;
  }

  private boolean hasError(EnrollmentRecord r, long nikValue) {
    String nik = r.nik();
    if (blank(nik) || nikValue < 0) {
      return true;
    }
    String name = r.name();
    if (blank(name) || name.length() > 1024 || PersonName.read(name).problem().isPresent()) {
      return true;
    }
    String sex = r.sex();
    if (blank(sex)) {
      return true;
    }
    char s = singleChar(sex);
    boolean female = s == 'P' || s == 'p';
    if (!female && s != 'L' && s != 'l') {
      return true;
    }
    int date = date(r.birthDate());
    if (date < 0) {
      return true;
    }
    int y = date / 10_000;
    int m = date / 100 % 100;
    int d = date % 100;
    if (after(y, m, d)) {
      return true;
    }
    int age = refYear - y - (refMonth < m || (refMonth == m && refDay < d) ? 1 : 0);
    if (age < 15 || age > 64) {
      return true;
    }
    // The NIK's date digits: DD (+40 for women) MM YY.
    int start = skip(nik);
    int nikDay = digits(nik, start + 6, 2);
    boolean nikFemale = nikDay > 40;
    if (nikFemale != female
        || (nikFemale ? nikDay - 40 : nikDay) != d
        || digits(nik, start + 8, 2) != m
        || digits(nik, start + 10, 2) != y % 100) {
      return true;
    }
    String domicileText = r.domicileCode();
    if (blank(domicileText) || domicileText.length() > 1024) {
      return true;
    }
    Optional<RegionCode> domicile = RegionCode.read(domicileText);
    if (domicile.isEmpty() || domicile.get().level() != RegionLevel.VILLAGE) {
      return true;
    }
    if (!oneOf(r.education(), EDUCATION) || !oneOf(r.employment(), EMPLOYMENT)) {
      return true;
    }
    String program = r.programId();
    if (program != null && !blank(program) && !programId.equals(program.strip())) {
      return true;
    }
    String cohortText = r.cohortId();
    if (blank(cohortText)) {
      return true;
    }
    Cohort cohort = cohorts.get(cohortText.strip());
    if (cohort == null || !servesResident(served.get(cohortText.strip()), domicile.get())) {
      return true;
    }
    List<String> groups = r.targetGroups();
    for (int i = 0; i < groups.size(); i++) {
      String g = groups.get(i);
      if (blank(g) || !knownGroups.contains(g.strip())) {
        return true;
      }
    }
    List<DocumentEntry> documents = r.documents();
    for (int i = 0; i < documents.size(); i++) {
      DocumentEntry e = documents.get(i);
      if (!code(e.kind())) {
        return true;
      }
      int issued = date(e.issueDate());
      if (issued < 0 || after(issued / 10_000, issued / 100 % 100, issued % 100)) {
        return true;
      }
    }
    String kbli = r.businessKbli();
    String capital = r.businessCapital();
    String sales = r.businessAnnualSales();
    String started = r.businessStartDate();
    boolean hasKbli = !blank(kbli);
    boolean hasCapital = !blank(capital);
    boolean hasSales = !blank(sales);
    boolean hasStart = !blank(started);
    if (hasKbli && !kbli(kbli)) {
      return true;
    }
    if ((hasCapital && !amount(capital)) || (hasSales && !amount(sales))) {
      return true;
    }
    if (hasStart && date(started) < 0) {
      return true;
    }
    if ((hasKbli || hasCapital || hasSales || hasStart)
        && (!hasKbli || (!hasCapital && !hasSales))) {
      return true;
    }
    String role = r.role();
    if (role != null && (role.length() > 1024 || (!blank(role) && !admitted(cohort, role)))) {
      return true;
    }
    if (!dateTime(r.registeredAt())) {
      return true;
    }
    String score = r.score();
    return !blank(score) && !score(score);
  }

  /** Returns whether {@code text} names a role (its constant's name, any case) the cohort admits. */
  private static boolean admitted(Cohort cohort, String text) {
    int s = skip(text);
    int len = end(text) - s;
    for (ParticipantRole role : ParticipantRole.values()) {
      String name = role.name();
      if (name.length() == len && text.regionMatches(true, s, name, 0, len)) {
        return cohort.admits(role);
      }
    }
    return false;
  }

  private boolean after(int y, int m, int d) {
    return y > refYear || (y == refYear && (m > refMonth || (m == refMonth && d > refDay)));
  }

  private static boolean blank(String s) {
    if (s == null) {
      return true;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static int skip(String s) {
    int i = 0;
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int end(String s) {
    int e = s.length();
    while (e > 0 && Character.isWhitespace(s.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  /** Returns the only non-blank character, or 0. */
  private static char singleChar(String s) {
    int start = skip(s);
    return end(s) - start == 1 ? s.charAt(start) : 0;
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

  /** Reads yyyy-MM-dd as yyyyMMdd, or -1. */
  private static int date(String text) {
    if (text == null || text.length() > 1024) {
      return -1;
    }
    int start = skip(text);
    return end(text) - start == 10 ? date(text, start) : -1;
  }

  /** Reads the yyyy-MM-dd, dd-MM-yyyy or dd/MM/yyyy at {@code start} as yyyyMMdd, or -1. */
  private static int date(String text, int start) {
    int y;
    int m;
    int d;
    char second = text.charAt(start + 2);
    if (text.charAt(start + 4) == '-' && text.charAt(start + 7) == '-') {
      y = digits(text, start, 4);
      m = digits(text, start + 5, 2);
      d = digits(text, start + 8, 2);
    } else if ((second == '-' || second == '/') && text.charAt(start + 5) == second) {
      d = digits(text, start, 2);
      m = digits(text, start + 3, 2);
      y = digits(text, start + 6, 4);
    } else {
      return -1;
    }
    if (y < 0 || m < 1 || m > 12 || d < 1 || d > Month.of(m).length(Year.isLeap(y))) {
      return -1;
    }
    return y * 10_000 + m * 100 + d;
  }

  /** Reads yyyy-MM-ddTHH:mm[:ss[.fraction]] with an optional Z or +HH:MM offset. */
  private static boolean dateTime(String text) {
    if (blank(text) || text.length() > 1024) {
      return false;
    }
    int s = skip(text);
    int n = end(text);
    if (n - s < 16 || text.charAt(s + 4) != '-' || text.charAt(s + 10) != 'T'
        || text.charAt(s + 13) != ':') {
      return false;
    }
    if (date(text, s) < 0) {
      return false;
    }
    int hour = digits(text, s + 11, 2);
    int minute = digits(text, s + 14, 2);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59) {
      return false;
    }
    int i = s + 16;
    if (i < n && text.charAt(i) == ':') {
      int second = i + 3 <= n ? digits(text, i + 1, 2) : -1;
      if (second < 0 || second > 59) {
        return false;
      }
      i += 3;
      if (i < n && text.charAt(i) == '.') {
        int f = ++i;
        while (i < n && i - f < 9 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
          i++;
        }
        if (i == f) {
          return false;
        }
      }
    }
    if (i == n) {
      return true;
    }
    char sign = text.charAt(i);
    if (sign == 'Z') {
      return i + 1 == n;
    }
    return (sign == '+' || sign == '-') && i + 6 == n && text.charAt(i + 3) == ':'
        && digits(text, i + 1, 2) >= 0 && digits(text, i + 1, 2) <= 18
        && digits(text, i + 4, 2) >= 0 && digits(text, i + 4, 2) <= 59;
  }

  private static boolean oneOf(String text, String[] choices) {
    if (text == null || text.length() > 1024) {
      return false;
    }
    int s = skip(text);
    int len = end(text) - s;
    for (String c : choices) {
      if (c.length() == len && text.regionMatches(true, s, c, 0, len)) {
        return true;
      }
    }
    return false;
  }

  private static boolean code(String text) {
    if (blank(text) || text.length() > 1024) {
      return false;
    }
    int s = skip(text);
    int n = end(text);
    if (n - s > 48 || text.charAt(s) < 'A' || text.charAt(s) > 'Z') {
      return false;
    }
    for (int i = s + 1; i < n; i++) {
      char c = text.charAt(i);
      if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
        return false;
      }
    }
    return true;
  }

  private static boolean kbli(String text) {
    if (text.length() > 1024) {
      return false;
    }
    return KbliCode.read(text).isPresent();
  }

  /** Reads a rupiah amount as {@code Rupiah.parse} does, without exceptions. */
  private static boolean amount(String text) {
    if (text.length() > 1024) {
      return false;
    }
    int i = skip(text);
    int n = end(text);
    if (text.regionMatches(true, i, "Rp.", 0, 3)) {
      i += 3;
    } else if (text.regionMatches(true, i, "Rp", 0, 2)) {
      i += 2;
    } else if (text.regionMatches(true, i, "IDR", 0, 3)) {
      i += 3;
    }
    while (i < n && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    if (i == n) {
      return false;
    }
    int first = i;
    boolean sawDot = false;
    int sinceDot = 0;
    int digits = 0;
    for (; i < n; i++) {
      char ch = text.charAt(i);
      if (ch == '.') {
        if (i == first || (sawDot ? sinceDot != 3 : sinceDot > 3)) {
          return false;
        }
        sawDot = true;
        sinceDot = 0;
      } else if (ch >= '0' && ch <= '9') {
        sinceDot++;
        digits++;
      } else {
        return false;
      }
    }
    return (!sawDot || sinceDot == 3) && digits <= 18;
  }

  private static boolean score(String text) {
    if (text.length() > 1024) {
      return false;
    }
    int s = skip(text);
    int n = end(text);
    int digits = 0;
    int points = 0;
    for (int i = s; i < n; i++) {
      char ch = text.charAt(i);
      if (ch >= '0' && ch <= '9') {
        digits++;
      } else if (ch == '.') {
        points++;
      } else {
        return false;
      }
    }
    return digits >= 1 && digits <= 18 && points <= 1;
  }

  /** A set of non-negative longs: open addressing, linear probing, -1 for empty. */
  static final class LongSet {
    private long[] slots;
    private int size;

    LongSet(int expected) {
      int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
      slots = new long[capacity];
      java.util.Arrays.fill(slots, -1L);
    }

    /** Adds {@code v}; returns false if it was there. */
    boolean add(long v) {
      int mask = slots.length - 1;
      int i = (int) mix(v) & mask;
      while (slots[i] != -1L) {
        if (slots[i] == v) {
          return false;
        }
        i = (i + 1) & mask;
      }
      slots[i] = v;
      if (++size * 2 > slots.length) {
        grow();
      }
      return true;
    }

    private void grow() {
      long[] old = slots;
      slots = new long[old.length * 2];
      java.util.Arrays.fill(slots, -1L);
      size = 0;
      for (long v : old) {
        if (v != -1L) {
          add(v);
        }
      }
    }

    private static long mix(long v) {
      long h = v * 0x9E3779B97F4A7C15L;
      return h ^ (h >>> 32);
    }
  }

  private static boolean servesResident(ImmutableSet<RegionCode> regions, RegionCode domicile) {
    if (regions.isEmpty()) {
      return true;
    }
    for (RegionCode r : regions) {
      if (domicile.isWithin(r)) {
        return true;
      }
    }
    return false;
  }
}
