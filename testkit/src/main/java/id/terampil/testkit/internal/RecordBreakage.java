package id.terampil.testkit.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import id.terampil.core.applicant.DocumentKind;
import id.terampil.core.identity.Nik;
import id.terampil.core.identity.Sex;
import id.terampil.core.region.RegionCode;
import id.terampil.core.region.RegionLevel;
import id.terampil.testkit.BrokenRecord;
import id.terampil.validation.DocumentEntry;
import id.terampil.validation.EnrollmentRecord;
import id.terampil.validation.code.FindingCode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The ways to break a valid enrollment record so that the record validator reports exactly one
 * error, with that error's code. Each way changes one field (or adds one list entry) and keeps
 * the cross-checks quiet: a declared birth date moved out of range moves the NIK's date digits
 * with it, and a field made unreadable turns its cross-check off, as the validator does.
 */
enum RecordBreakage {
  NIK_LENGTH(FindingCode.NIK_LENGTH) {
    @Override
    String apply(RecordFields f, Random r, Context c) {
      String nik = text(f.nik);
      if (r.nextBoolean()) {
        f.nik = nik.substring(0, 15);
        return "NIK of 15 digits";
      }
      f.nik = nik + r.nextInt(10);
      return "NIK of 17 digits";
    }
  },
  NIK_NOT_DIGITS(FindingCode.NIK_NOT_DIGITS) {
    @Override
    String apply(RecordFields f, Random r, Context c) {
      int position = r.nextInt(16);
      char ch = pickChar(r, "OIx-");
      f.nik = replace(text(f.nik), position, String.valueOf(ch));
      return "NIK with '" + ch + "' at position " + (position + 1);
    }
  },
  NIK_PROVINCE_UNKNOWN(FindingCode.NIK_PROVINCE_UNKNOWN) {
    @Override
    String apply(RecordFields f, Random r, Context c) {
      return nikDigits(f, 0, "NIK province ", pick(r, "00", "10", "99"));
    }
  },
  NIK_REGENCY_ZERO(FindingCode.NIK_REGENCY_ZERO) {
    @Override
    String apply(RecordFields f, Random r, Context c) {
      return nikDigits(f, 2, "NIK regency ", "00");
    }
  },
  NIK_DISTRICT_ZERO(FindingCode.NIK_DISTRICT_ZERO) {
    @Override
    String apply(RecordFields f, Random r, Context c) {
      return nikDigits(f, 4, "NIK district ", "00");
    }
  },
  NIK_BIRTH_DAY(FindingCode.NIK_BIRTH_DAY) {
    @Override
    String apply(RecordFields f, Random r, Context c) {
      return nikDigits(f, 6, "NIK day of birth ", pick(r, "00", "32", "40", "72", "99"));
    }
  },
  NIK_BIRTH_MONTH(FindingCode.NIK_BIRTH_MONTH) {
    @Override
    String apply(RecordFields f, Random r, Context c) {
      return nikDigits(f, 8, "NIK month of birth ", pick(r, "00", "13", "99"));
    }
  },
  NIK_BIRTH_DATE(FindingCode.NIK_BIRTH_DATE) {
    @Override
    String apply(RecordFields f, Random r, Context c) {
      String nik = text(f.nik);
      boolean woman = Integer.parseInt(nik.substring(6, 8)) > Nik.FEMALE_DAY_OFFSET;
      String dayMonth = pick(r, "3104", "3106", "3109", "3111", "3002");
      int day = Integer.parseInt(dayMonth.substring(0, 2)) + (woman ? Nik.FEMALE_DAY_OFFSET : 0);
      f.nik = replace(nik, 6, day + dayMonth.substring(2));
      return "NIK date of birth " + dayMonth.substring(0, 2) + "-" + dayMonth.substring(2);
    }
  },
  NIK_SERIAL_ZERO(FindingCode.NIK_SERIAL_ZERO) {
    @Override
    String apply(RecordFields f, Random r, Context c) {
      return nikDigits(f, 12, "NIK serial ", "0000");
    }
  },
  NIK_BIRTH_DATE_MISMATCH(FindingCode.NIK_BIRTH_DATE_MISMATCH) {
    @Override
    String apply(RecordFields f, Random r, Context c) {
      LocalDate declared = LocalDate.parse(text(f.birthDate));
      long step = r.nextBoolean() ? 1 : -1;
      LocalDate moved = declared.plusDays(step);
      if (!c.ageInRange(moved)) {
        moved = declared.minusDays(step);
      }
      f.birthDate = moved.toString();
      return "declared birth date one day off the NIK";
    }
  },
  NIK_SEX_MISMATCH(FindingCode.NIK_SEX_MISMATCH) {
    @Override
    String apply(RecordFields f, Random r, Context c) {
      f.sex = Sex.read(text(f.sex)).orElseThrow() == Sex.MALE ? "P" : "L";
      return "declared sex " + f.sex + " against the NIK";
    }
  },
  NAME_DIGIT(FindingCode.NAME_DIGIT) {
    @Override
    String apply(RecordFields f, Random r, Context c) {
      f.name = insert(text(f.name), r, String.valueOf(r.nextInt(10)));
      return "digit in the name";
    }
  },
  NAME_SYMBOL(FindingCode.NAME_SYMBOL) {
    @Override
    String apply(RecordFields f, Random r, Context c) {
      String symbol = pick(r, "@", "#", "!", "?", "&", "*", "_");
      f.name = insert(text(f.name), r, symbol);
      return "symbol " + symbol + " in the name";
    }
  },
  NAME_BIDI_CONTROL(FindingCode.NAME_BIDI_CONTROL) {
    @Override
    String apply(RecordFields f, Random r, Context c) {
      String bidi = pick(r, "\u202E", "\u202D", "\u2066", "\u200F");
      f.name = insert(text(f.name), r, bidi);
      return "bidirectional control U+" + String.format("%04X", (int) bidi.charAt(0)) + " in the name";
    }
  },
  NAME_CONTROL_CHARACTER(FindingCode.NAME_CONTROL_CHARACTER) {
    @Override
    String apply(RecordFields f, Random r, Context c) {
      String control = pick(r, "\u0000", "\u0007", "\u001B", "\u001F", "\u007F", "\u00AD");
      f.name = insert(text(f.name), r, control);
      return "control character U+" + String.format("%04X", (int) control.charAt(0)) + " in the name";
    }
  },
  NAME_UNPAIRED_SURROGATE(FindingCode.NAME_UNPAIRED_SURROGATE) {
    @Override
    String apply(RecordFields f, Random r, Context c) {
      f.name = insert(text(f.name), r, pick(r, "\uD83D", "\uDC00"));
      return "unpaired surrogate in the name";
    }
  },
  NAME_BLANK(FindingCode.NAME_BLANK) {
    @Override
    String apply(RecordFields f, Random r, Context c) {
      // Empty, spaces, or no-break spaces (not Java whitespace): the name is given, but blank.
      f.name = pick(r, "", "   ", "\u00A0", "\u2007\u2007", " \u202F ");
      return "blank name";
    }
  },
  NAME_NO_LETTER(FindingCode.NAME_NO_LETTER) {
    @Override
    String apply(RecordFields f, Random r, Context c) {
      f.name = pick(r, "...", "-", "' -", ". .");
      return "name without a letter";
    }
  },
  NAME_TOO_LONG(FindingCode.NAME_TOO_LONG) {
    @Override
    String apply(RecordFields f, Random r, Context c) {
      String name = text(f.name);
      StringBuilder sb = new StringBuilder(name);
      while (sb.length() <= 100) {
        sb.append(' ').append(name);
      }
      f.name = sb.toString();
      return "name of " + sb.length() + " characters";
    }
  },
  FIELD_TOO_LONG(FindingCode.FIELD_TOO_LONG) {
    @Override
    String apply(RecordFields f, Random r, Context c) {
      f.name = "A".repeat(1025 + r.nextInt(100));
      return "name longer than 1024 characters";
    }
  },
  SEX_INVALID(FindingCode.SEX_INVALID) {
    @Override
    String apply(RecordFields f, Random r, Context c) {
      return field(v -> f.sex = v, "sex code ", pick(r, "X", "M", "F", "W", "2", "LK", "Perempuan?"));
    }
  },
  BIRTH_DATE_INVALID(FindingCode.BIRTH_DATE_INVALID) {
    @Override
    String apply(RecordFields f, Random r, Context c) {
      LocalDate date = LocalDate.parse(text(f.birthDate));
      switch (r.nextInt(4)) {
        case 0:
          // Day first is read (as the KTP prints it) with '-' or '/', not with '.'.
          f.birthDate = date.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
          break;
        case 1:
          f.birthDate = date.format(DateTimeFormatter.ofPattern("yyyy/MM/dd"));
          break;
        case 2:
          f.birthDate = date.format(DateTimeFormatter.BASIC_ISO_DATE);
          break;
        default:
          f.birthDate = date.getYear() + "-02-30";
          break;
      }
      return "birth date text " + f.birthDate;
    }
  },
  BIRTH_DATE_AFTER_REFERENCE(FindingCode.BIRTH_DATE_AFTER_REFERENCE) {
    @Override
    String apply(RecordFields f, Random r, Context c) {
      redate(f, c.referenceDate.plusDays(1 + r.nextInt(365)));
      return "birth date after the reference date";
    }
  },
  BIRTH_DATE_IMPLAUSIBLE(FindingCode.BIRTH_DATE_IMPLAUSIBLE) {
    @Override
    String apply(RecordFields f, Random r, Context c) {
      LocalDate date = LocalDate.parse(text(f.birthDate));
      redate(
          f,
          LocalDate.of(
              c.referenceDate.getYear() - 152 - r.nextInt(50),
              date.getMonthValue(),
              Math.min(date.getDayOfMonth(), 28)));
      return "birth date more than 150 years before the reference date";
    }
  },
  AGE_OUTSIDE_RANGE(FindingCode.AGE_OUTSIDE_RANGE) {
    @Override
    boolean applies(Context c) {
      // Only an age the program states: a batch leaves age to the admission, which has none else.
      return c.ageRule && (c.minAge >= 1 || c.maxAge < 149);
    }

    @Override
    String apply(RecordFields f, Random r, Context c) {
      boolean young = c.minAge >= 1 && (c.maxAge >= 149 || r.nextBoolean());
      if (young) {
        redate(f, c.referenceDate.minusYears(c.minAge).plusDays(1));
        return "one day short of age " + c.minAge;
      }
      redate(f, c.referenceDate.minusYears(c.maxAge + 1L));
      return "turning " + (c.maxAge + 1) + " on the reference date";
    }

    @Override
    FindingCode batchCode(RecordFields f, Context c) {
      // In a batch the record checks check shape only: the cohort's admission judges the age.
      LocalDate born = LocalDate.parse(text(f.birthDate));
      return born.isAfter(c.referenceDate.minusYears(c.minAge))
          ? FindingCode.NOT_ELIGIBLE_AGE_BELOW_MIN
          : FindingCode.NOT_ELIGIBLE_AGE_ABOVE_MAX;
    }
  },
  REGION_CODE_INVALID(FindingCode.REGION_CODE_INVALID) {
    @Override
    String apply(RecordFields f, Random r, Context c) {
      String code = text(f.domicileCode);
      int position;
      do {
        position = r.nextInt(code.length());
      } while (!Character.isDigit(code.charAt(position)));
      f.domicileCode = replace(code, position, "X");
      return "domicile code " + f.domicileCode;
    }
  },
  REGION_CODE_LEVEL(FindingCode.REGION_CODE_LEVEL) {
    @Override
    String apply(RecordFields f, Random r, Context c) {
      RegionLevel level = pick(r, RegionLevel.PROVINCE, RegionLevel.REGENCY, RegionLevel.DISTRICT);
      f.domicileCode = RegionCode.parse(text(f.domicileCode)).truncateTo(level).toString();
      return "domicile at " + level + " level";
    }
  },
  PROGRAM_ID_INVALID(FindingCode.PROGRAM_ID_INVALID) {
    @Override
    String apply(RecordFields f, Random r, Context c) {
      f.programId = badId(text(f.programId), r);
      return "program id " + f.programId;
    }
  },
  COHORT_ID_INVALID(FindingCode.COHORT_ID_INVALID) {
    @Override
    String apply(RecordFields f, Random r, Context c) {
      f.cohortId = badId(text(f.cohortId), r);
      return "cohort id " + f.cohortId;
    }
  },
  FIELD_REQUIRED(FindingCode.FIELD_REQUIRED) {
    @Override
    String apply(RecordFields f, Random r, Context c) {
      @Nullable String empty = r.nextInt(3) == 0 ? null : pick(r, "", "   ");
      switch (r.nextInt(8)) {
        case 0:
          f.nik = empty;
          return "NIK missing";
        case 1:
          // a name given but empty or whitespace is NAME_BLANK, so the name is left out
          f.name = null;
          return "name missing";
        case 2:
          f.sex = empty;
          return "sex missing";
        case 3:
          f.birthDate = empty;
          return "birth date missing";
        case 4:
          f.domicileCode = empty;
          return "domicile missing";
        case 5:
          f.cohortId = empty;
          return "cohort id missing";
        case 6:
          f.targetGroups.add("");
          return "empty target group entry";
        default:
          f.documents.add(DocumentEntry.of(null, c.referenceDate.toString()));
          return "document without a kind";
      }
    }
  },
  TARGET_GROUP_UNKNOWN(FindingCode.TARGET_GROUP_UNKNOWN) {
    @Override
    String apply(RecordFields f, Random r, Context c) {
      String code = pick(r, "NOT_A_TARGET_GROUP", "IBU_RUMAH_TANGGA", "housewife", "Pencari kerja");
      f.targetGroups.add(code);
      return "unknown target group " + code;
    }
  },
  DOCUMENT_KIND_INVALID(FindingCode.DOCUMENT_KIND_INVALID) {
    @Override
    String apply(RecordFields f, Random r, Context c) {
      String kind = pick(r, "ak-1", "Ktp", "1KTP", "AK 1");
      f.documents.add(DocumentEntry.of(kind, c.referenceDate.toString()));
      return "document kind " + kind;
    }
  },
  DOCUMENT_DATE_INVALID(FindingCode.DOCUMENT_DATE_INVALID) {
    @Override
    String apply(RecordFields f, Random r, Context c) {
      String date = pick(r, "01.02.2020", "2020/02/01", "2021-02-29", "kemarin");
      f.documents.add(DocumentEntry.of(unusedKind(f), date));
      return "document issue date " + date;
    }
  },
  DOCUMENT_DATE_AFTER_REFERENCE(FindingCode.DOCUMENT_DATE_AFTER_REFERENCE) {
    @Override
    String apply(RecordFields f, Random r, Context c) {
      f.documents.add(
          DocumentEntry.of(unusedKind(f), c.referenceDate.plusDays(1 + r.nextInt(30)).toString()));
      return "document issued after the reference date";
    }
  },
  DOCUMENT_MISSING(FindingCode.DOCUMENT_MISSING) {
    @Override
    boolean applies(Context c) {
      return !c.requiredDocuments.isEmpty();
    }

    @Override
    String apply(RecordFields f, Random r, Context c) {
      String kind = c.requiredDocuments.asList().get(r.nextInt(c.requiredDocuments.size()));
      f.documents.removeIf(d -> kind.equals(d.kind()));
      return "required document " + kind + " not listed";
    }

    @Override
    FindingCode batchCode(RecordFields f, Context c) {
      // In a batch the cohort's admission judges the documents.
      return FindingCode.NOT_ELIGIBLE_DOCUMENTS;
    }
  },
  KBLI_INVALID(FindingCode.KBLI_INVALID) {
    @Override
    String apply(RecordFields f, Random r, Context c) {
      if (f.businessCapital == null && f.businessAnnualSales == null) {
        // A KBLI code declares a business, which needs an amount: give it one, so that the code
        // is the only fact broken (else a batch also finds the amount missing).
        f.businessAnnualSales = "250000000";
      }
      return field(
          v -> f.businessKbli = v, "KBLI code ", pick(r, "1071", "107100", "10710@2019", "ABCDE", "10.710"));
    }
  },
  AMOUNT_INVALID(FindingCode.AMOUNT_INVALID) {
    @Override
    String apply(RecordFields f, Random r, Context c) {
      String amount = pick(r, "-5000", "Rp 1.500.000,50", "satu juta", "1.50.000");
      if (r.nextBoolean()) {
        f.businessCapital = amount;
      } else {
        f.businessAnnualSales = amount;
      }
      if (f.businessKbli == null) {
        // An amount declares a business, which needs its KBLI code: give it one, so that the
        // amount is the only fact broken (else a batch also finds the code missing).
        f.businessKbli = "10710";
        return "amount " + amount + " of a bakery";
      }
      return "amount " + amount;
    }
  },
  BUSINESS_START_DATE_INVALID(FindingCode.BUSINESS_START_DATE_INVALID) {
    @Override
    String apply(RecordFields f, Random r, Context c) {
      if (f.businessKbli == null) {
        // A start date declares a business, which needs its KBLI code and an amount: give them,
        // so that the date is the only fact broken.
        f.businessKbli = "10710";
        f.businessAnnualSales = "250000000";
      }
      return field(
          v -> f.businessStartDate = v,
          "business start date ",
          pick(r, "2023-02-30", "31/04/2022", "Mei 2021", "2021-5-1"));
    }
  },
  REGISTRATION_TIME_INVALID(FindingCode.REGISTRATION_TIME_INVALID) {
    @Override
    String apply(RecordFields f, Random r, Context c) {
      return field(
          v -> f.registeredAt = v,
          "registration time ",
          pick(r, "01/07/2024 09:30", "2024-07-01 09:30", "kemarin", "2024-13-01T09:00"));
    }
  },
  EDUCATION_INVALID(FindingCode.EDUCATION_INVALID) {
    @Override
    String apply(RecordFields f, Random r, Context c) {
      return field(
          v -> f.education = v, "education ", pick(r, "SMA SEDERAJAT", "S4", "SMA-SMK", "-", "${1+1}"));
    }
  },
  EMPLOYMENT_INVALID(FindingCode.EMPLOYMENT_INVALID) {
    @Override
    String apply(RecordFields f, Random r, Context c) {
      // Never letters alone: those are an occupation with no status (OTHER and a warning).
      return field(
          v -> f.employment = v,
          "employment ",
          pick(r, "UN_EMPLOYED", "GURU 2", "KARYAWAN_SWASTA", "-", "#{1+1}", "${1+1}"));
    }
  },
  SCORE_INVALID(FindingCode.SCORE_INVALID) {
    @Override
    String apply(RecordFields f, Random r, Context c) {
      return field(v -> f.score = v, "score ", pick(r, "-1", "87,5", "1.2.3", "A", "1234567890123456789"));
    }
  };

