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
import id.terampil.core.identity.Nik;
import id.terampil.core.identity.PersonName;
import id.terampil.core.identity.Sex;
import id.terampil.core.program.CohortId;
import id.terampil.core.program.ProgramId;
import id.terampil.core.program.TargetGroup;
import id.terampil.core.region.RegionCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The record reports of a batch as a {@link BatchValidator} makes them: one array per part of an
 * {@link Application} and of its {@link Applicant} (the NIK as a number, the name, the codes of
 * sex, education and employment, the birth day, the domicile's code as a number, the target
 * groups, documents and business, the ids, the registration day and time of day, the score) and
 * one of the findings, indexed by record, instead of a record report, an application and an
 * applicant (with its NIK and domicile) per record. The arrays are filled by the
 * validator, record by record, and never changed once the report is made (they reach it through
 * final fields); each {@link #get} makes a new report, equal to the one before.
 *
 * <p>Why: the report of a large batch lives until the caller is done with it, so what it keeps
 * per record is copied by the garbage collector as it grows. A few large arrays cost it nearly
 * nothing to copy; a million small objects (about ten per clean record) cost it about half as
 * much as validating them (measured: 1.7 s instead of 2.8 s for a million records, most of the
 * difference in G1's pauses). The values the arrays refer to (names, shared dates, scores, ids
 * and empty collections) are mostly shared with the input or between records.
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
  private final @Nullable PersonName[] names;

  private final long[] niks;
  /** Sex, education and employment, as ordinals in bits 0-7, 8-15 and 16-23. */
  private final int[] kinds;

  private final @Nullable LocalDate[] birthDates;
  private final long[] domiciles;
  private final @Nullable ImmutableSet<TargetGroup>[] targetGroups;
  private final @Nullable ImmutableList<Document>[] documents;
  private final @Nullable Optional<BusinessProfile>[] businesses;
  private final @Nullable ProgramId[] programs;
  private final @Nullable CohortId[] cohorts;
  private final @Nullable LocalDate[] registeredDays;
  private final long[] registeredNanos;
  private final @Nullable BigDecimal[] scores;
  /** The findings of each record that has any; null for the others. */
  private final @Nullable ImmutableList<Finding>[] findings;

  @SuppressWarnings("unchecked")
  ReportColumns(int size) {
    this.size = size;
    this.names = new PersonName[size];
    this.niks = new long[size];
    this.kinds = new int[size];
    this.birthDates = new LocalDate[size];
    this.domiciles = new long[size];
    this.targetGroups = (ImmutableSet<TargetGroup>[]) new ImmutableSet<?>[size];
    this.documents = (ImmutableList<Document>[]) new ImmutableList<?>[size];
    this.businesses = (Optional<BusinessProfile>[]) new Optional<?>[size];
    this.programs = new ProgramId[size];
    this.cohorts = new CohortId[size];
    this.registeredDays = new LocalDate[size];
    this.registeredNanos = new long[size];
    this.scores = new BigDecimal[size];
    this.findings = (ImmutableList<Finding>[]) new ImmutableList<?>[size];
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
    names[i] = applicant.name();
    niks[i] = applicant.nik().toLong();
    kinds[i] =
        applicant.sex().ordinal()
            | applicant.education().ordinal() << 8
            | applicant.employment().ordinal() << 16;
    birthDates[i] = applicant.birthDate();
    domiciles[i] = applicant.domicile().toLong();
    targetGroups[i] = applicant.targetGroups();
    documents[i] = applicant.documents();
    businesses[i] = applicant.business();
    programs[i] = run.programId;
    cohorts[i] = run.cohortId;
    registeredDays[i] = registeredAt.toLocalDate();
    registeredNanos[i] = registeredAt.toLocalTime().toNanoOfDay();
    scores[i] = run.score;
  }

  /** Forgets the application of record {@code i}, which has an error after all. */
  void dropApplication(int i) {
    names[i] = null;
  }

  /** Sets the findings of record {@code i}, if it has any. */
  void setFindings(int i, ImmutableList<Finding> found) {
    findings[i] = found.isEmpty() ? null : found;
  }

  @Override
  public int size() {
    return size;
  }

  /** Returns whether record {@code i} is clean, without making its application. */
  boolean isClean(int i) {
    return names[i] != null;
  }

  @Override
  public RecordReport get(int i) {
    checkElementIndex(i, size);
    ImmutableList<Finding> found = findings[i];
    return RecordReport.of(i, found == null ? ImmutableList.of() : found, application(i));
  }

  @Override
  @Nullable Application application(int i) {
    PersonName name = names[i];
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
            kept(birthDates[i]),
            village(domiciles[i]),
            EDUCATION[k >>> 8 & 0xff],
            EMPLOYMENT[k >>> 16 & 0xff],
            kept(targetGroups[i]),
            kept(documents[i]),
            kept(businesses[i]));
    LocalDateTime registeredAt =
        LocalDateTime.of(kept(registeredDays[i]), LocalTime.ofNanoOfDay(registeredNanos[i]));
    BigDecimal score = scores[i];
    return score == null
        ? Application.of(applicant, kept(programs[i]), kept(cohorts[i]), registeredAt)
        : Application.of(applicant, kept(programs[i]), kept(cohorts[i]), registeredAt, score);
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
