package id.terampil.validation;

import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import id.terampil.core.applicant.Applicant;
import id.terampil.core.applicant.Application;
import id.terampil.core.applicant.BusinessProfile;
import id.terampil.core.applicant.Document;
import id.terampil.core.applicant.EducationLevel;
import id.terampil.core.applicant.EmploymentStatus;
import id.terampil.core.classification.TargetGroup;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Nik;
import id.terampil.core.identity.PersonName;
import id.terampil.core.identity.ProgramId;
import id.terampil.core.identity.Sex;
import id.terampil.core.region.RegionCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The record reports of a batch as a {@link BatchValidator} makes them: one column per part of an
 * {@link Application} and of its {@link Applicant} (the NIK as a number, the name, the codes of
 * sex, education and employment, the occupation where it names no status, the birth day, the
 * domicile's code as a number, the target groups, documents and business, the ids, the
 * registration day and time of day, the score) and
 * one of the findings, indexed by record, instead of a record report, an application and an
 * applicant (with its NIK and domicile) per record. The columns are filled by the
 * validator, record by record, and never changed once the report is made (they reach it through
 * final fields); each {@link #get} makes a new report, equal to the one before.
 *
 * <p>Why: the report of a large batch lives until the caller is done with it, so what it keeps
 * per record is copied by the garbage collector as it grows. A few large arrays cost it nearly
 * nothing to copy; a million small objects (about ten per clean record) cost it about half as
 * much as validating them (measured: 1.7 s instead of 2.8 s for a million records, most of the
 * difference in G1's pauses). The values the columns refer to (names, shared dates, scores, ids
 * and empty collections) are mostly shared with the input or between records. Numbers are kept
 * in primitive arrays; references in {@link Column}s, in chunks that are young while they are
 * filled (see there why not one array).
 */
final class ReportColumns extends BatchReport.Rows {

  private static final Sex[] SEXES = Sex.values();
  private static final EducationLevel[] EDUCATION = EducationLevel.values();
  private static final EmploymentStatus[] EMPLOYMENT = EmploymentStatus.values();

  private final int size;
  /**
   * The name of each clean record's applicant (kept as made: checking its text again would cost
   * more than keeping it); null exactly for a record with an error.
   */
  private final Column<PersonName> names;

  private final long[] niks;
  /** Sex, education and employment, as ordinals in bits 0-7, 8-15 and 16-23. */
  private final int[] kinds;

  /** The occupation of an applicant of {@code EmploymentStatus.OTHER}; null for the others. */
  private final Column<String> occupations;

  private final Column<LocalDate> birthDates;
  private final long[] domiciles;
  private final Column<ImmutableSet<TargetGroup>> targetGroups;
  private final Column<ImmutableList<Document>> documents;
  private final Column<Optional<BusinessProfile>> businesses;
  private final Column<ProgramId> programs;
  private final Column<CohortId> cohorts;
  private final Column<LocalDate> registeredDays;
  private final long[] registeredNanos;
  private final Column<BigDecimal> scores;
  /** The findings of each record that has any; null for the others. */
  private final Column<ImmutableList<Finding>> findings;

  ReportColumns(int size) {
    this.size = size;
    this.names = new Column<>(size);
    this.niks = new long[size];
    this.kinds = new int[size];
    this.occupations = new Column<>(size);
    this.birthDates = new Column<>(size);
    this.domiciles = new long[size];
    this.targetGroups = new Column<>(size);
    this.documents = new Column<>(size);
    this.businesses = new Column<>(size);
    this.programs = new Column<>(size);
    this.cohorts = new Column<>(size);
    this.registeredDays = new Column<>(size);
    this.registeredNanos = new long[size];
    this.scores = new Column<>(size);
    this.findings = new Column<>(size);
  }

  /**
   * Keeps the parts of record {@code i}'s application from {@code run}; keeps nothing if a part
   * is missing (the record then cannot convert, which {@link #isClean} tells).
   */
  void keepApplication(int i, RecordCheck run) {
    if (!run.hasApplicationParts()) {
      return;
    }
    Applicant applicant = kept(run.applicant);
    LocalDateTime registeredAt = kept(run.registeredAt);
    names.set(i, applicant.name());
    niks[i] = applicant.nik().toLong();
    kinds[i] =
        applicant.sex().ordinal()
            | applicant.education().ordinal() << 8
            | applicant.employment().ordinal() << 16;
    occupations.set(i, applicant.occupation().orElse(null));
    birthDates.set(i, applicant.birthDate());
    domiciles[i] = applicant.domicile().toLong();
    targetGroups.set(i, applicant.targetGroups());
    documents.set(i, applicant.documents());
    businesses.set(i, applicant.business());
    programs.set(i, run.programId);
    cohorts.set(i, run.cohortId);
    registeredDays.set(i, registeredAt.toLocalDate());
    registeredNanos[i] = registeredAt.toLocalTime().toNanoOfDay();
    scores.set(i, run.score);
  }

  /** Forgets the application of record {@code i}, which has an error after all. */
  void dropApplication(int i) {
    names.set(i, null);
  }

  /** Sets the findings of record {@code i}, if it has any. */
  void setFindings(int i, ImmutableList<Finding> found) {
    findings.set(i, found.isEmpty() ? null : found);
  }

  @Override
  public int size() {
    return size;
  }

  /** Returns whether record {@code i} is clean, without making its application. */
  boolean isClean(int i) {
    return names.get(i) != null;
  }

  @Override
  public RecordReport get(int i) {
    checkElementIndex(i, size);
    ImmutableList<Finding> found = findings.get(i);
    return RecordReport.of(i, found == null ? ImmutableList.of() : found, application(i));
  }

  @Override
  @Nullable Application application(int i) {
    PersonName name = names.get(i);
    if (name == null) {
      return null;
    }
    // Every part was kept from a valid applicant and application by keepApplication: each
    // factory below accepts it again and makes an equal value.
    int k = kinds[i];
    Applicant applicant =
        Applicant.of(
            Nik.ofLong(niks[i]),
            name,
            SEXES[k & 0xff],
            kept(birthDates.get(i)),
            village(domiciles[i]),
            EDUCATION[k >>> 8 & 0xff],
            EMPLOYMENT[k >>> 16 & 0xff],
            Optional.ofNullable(occupations.get(i)),
            kept(targetGroups.get(i)),
            kept(documents.get(i)),
            kept(businesses.get(i)));
    LocalDateTime registeredAt =
        LocalDateTime.of(kept(registeredDays.get(i)), LocalTime.ofNanoOfDay(registeredNanos[i]));
    BigDecimal score = scores.get(i);
    return score == null
        ? Application.of(applicant, kept(programs.get(i)), kept(cohorts.get(i)), registeredAt)
        : Application.of(applicant, kept(programs.get(i)), kept(cohorts.get(i)), registeredAt, score);
  }

  /** The village whose {@link RegionCode#toLong()} is {@code code}. */
  private static RegionCode village(long code) {
    return RegionCode.ofVillage(
        (int) (code / 100_000_000L),
        (int) (code / 1_000_000L % 100),
        (int) (code / 10_000L % 100),
        (int) (code % 10_000L));
  }

  /** A part known to be present: checked by hasApplicationParts, or kept with the name. */
  private static <T> T kept(@Nullable T value) {
    return checkNotNull(value, "a part of a kept application is missing");
  }
}