  private final FindingCode code;

  RecordBreakage(FindingCode code) {
    this.code = code;
  }

  /** Whether this breakage applies under the validator's configuration. */
  boolean applies(Context c) {
    return true;
  }

  /** Breaks {@code f} and returns a description. */
  abstract String apply(RecordFields f, Random r, Context c);

  /**
   * The code a batch validator reports for the broken fields {@code f}: the same as the record
   * validator's, except for the facts a batch leaves to the cohort's admission.
   */
  FindingCode batchCode(RecordFields f, Context c) {
    return code;
  }

  /** Breaks {@code record} one way, choosing details with {@code seed}. */
  BrokenRecord breakRecord(EnrollmentRecord record, long seed, Context c) {
    RecordFields f = RecordFields.of(record);
    String description = apply(f, new Random(seed), c);
    return BrokenRecord.of(f.build(), record, code, batchCode(f, c), description);
  }

  /** The breakages that apply under {@code c}. */
  static ImmutableList<RecordBreakage> applicable(Context c) {
    ImmutableList.Builder<RecordBreakage> out = ImmutableList.builder();
    for (RecordBreakage b : values()) {
      if (b.applies(c)) {
        out.add(b);
      }
    }
    return out.build();
  }

  /** What the breakages need to know of the validator. */
  static final class Context {
    final LocalDate referenceDate;
    /** Whether the program's policy states an age range (else the range is the default). */
    final boolean ageRule;
    final int minAge;
    final int maxAge;
    final ImmutableSet<String> requiredDocuments;

