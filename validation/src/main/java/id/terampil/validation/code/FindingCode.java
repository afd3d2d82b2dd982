package id.terampil.validation.code;

import static com.google.common.base.Preconditions.checkNotNull;

import id.terampil.core.eligibility.EligibilityReason;
import id.terampil.core.identity.NameProblem;
import id.terampil.core.identity.NikProblem;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The stable machine code of a {@link id.terampil.validation.Finding} (kode temuan), with its default {@link Severity}.
 *
 * <p>The {@link #code() code} is the constant's name and never changes once released: systems
 * may store it and switch on it. New codes may be added in later versions. Each code has a
 * message in English and Indonesian in {@code ContributorValidationMessages*.properties}, under
 * {@link #messageKey()}; messages name their parameters as {@code {name}}.
 *
 * <p>The codes from {@link #DUPLICATE_NIK} on are reported by the {@link id.terampil.validation.BatchValidator} only.
 * Each {@link EligibilityReason} of a cohort's admission has exactly one code, the {@code
 * NOT_ELIGIBLE_*} constant that names it ({@link #ofReason(EligibilityReason)}): one finding per
 * unmet rule.
 *
 * @since 0.1.0
 */
public enum FindingCode {
  /** A required field is absent, empty or only whitespace; a name given but blank is {@link #NAME_BLANK}. */
  FIELD_REQUIRED(Severity.ERROR),
  /** A field is longer than any valid value could be; it is not examined further. */
  FIELD_TOO_LONG(Severity.ERROR),

  /** The NIK, without surrounding whitespace, is not 16 characters long. */
  NIK_LENGTH(Severity.ERROR),
  /** The NIK holds a character other than the ASCII digits 0-9. */
  NIK_NOT_DIGITS(Severity.ERROR),
  /** The NIK's first two digits are not a current province code. */
  NIK_PROVINCE_UNKNOWN(Severity.ERROR),
  /** The NIK's regency part is 00. */
  NIK_REGENCY_ZERO(Severity.ERROR),
  /** The NIK's district part is 00. */
  NIK_DISTRICT_ZERO(Severity.ERROR),
  /** The NIK's day of birth is not 01-31 or 41-71. */
  NIK_BIRTH_DAY(Severity.ERROR),
  /** The NIK's month of birth is not 01-12. */
  NIK_BIRTH_MONTH(Severity.ERROR),
  /** The NIK's day and month of birth do not form a date (31 April, 29 February of 2001). */
  NIK_BIRTH_DATE(Severity.ERROR),
  /** The NIK's serial is 0000. */
  NIK_SERIAL_ZERO(Severity.ERROR),
  /** The declared birth date does not agree with the NIK's DDMMYY digits. */
  NIK_BIRTH_DATE_MISMATCH(Severity.ERROR),
  /** The declared sex does not agree with the NIK (a woman's day of birth is
   * increased by {@value id.terampil.core.identity.Nik#FEMALE_DAY_OFFSET}). */
  NIK_SEX_MISMATCH(Severity.ERROR),
  /**
   * The declared domicile lies outside the NIK's district of first registration. A warning: the
   * NIK prefix never changes when a person moves.
   */
  NIK_REGION_MISMATCH(Severity.WARNING),
  /** The NIK's regency or district prefix is not in the caller's region directory. */
  NIK_REGION_UNKNOWN(Severity.WARNING),
  /** The NIK's regency or district prefix has been retired (e.g. Kota Sorong 92.71, now 96.71). */
  NIK_REGION_RETIRED(Severity.WARNING),

  /**
   * The name is given but empty or only whitespace (also no-break spaces); an absent required
   * name is {@link #FIELD_REQUIRED}.
   */
  NAME_BLANK(Severity.ERROR),
  /** The name holds no letter. */
  NAME_NO_LETTER(Severity.ERROR),
  /** The name holds a digit. */
  NAME_DIGIT(Severity.ERROR),
  /** The name holds a control or invisible formatting character. */
  NAME_CONTROL_CHARACTER(Severity.ERROR),
  /** The name holds a bidirectional override, embedding, isolate or mark. */
  NAME_BIDI_CONTROL(Severity.ERROR),
  /** The name holds half of a surrogate pair. */
  NAME_UNPAIRED_SURROGATE(Severity.ERROR),
  /** The name holds a symbol other than apostrophe, hyphen and dot. */
  NAME_SYMBOL(Severity.ERROR),
  /** The name is longer than 100 characters after normalisation. */
  NAME_TOO_LONG(Severity.ERROR),

  /** The sex is not {@code L} (laki-laki) or {@code P} (perempuan). */
  SEX_INVALID(Severity.ERROR),

  /** The birth date is not a date ({@code yyyy-MM-dd}, or day first {@code dd-MM-yyyy}). */
  BIRTH_DATE_INVALID(Severity.ERROR),
  /** The birth date is after the reference date. */
  BIRTH_DATE_AFTER_REFERENCE(Severity.ERROR),
  /** The birth date is more than 150 years before the reference date (e.g. year 0). */
  BIRTH_DATE_IMPLAUSIBLE(Severity.ERROR),
  /**
   * The age at the reference date is outside the record validator's range (by default the
   * productive age, {@link id.terampil.core.eligibility.EligibilityRule#PRODUCTIVE_AGE_MIN}). Never in a batch: there the cohort's admission judges age ({@code
   * NOT_ELIGIBLE_AGE_*}).
   */
  AGE_OUTSIDE_RANGE(Severity.ERROR),

  /** The region code is not a well-formed Kemendagri code. */
  REGION_CODE_INVALID(Severity.ERROR),
  /** The region code is well formed but at another level than required. */
  REGION_CODE_LEVEL(Severity.ERROR),
  /** The region code is not in the caller's region directory. */
  REGION_CODE_UNKNOWN(Severity.WARNING),
  /** The region code has been retired. */
  REGION_CODE_RETIRED(Severity.WARNING),

  /** The education is not an {@code EducationLevel} name or a common form of one. */
  EDUCATION_INVALID(Severity.ERROR),
  /**
   * The employment is neither an {@code EmploymentStatus} name, nor an occupation of the KTP and
   * KK that names one ({@code WIRASWASTA}), nor one that names none ({@link
   * #OCCUPATION_NOT_MAPPED}): digits, symbols or other text ({@code ${1+1}}).
   */
  EMPLOYMENT_INVALID(Severity.ERROR),
  /**
   * The employment is an occupation (pekerjaan) that names no one employment status, such as
   * {@code GURU} or {@code SOPIR}: ASCII letters, spaces and {@code / . , - ( ) '}, at least two
   * letters, at most 64 characters. The applicant is converted with {@code
   * EmploymentStatus.OTHER} and keeps the occupation ({@code Applicant.occupation()}); parameter
   * {@code occupation}, the occupation as written (echoed safely). Other text is {@link
   * #EMPLOYMENT_INVALID}.
   *
   * @since 0.1.0
   */
  OCCUPATION_NOT_MAPPED(Severity.WARNING),
  /** The participant role is not a {@code ParticipantRole} name (absent means citizen applicant). */
  ROLE_INVALID(Severity.ERROR),

  /** The program id is not a well-formed identifier. */
  PROGRAM_ID_INVALID(Severity.ERROR),
  /** The cohort id is not a well-formed identifier. */
  COHORT_ID_INVALID(Severity.ERROR),
  /** A target group is not one the validator knows. */
  TARGET_GROUP_UNKNOWN(Severity.ERROR),
  /** A target group is listed twice. */
  TARGET_GROUP_DUPLICATE(Severity.WARNING),

  /** A document's kind is absent or not a code (upper-case letters, digits and '_'). */
  DOCUMENT_KIND_INVALID(Severity.ERROR),
  /** A document's issue date is not a date ({@code yyyy-MM-dd} or {@code dd-MM-yyyy}). */
  DOCUMENT_DATE_INVALID(Severity.ERROR),
  /** A document's issue date is after the reference date. */
  DOCUMENT_DATE_AFTER_REFERENCE(Severity.ERROR),
  /**
   * A document the record validator requires is not listed. Never in a batch: there the cohort's
   * admission judges documents ({@link #NOT_ELIGIBLE_DOCUMENTS}).
   */
  DOCUMENT_MISSING(Severity.ERROR),
  /**
   * A document kind is listed twice, under one code or two codes of one kind (e.g. {@code AK1}
   * and {@code AKI}); the parameter {@code kind} names the kind.
   */
  DOCUMENT_DUPLICATE(Severity.WARNING),

  /** The business's KBLI code is not five digits (optionally {@code @year}). */
  KBLI_INVALID(Severity.ERROR),
  /** An SKKNI unit code matches none of the four formats in use (see {@code SkkniUnitCode}). */
  SKKNI_INVALID(Severity.ERROR),
  /** A rupiah amount (business capital or sales) is not a whole, non-negative amount. */
  AMOUNT_INVALID(Severity.ERROR),
  /** The business's start date is not a date (ISO, or day first as the KTP writes dates). */
  BUSINESS_START_DATE_INVALID(Severity.ERROR),
  /** The registration time is not an ISO-8601 local or offset date-time. */
  REGISTRATION_TIME_INVALID(Severity.ERROR),
  /** The score is not a non-negative decimal number. */
  SCORE_INVALID(Severity.ERROR),

  /**
   * A value an {@code Applicant} or {@code Application} needs is absent (e.g. the registration
   * time, the education, or a document's issue date), so the record cannot be converted. Always
   * an error.
   */
  REQUIRED_FOR_APPLICATION(Severity.ERROR),
  /** The record's values passed every rule but could not be converted. Always an error. */
  CONVERSION_FAILED(Severity.ERROR),
  /** The batch holds {@code null} instead of a record. Always an error. */
  RECORD_NULL(Severity.ERROR),

  /** The same NIK appears again in the same cohort; points at the first record with it. */
  DUPLICATE_NIK(Severity.ERROR),
  /** One NIK is enrolled in different cohorts whose periods overlap. */
  OVERLAPPING_COHORTS(Severity.ERROR),
  /**
   * On an {@linkplain id.terampil.validation.RosterKind#ENROLLMENTS enrollment roster}, a cohort receives more acceptable
   * records than it has seats; the excess records, in order. Never on an application roster.
   */
  COHORT_SEATS_EXCEEDED(Severity.ERROR),
  /** The cohort id is not a cohort of the program. */
  COHORT_UNKNOWN(Severity.ERROR),
  /** The program id is not the id of the program the batch is validated against. */
  PROGRAM_MISMATCH(Severity.ERROR),
  /** The age at the reference date is below the cohort's minimum age. */
  NOT_ELIGIBLE_AGE_BELOW_MIN(Severity.ERROR, EligibilityReason.AGE_BELOW_MIN, "birthDate"),
  /** The age at the reference date is above the cohort's maximum age. */
  NOT_ELIGIBLE_AGE_ABOVE_MAX(Severity.ERROR, EligibilityReason.AGE_ABOVE_MAX, "birthDate"),
  /**
   * The domicile lies outside the regions the cohort serves (its own, or its program's): the one
   * finding for residence.
   */
  NOT_ELIGIBLE_RESIDENCE(Severity.ERROR, EligibilityReason.RESIDENCE_OUTSIDE_REGIONS, "domicileCode"),
  /** The applicant is in none of the groups of one of the cohort's required group conditions. */
  NOT_ELIGIBLE_TARGET_GROUP(Severity.ERROR, EligibilityReason.TARGET_GROUP_MISSING, "targetGroups"),
  /** A document the cohort's policy requires is missing (or not yet issued). */
  NOT_ELIGIBLE_DOCUMENTS(Severity.ERROR, EligibilityReason.DOCUMENT_MISSING, "documents"),
  /** A document the cohort's policy requires has expired at the reference date. */
  NOT_ELIGIBLE_DOCUMENT_EXPIRED(Severity.ERROR, EligibilityReason.DOCUMENT_EXPIRED, "documents"),
  /** The participation history shows an enrollment in another cohort whose period overlaps. */
  NOT_ELIGIBLE_OVERLAPPING_ENROLLMENT(
      Severity.ERROR, EligibilityReason.OVERLAPPING_ENROLLMENT, "cohortId"),
  /** The participation history shows recent training in a skill the cohort teaches. */
  NOT_ELIGIBLE_RECENT_SKILL(Severity.ERROR, EligibilityReason.RECENTLY_TRAINED_SAME_SKILL, "cohortId"),
  /** The record's role is not one the cohort admits (e.g. a citizen applicant in a cohort of managers). */
  NOT_ELIGIBLE_ROLE(Severity.ERROR, EligibilityReason.ROLE_NOT_ADMITTED, "role"),
  /** The applicant's sex is not the one the cohort admits (e.g. a women-only course). */
  NOT_ELIGIBLE_SEX(Severity.ERROR, EligibilityReason.SEX_NOT_ADMITTED, "sex"),
  /** The applicant's employment status is none of those the cohort admits. */
  NOT_ELIGIBLE_EMPLOYMENT(Severity.ERROR, EligibilityReason.EMPLOYMENT_NOT_ADMITTED, "employment"),
  /** The applicant's education is below the cohort's minimum. */
  NOT_ELIGIBLE_EDUCATION(Severity.ERROR, EligibilityReason.EDUCATION_BELOW_MIN, "education"),
  /** The applicant is a civil servant, soldier or police officer (ASN, TNI, Polri). */
  NOT_ELIGIBLE_CIVIL_SERVANT(
      Severity.ERROR, EligibilityReason.CIVIL_SERVANT_NOT_ADMITTED, "employment"),
  /** The cohort requires a business, but the record declares none. */
  NOT_ELIGIBLE_BUSINESS_MISSING(Severity.ERROR, EligibilityReason.BUSINESS_MISSING, "businessKbli"),
  /** The business's size class by PP 7/2021 is none of those the cohort admits. */
  NOT_ELIGIBLE_BUSINESS_SIZE(Severity.ERROR, EligibilityReason.BUSINESS_SIZE_NOT_ADMITTED, ""),
  /** The business's KBLI code starts with none of the prefixes the cohort admits. */
  NOT_ELIGIBLE_BUSINESS_KBLI(
      Severity.ERROR, EligibilityReason.BUSINESS_KBLI_NOT_ADMITTED, "businessKbli"),
  /**
   * The cohort requires a business of some age, but its start date is not known (an enrollment
   * record does not carry one: records of such a cohort always get this finding).
   */
  NOT_ELIGIBLE_BUSINESS_START_DATE(
      Severity.ERROR, EligibilityReason.BUSINESS_START_DATE_MISSING, ""),
  /** The business is younger at the reference date than the cohort's minimum, in months. */
  NOT_ELIGIBLE_BUSINESS_TOO_YOUNG(Severity.ERROR, EligibilityReason.BUSINESS_AGE_BELOW_MIN, ""),
  /** The business is older at the reference date than the cohort's maximum, in months. */
  NOT_ELIGIBLE_BUSINESS_TOO_OLD(Severity.ERROR, EligibilityReason.BUSINESS_AGE_ABOVE_MAX, ""),
  /**
   * The NIK appears in another cohort of the program that teaches a skill of this one, which the
   * cohort's same-skill rule ({@code EligibilityRule.notTrainedInSameSkillWithin}) counts as a
   * repeat: parameters {@code nik, cohort, otherCohort, otherIndex, skill, years}. A warning, and
   * only where the cohort has that rule; the batch builder's {@code severity} makes it an error.
   */
  REPEATED_SKILL_IN_PROGRAM(Severity.WARNING),
  /**
   * A custom rule of the cohort's policy is not met; its code is the parameter {@code reason}, its
   * labels {@code labelId} (Indonesian) and {@code labelEn} (English).
   */
  NOT_ELIGIBLE_OTHER(Severity.ERROR, EligibilityReason.CUSTOM, ""),
  /** A custom eligibility rule threw an exception, so eligibility could not be decided. */
  ELIGIBILITY_NOT_EVALUATED(Severity.ERROR);

  private static final String KEY_PREFIX = "id.terampil.validation.finding.";

  /** The one table from admission reasons to codes, filled from the constants' declarations. */
  private static final Map<EligibilityReason, FindingCode> BY_REASON =
      new EnumMap<>(EligibilityReason.class);

  static {
    for (FindingCode code : values()) {
      EligibilityReason reason = code.reason;
      if (reason != null && BY_REASON.put(reason, code) != null) {
        throw new AssertionError("two finding codes for " + reason);
      }
    }
    for (EligibilityReason reason : EligibilityReason.values()) {
      if (!BY_REASON.containsKey(reason)) {
        throw new AssertionError("no finding code for " + reason);
      }
    }
  }

  private final Severity defaultSeverity;
  private final @Nullable EligibilityReason reason;
  private final String field;

  FindingCode(Severity defaultSeverity) {
    this(defaultSeverity, null, "");
  }

  FindingCode(Severity defaultSeverity, @Nullable EligibilityReason reason, String field) {
    this.defaultSeverity = defaultSeverity;
    this.reason = reason;
    this.field = field;
  }

  /**
   * Returns the code of the finding that reports an unmet admission rule with {@code reason}.
   * Every reason has exactly one code; {@link EligibilityReason#CUSTOM} is {@link
   * #NOT_ELIGIBLE_OTHER}.
   *
   * @param reason the reason, not null
   * @return the code, not null
   * @since 0.1.0
   */
  public static FindingCode ofReason(EligibilityReason reason) {
    return checkNotNull(BY_REASON.get(checkNotNull(reason, "reason must not be null")));
  }

  /**
   * Returns the code of the finding that reports a NIK breaking {@code problem}, as {@link
   * id.terampil.core.identity.Nik#read} names it: each problem has exactly one {@code NIK_*} code.
   *
   * @param problem the problem, not null
   * @return the code, not null
   * @since 0.1.0
   */
  public static FindingCode of(NikProblem problem) {
    return switch (checkNotNull(problem, "problem must not be null")) {
      case LENGTH -> NIK_LENGTH;
      case NOT_DIGITS -> NIK_NOT_DIGITS;
      case UNKNOWN_PROVINCE -> NIK_PROVINCE_UNKNOWN;
      case ZERO_REGENCY -> NIK_REGENCY_ZERO;
      case ZERO_DISTRICT -> NIK_DISTRICT_ZERO;
      case BIRTH_DAY -> NIK_BIRTH_DAY;
      case BIRTH_MONTH -> NIK_BIRTH_MONTH;
      case BIRTH_DATE -> NIK_BIRTH_DATE;
      case ZERO_SERIAL -> NIK_SERIAL_ZERO;
    };
  }

  /**
   * Returns the code of the finding that reports a name breaking {@code problem}, as {@link
   * id.terampil.core.identity.PersonName#read} names it: each problem has exactly one {@code
   * NAME_*} code.
   *
   * @param problem the problem, not null
   * @return the code, not null
   * @since 0.1.0
   */
  public static FindingCode of(NameProblem problem) {
    return switch (checkNotNull(problem, "problem must not be null")) {
      case BLANK -> NAME_BLANK;
      case NO_LETTER -> NAME_NO_LETTER;
      case DIGIT -> NAME_DIGIT;
      case CONTROL_CHARACTER -> NAME_CONTROL_CHARACTER;
      case BIDI_CONTROL -> NAME_BIDI_CONTROL;
      case UNPAIRED_SURROGATE -> NAME_UNPAIRED_SURROGATE;
      case SYMBOL -> NAME_SYMBOL;
      case TOO_LONG -> NAME_TOO_LONG;
    };
  }

  /**
   * Returns the admission reason this code reports, for the {@code NOT_ELIGIBLE_*} codes.
   *
   * @return the reason, or empty for a code that reports no unmet admission rule
   * @since 0.1.0
   */
  public Optional<EligibilityReason> eligibilityReason() {
    return Optional.ofNullable(reason);
  }

  /**
   * Returns the name of the record field that a finding with this code names, for the {@code
   * NOT_ELIGIBLE_*} codes (e.g. {@code birthDate} for an age rule).
   *
   * @return the field name, or the empty string where the finding is about the whole record
   */
  public String eligibilityField() {
    return field;
  }

  /**
   * Returns the stable code, the constant's name, e.g. {@code NIK_BIRTH_DATE_MISMATCH}.
   *
   * @return the code, not null
   */
  public String code() {
    return name();
  }

  /**
   * Returns the severity a finding with this code has unless the validator was told otherwise.
   *
   * @return the severity, not null
   */
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /**
   * Returns the key of this code's message in {@code ContributorValidationMessages}, e.g.
   * {@code id.terampil.validation.finding.NIK_LENGTH}.
   *
   * @return the key, not null
   */
  public String messageKey() {
    return KEY_PREFIX + name();
  }

  /**
   * Returns the finding code with the given stable code.
   *
   * @param code the code, may be null
   * @return the finding code, or empty if {@code code} is null or not a code
   */
  public static Optional<FindingCode> ofCode(@Nullable String code) {
    if (code == null) {
      return Optional.empty();
    }
    for (FindingCode c : values()) {
      if (c.name().equals(code)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
