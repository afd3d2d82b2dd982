package id.terampil.core.applicant;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import id.terampil.core.classification.TargetGroup;
import id.terampil.core.identity.Nik;
import id.terampil.core.identity.PersonName;
import id.terampil.core.identity.Sex;
import id.terampil.core.internal.Codes;
import id.terampil.core.region.RegionCode;
import id.terampil.core.region.RegionLevel;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person applying for training (pendaftar / calon peserta): identity, domicile, education,
 * employment, the target groups they belong to, the documents they hold, and optionally the
 * business they run.
 *
 * <p>The domicile (domisili) is a village (kelurahan / desa) code; it can differ from the region
 * encoded in the NIK, which never changes when a person moves. Whether the NIK's birth-date digits
 * agree with the declared birth date is checked by the validation layer, not here: a core
 * applicant accepts the declared birth date as given.
 *
 * <p>{@link #toString()} masks the NIK and the name. Immutable, thread-safe and value-based.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Applicant {

  Applicant() {}

  /**
   * Returns the NIK.
   *
   * @return the NIK, not null
   */
  public abstract Nik nik();

  /**
   * Returns the name as on the KTP.
   *
   * @return the name, not null
   */
  public abstract PersonName name();

  /**
   * Returns the sex.
   *
   * @return the sex, not null
   */
  public abstract Sex sex();

  /**
   * Returns the declared birth date.
   *
   * @return the birth date, not null
   */
  public abstract LocalDate birthDate();

  /**
   * Returns the village (kelurahan / desa) of domicile.
   *
   * @return a village-level region code, not null
   */
  public abstract RegionCode domicile();

  /**
   * Returns the highest education completed.
   *
   * @return the level, not null
   */
  public abstract EducationLevel education();

  /**
   * Returns the employment status at registration.
   *
   * @return the status, not null
   */
  public abstract EmploymentStatus employment();

  /**
   * Returns the occupation (pekerjaan) as declared, where it names no one employment status (e.g.
   * {@code GURU}, {@code SOPIR}): present exactly when {@link #employment()} is {@link
   * EmploymentStatus#OTHER}, so that what the applicant does is not lost. It is free text of at
   * most {@value Codes#MAX_TEXT_LENGTH} characters, not blank, without control characters.
   *
   * @return the occupation, or empty for every other status
   * @since 0.1.0
   */
  public abstract Optional<String> occupation();

  /**
   * Returns the target groups the applicant belongs to, possibly none.
   *
   * @return the groups, not null
   */
  public abstract ImmutableSet<TargetGroup> targetGroups();

  /**
   * Returns the documents the applicant holds, possibly none, in the order given.
   *
   * @return the documents, not null
   */
  public abstract ImmutableList<Document> documents();

  /**
   * Returns the business the applicant runs, if any.
   *
   * @return the profile, or empty
   */
  public abstract Optional<BusinessProfile> business();

  /**
   * Returns a builder; every attribute except the occupation, target groups, documents and
   * business is required, and the occupation is required with {@link EmploymentStatus#OTHER}.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Applicant}. */
  public static final class Builder extends ImmutableApplicant.Builder {
    /** Creates an empty builder; prefer {@link Applicant#builder()}. */
    public Builder() {}
  }

  /**
   * Returns the age in completed years on {@code date}. A person born on 29 February becomes a year
   * older on 1 March in common years ({@link Period#between(LocalDate, LocalDate)}).
   *
   * @param date the reference date, not null, not before the birth date
   * @return the age in whole years, not negative
   * @throws IllegalArgumentException if {@code date} is before the birth date
   */
  public int ageOn(LocalDate date) {
    checkNotNull(date, "date must not be null");
    LocalDate birth = birthDate();
    checkArgument(!date.isBefore(birth), "reference date %s is before the birth date", date);
    return (int) ChronoUnit.YEARS.between(birth, date);
  }


  /**
   * Returns whether the applicant belongs to {@code group}.
   *
   * @param group the group, not null
   * @return true if a member
   */
  public boolean isMemberOf(TargetGroup group) {
    return targetGroups().contains(group);
  }

  /**
   * Returns the documents of {@code kind} the applicant holds.
   *
   * @param kind the kind, not null
   * @return the documents, in the order given, possibly empty
   */
  public ImmutableList<Document> documentsOf(DocumentKind kind) {
    checkNotNull(kind, "document kind must not be null");
    return documents().stream()
        .filter(d -> d.kind() == kind)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns whether the applicant holds a document of {@code kind} valid on {@code date}.
   *
   * @param kind the kind, not null
   * @param date the date, not null
   * @return true if at least one such document is valid on that date
   */
  public boolean holdsValid(DocumentKind kind, LocalDate date) {
    return documentsOf(kind).stream().anyMatch(d -> d.isValidOn(date));
  }

  @Value.Check
  final void check() {
    checkArgument(
        domicile().level() == RegionLevel.VILLAGE,
        "applicant domicile must be a village (kelurahan/desa) code, not %s: %s",
        domicile().level(),
        domicile());
    Occupation.check(employment(), occupation());
  }

  /**
   * Returns a description with the NIK and the name masked.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "Applicant{nik="
        + nik().masked()
        + ", name="
        + name().masked()
        + ", sex="
        + sex()
        + ", domicile="
        + domicile()
        + ", education="
        + education()
        + ", employment="
        + employment()
        + ", targetGroups="
        + targetGroups()
        + "}";
  }
}