    Context(
        LocalDate referenceDate,
        boolean ageRule,
        int minAge,
        int maxAge,
        ImmutableSet<String> requiredDocuments) {
      this.referenceDate = referenceDate;
      this.ageRule = ageRule;
      this.minAge = minAge;
      this.maxAge = maxAge;
      this.requiredDocuments = requiredDocuments;
    }

    boolean ageInRange(LocalDate birthDate) {
      long age = ChronoUnit.YEARS.between(birthDate, referenceDate);
      return !birthDate.isAfter(referenceDate) && age >= minAge && age <= maxAge;
    }
  }

  private static String text(@Nullable String value) {
    if (value == null) {
      throw new IllegalStateException("a valid record has every field this breakage changes");
    }
    return value;
  }

  @SafeVarargs
  private static <T> T pick(Random r, T... choices) {
    return choices[r.nextInt(choices.length)];
  }

  private static char pickChar(Random r, String chars) {
    return chars.charAt(r.nextInt(chars.length()));
  }

  /**
   * Overwrites the NIK's digits from {@code at} with {@code digits} and returns the description
   * {@code label + digits}.
   */
  private static String nikDigits(RecordFields f, int at, String label, String digits) {
    f.nik = replace(text(f.nik), at, digits);
    return label + digits;
  }

