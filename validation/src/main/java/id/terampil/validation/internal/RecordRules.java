package id.terampil.validation.internal;

import id.terampil.core.identity.Nik;
import id.terampil.core.identity.Sex;
import id.terampil.core.region.RegionCode;
import id.terampil.core.region.RegionDirectory;
import id.terampil.core.region.RegionLevel;
import id.terampil.validation.code.FindingCode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The rules over parsed values that both the record validator and the Bean Validation constraints
 * apply: a birth date's plausibility and age, a region code's level and its place in a directory,
 * and the NIK against the declared data. Each returns the finding code of the first rule broken,
 * or null; the caller adds the parameters of its report. Not an API.
 */
public final class RecordRules {

  /** The largest plausible age in years: older birth dates are {@code BIRTH_DATE_IMPLAUSIBLE}. */
  public static final int MAX_AGE = 150;

  private RecordRules() {}

  /**
   * Checks that a birth date is plausible at a reference date: not after it, and not more than
   * {@value #MAX_AGE} years before it.
   *
   * @param birthDate the birth date, not null
   * @param referenceDate the reference date, not null
   * @return {@code BIRTH_DATE_AFTER_REFERENCE}, {@code BIRTH_DATE_IMPLAUSIBLE}, or null
   */
  public static @Nullable FindingCode birthDate(LocalDate birthDate, LocalDate referenceDate) {
    if (birthDate.isAfter(referenceDate)) {
      return FindingCode.BIRTH_DATE_AFTER_REFERENCE;
    }
    return ChronoUnit.YEARS.between(birthDate, referenceDate) > MAX_AGE
        ? FindingCode.BIRTH_DATE_IMPLAUSIBLE
        : null;
  }

  /**
   * Checks that the age in completed years at {@code referenceDate} lies in {@code [min, max]}; a
   * birth date after the reference date is outside every range.
   *
   * @param birthDate the birth date, not null
   * @param referenceDate the reference date, not null
   * @param min the youngest accepted age in years
   * @param max the oldest accepted age in years
   * @return {@code AGE_OUTSIDE_RANGE}, or null
   */
  public static @Nullable FindingCode age(
      LocalDate birthDate, LocalDate referenceDate, int min, int max) {
    long age = ChronoUnit.YEARS.between(birthDate, referenceDate);
    return !birthDate.isAfter(referenceDate) && age >= min && age <= max
        ? null
        : FindingCode.AGE_OUTSIDE_RANGE;
  }

  /**
   * Returns whether a code has the required level, or (with {@code orFiner}) lies below it.
   *
   * @param code the code, not null
   * @param level the required level, not null
   * @param orFiner whether a finer code is accepted too
   * @return true if the level is accepted
   */
  public static boolean hasLevel(RegionCode code, RegionLevel level, boolean orFiner) {
    RegionLevel actual = code.level();
    return actual == level || (orFiner && actual.isBelow(level));
  }

  /**
   * Returns the first of {@code codes} that {@code directory} lists as retired, else the first it
   * does not know, each with its finding code: {@code retired} or {@code unknown}.
   *
   * @param directory the directory, not null
   * @param retired the code of a retired region
   * @param unknown the code of a region the directory does not know
   * @param codes the codes, in the order they are looked up
   * @return the code found and its finding code, or null if every code is current
   */
  public static Map.@Nullable Entry<RegionCode, FindingCode> inDirectory(
      RegionDirectory directory, FindingCode retired, FindingCode unknown, RegionCode... codes) {
    for (RegionCode code : codes) {
      if (directory.isRetired(code)) {
        return Map.entry(code, retired);
      }
    }
    for (RegionCode code : codes) {
      if (!directory.exists(code)) {
        return Map.entry(code, unknown);
      }
    }
    return null;
  }

  /**
   * Cross-checks a NIK against the declared birth date, sex and domicile; each declared value may
   * be absent (not checked). The domicile agrees when it contains, or lies within, the NIK's
   * district of first registration.
   *
   * @param nik the NIK, not null
   * @param birthDate the declared birth date, or null
   * @param sex the declared sex, or null
   * @param domicile the declared domicile, or null
   * @return the mismatches ({@code NIK_BIRTH_DATE_MISMATCH}, {@code NIK_SEX_MISMATCH}, {@code
   *     NIK_REGION_MISMATCH}), empty when all agree
   */
  public static Set<FindingCode> crossCheck(
      Nik nik, @Nullable LocalDate birthDate, @Nullable Sex sex, @Nullable RegionCode domicile) {
    Set<FindingCode> mismatches = EnumSet.noneOf(FindingCode.class);
    if (birthDate != null && !nik.matchesBirthDate(birthDate)) {
      mismatches.add(FindingCode.NIK_BIRTH_DATE_MISMATCH);
    }
    if (sex != null && nik.sex() != sex) {
      mismatches.add(FindingCode.NIK_SEX_MISMATCH);
    }
    if (domicile != null) {
      RegionCode district = nik.region();
      boolean agrees =
          domicile.level() == RegionLevel.VILLAGE
              ? district.contains(domicile)
              : domicile.contains(district);
      if (!agrees) {
        mismatches.add(FindingCode.NIK_REGION_MISMATCH);
      }
    }
    return mismatches;
  }
}