  /** Sets one field to {@code bad} and returns the description {@code label + bad}. */
  private static String field(Consumer<String> setter, String label, String bad) {
    setter.accept(bad);
    return label + bad;
  }

  private static String replace(String text, int at, String with) {
    return text.substring(0, at) + with + text.substring(at + with.length());
  }

  /** Inserts {@code what} at a code-point boundary strictly inside {@code name}. */
  private static String insert(String name, Random r, String what) {
    List<Integer> boundaries = new ArrayList<>();
    for (int i = 1; i < name.length(); i++) {
      if (!Character.isLowSurrogate(name.charAt(i)) && name.charAt(i) != ' ' && name.charAt(i - 1) != ' ') {
        boundaries.add(i);
      }
    }
    int at = boundaries.isEmpty() ? name.length() : boundaries.get(r.nextInt(boundaries.size()));
    return name.substring(0, at) + what + name.substring(at);
  }

  /** Declares {@code date} as birth date and moves the NIK's date digits to it. */
  private static void redate(RecordFields f, LocalDate date) {
    Nik nik = Nik.parse(text(f.nik));
    // The NIK keeps two year digits: any year 1900-2099 with the same last two digits will do.
    LocalDate inNik = date.withYear(1900 + Math.floorMod(date.getYear(), 100));
    if (date.getMonthValue() == 2 && date.getDayOfMonth() == 29 && !inNik.isLeapYear()) {
      inNik = LocalDate.of(2000 + Math.floorMod(date.getYear(), 100), 2, 29);
    }
    f.nik = Nik.of(nik.region(), inNik, nik.sex(), nik.serial()).toString();
    f.birthDate = date.toString();
  }

  private static String badId(String id, Random r) {
    switch (r.nextInt(3)) {
      case 0:
        return "-" + id;
      case 1:
        return id.substring(0, Math.max(1, id.length() / 2)) + " " + id.substring(Math.max(1, id.length() / 2));
      default:
        return id + "#";
    }
  }

  private static String unusedKind(RecordFields f) {
    for (DocumentKind kind : DocumentKind.values()) {
      if (f.documents.stream().noneMatch(d -> kind.name().equals(d.kind()))) {
        return kind.name();
      }
    }
    return "OTHER_DOCUMENT";
  }
}
