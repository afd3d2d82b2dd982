package id.terampil.testkit;

import id.terampil.core.attendance.AttendanceSheet;
import id.terampil.core.enrollment.Enrollment;
import id.terampil.core.followup.FollowUpActivity;
import id.terampil.core.followup.FollowUpPlan;
import id.terampil.core.followup.Outcome;
import id.terampil.core.identity.Nik;
import id.terampil.core.identity.Organizer;
import id.terampil.core.program.Cohort;
import id.terampil.core.program.Instructor;
import id.terampil.core.program.TrainingProgram;
import id.terampil.core.program.Venue;
import id.terampil.core.region.RegionLevel;
import id.terampil.testkit.internal.DefaultApplicantArbitrary;
import id.terampil.testkit.internal.DefaultApplicationArbitrary;
import id.terampil.testkit.internal.DefaultBirthDateArbitrary;
import id.terampil.testkit.internal.DefaultCohortArbitrary;
import id.terampil.testkit.internal.DefaultDateRangeArbitrary;
import id.terampil.testkit.internal.DefaultEnrollmentRecordArbitrary;
import id.terampil.testkit.internal.DefaultFundingArbitrary;
import id.terampil.testkit.internal.DefaultKbliCodeArbitrary;
import id.terampil.testkit.internal.DefaultNikArbitrary;
import id.terampil.testkit.internal.DefaultPersonNameArbitrary;
import id.terampil.testkit.internal.DefaultProgramArbitrary;
import id.terampil.testkit.internal.DefaultRegionCodeArbitrary;
import id.terampil.testkit.internal.DefaultRupiahArbitrary;
import id.terampil.testkit.internal.DefaultSkillArbitrary;
import id.terampil.testkit.internal.DefaultSkkniUnitCodeArbitrary;
import id.terampil.testkit.internal.DefaultTargetGroupArbitrary;
import id.terampil.testkit.internal.FollowUps;
import id.terampil.testkit.internal.Histories;
import id.terampil.testkit.internal.ProgramParts;
import id.terampil.validation.code.FindingCode;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;

/**
 * The entry point to Terampil's jqwik generators: one static factory per public value type, each
 * returning a fluent arbitrary whose configuration methods return new arbitraries. All generated
 * values are valid and synthetic; edge cases (29 February births, women's day + 40, serials 0001
 * and 9999, boundary ages, single-day periods) are generated with real weight, and values shrink
 * toward simple ones.
 *
 * <pre>{@code
 * @Property
 * void womenOfProductiveAge(@ForAll("applicants") Nik nik) { ... }
 *
 * @Provide
 * Arbitrary<Nik> applicants() {
 *   return TerampilArbitraries.niks()
 *       .women()
 *       .agedBetween(PRODUCTIVE_AGE_MIN, PRODUCTIVE_AGE_MAX, LocalDate.of(2024, 7, 1))
 *       .registeredIn(RegionCode.parse("33.75"));
 * }
 * }</pre>
 *
 * <p>The unconfigured arbitraries are also registered for {@code @ForAll} (see
 * {@link TerampilDomain}). Built against jqwik 1.9.3; it uses only jqwik's public API and is meant
 * to work with later 1.x releases.
 *
 * @since 0.1.0
 */
public final class TerampilArbitraries {

  private TerampilArbitraries() {}

  /**
   * Returns NIKs of both sexes, born 1940–2019, registered in any district.
   *
   * @return the arbitrary, not null
   */
  public static NikArbitrary niks() {
    return new DefaultNikArbitrary();
  }

  /**
   * Returns birth dates from 1940-01-01 to 2019-12-31; configure with
   * {@link BirthDateArbitrary#agedBetween(int, int, java.time.LocalDate)}.
   *
   * @return the arbitrary, not null
   */
  public static BirthDateArbitrary birthDates() {
    return new DefaultBirthDateArbitrary();
  }

  /**
   * Returns region codes of all four levels.
   *
   * @return the arbitrary, not null
   */
  public static RegionCodeArbitrary regionCodes() {
    return DefaultRegionCodeArbitrary.atLevels(
        RegionLevel.PROVINCE, RegionLevel.REGENCY, RegionLevel.DISTRICT, RegionLevel.VILLAGE);
  }

  /**
   * Returns province-level codes ({@code PP}) of the current provinces.
   *
   * @return the arbitrary, not null
   */
  public static RegionCodeArbitrary provinces() {
    return DefaultRegionCodeArbitrary.atLevels(RegionLevel.PROVINCE);
  }

  /**
   * Returns regency- and city-level codes ({@code PP.KK}).
   *
   * @return the arbitrary, not null
   */
  public static RegionCodeArbitrary regencies() {
    return DefaultRegionCodeArbitrary.atLevels(RegionLevel.REGENCY);
  }

  /**
   * Returns district-level codes ({@code PP.KK.CC}).
   *
   * @return the arbitrary, not null
   */
  public static RegionCodeArbitrary districts() {
    return DefaultRegionCodeArbitrary.atLevels(RegionLevel.DISTRICT);
  }

  /**
   * Returns village-level codes ({@code PP.KK.CC.VVVV}) of kelurahan, desa and desa adat.
   *
   * @return the arbitrary, not null
   */
  public static RegionCodeArbitrary villages() {
    return DefaultRegionCodeArbitrary.atLevels(RegionLevel.VILLAGE);
  }

  /**
   * Returns synthetic Indonesian person names of one to four words.
   *
   * @return the arbitrary, not null
   */
  public static PersonNameArbitrary personNames() {
    return new DefaultPersonNameArbitrary();
  }

  /**
   * Returns periods of 1 to 366 days within 2020–2030.
   *
   * @return the arbitrary, not null
   */
  public static DateRangeArbitrary dateRanges() {
    return new DefaultDateRangeArbitrary();
  }

  /**
   * Returns amounts from Rp 0 to Rp 100.000.000.000.
   *
   * @return the arbitrary, not null
   */
  public static RupiahArbitrary rupiah() {
    return new DefaultRupiahArbitrary();
  }

  /**
   * Returns KBLI codes of KBLI 2020 and 2025.
   *
   * @return the arbitrary, not null
   */
  public static KbliCodeArbitrary kbliCodes() {
    return new DefaultKbliCodeArbitrary();
  }

  /**
   * Returns SKKNI unit codes in all four formats of {@code SkkniUnitCode.Format}.
   *
   * @return the arbitrary, not null
   */
  public static SkkniUnitCodeArbitrary skkniUnitCodes() {
    return new DefaultSkkniUnitCodeArbitrary();
  }

  /**
   * Returns skills of core's built-in catalogue ({@link id.terampil.core.classification.Skills#all()});
   * see {@link SkillArbitrary#withSynthetic()} for synthetic skills as well.
   *
   * @return the arbitrary, not null
   */
  public static SkillArbitrary skills() {
    return new DefaultSkillArbitrary();
  }

  /**
   * Returns target groups, built-in and user-defined.
   *
   * @return the arbitrary, not null
   */
  public static TargetGroupArbitrary targetGroups() {
    return new DefaultTargetGroupArbitrary();
  }

  /**
   * Returns organizers (penyelenggara) of every agency kind, each serving a regency or city.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Organizer> organizers() {
    return ProgramParts.organizers();
  }

  /**
   * Returns funding lines (sumber dana).
   *
   * @return the arbitrary, not null
   */
  public static FundingArbitrary funding() {
    return new DefaultFundingArbitrary();
  }

  /**
   * Returns venues (tempat pelatihan).
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Venue> venues() {
    return ProgramParts.venues();
  }

  /**
   * Returns instructors (instruktur) with synthetic names.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Instructor> instructors() {
    return ProgramParts.instructors();
  }

  /**
   * Returns cohorts (angkatan / kelas).
   *
   * @return the arbitrary, not null
   */
  public static CohortArbitrary cohorts() {
    return new DefaultCohortArbitrary();
  }

  /**
   * Returns consistent training programs of one to five cohorts, e.g.
   * {@code programs().withCohorts(27).seatsPerCohort(40)}.
   *
   * @return the arbitrary, not null
   */
  public static ProgramArbitrary programs() {
    return new DefaultProgramArbitrary();
  }

  /**
   * Returns applicants eligible for a cohort of {@code program} at {@code referenceDate} (e.g. the
   * close of registration).
   *
   * @param program the program, not null
   * @param referenceDate the date ages and documents are judged at, not null
   * @return the arbitrary, not null
   */
  public static ApplicantArbitrary applicants(TrainingProgram program, LocalDate referenceDate) {
    return new DefaultApplicantArbitrary(program, referenceDate);
  }

  /**
   * Returns applications of eligible applicants to {@code program}, registered in the 30 days up
   * to {@code referenceDate}.
   *
   * @param program the program, not null
   * @param referenceDate the date ages and documents are judged at, not null
   * @return the arbitrary, not null
   */
  public static ApplicationArbitrary applications(TrainingProgram program, LocalDate referenceDate) {
    return new DefaultApplicationArbitrary(program, referenceDate);
  }

  /**
   * Returns enrollments in {@code cohort} whose histories are random walks that the enrollment
   * state machine ({@link id.terampil.core.enrollment.EnrollmentTransitions}) accepts: applied up
   * to 60 days before the cohort starts, then up to 12 allowed moves, each negative status with a
   * reason and some other moves with an optional one. Histories shrink toward a bare application.
   *
   * @param cohort the cohort, not null
   * @return the arbitrary, not null
   */
  public static Arbitrary<Enrollment> enrollments(Cohort cohort) {
    return Histories.enrollments(cohort);
  }

  /**
   * Returns attendance sheets (daftar hadir) of {@code cohort}: one session per training day (at
   * most 60), each participant mostly present, sometimes excused, absent or not yet marked.
   *
   * @param cohort the cohort, not null
   * @param participants the participants' NIKs, not null, without duplicates
   * @return the arbitrary, not null
   * @throws IllegalArgumentException if a NIK is given twice
   */
  public static Arbitrary<AttendanceSheet> attendanceSheets(Cohort cohort, List<Nik> participants) {
    return Histories.attendanceSheets(cohort, participants);
  }

  /**
   * Returns follow-up plans (rencana pembinaan pasca-pelatihan): up to five planned steps of every
   * {@link id.terampil.core.followup.FollowUpKind}, most by the program's organizer in one month
   * (often month 0), some by another agency over a window of months, and up to four outcome
   * checkpoints, mostly the common 3, 6 and 12 months, sometimes any from 1 to 120; never a plan
   * with neither. Generated programs carry such a plan about half of the time.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<FollowUpPlan> followUpPlans() {
    return FollowUps.plans();
  }

  /**
   * Returns follow-up activities (tindak lanjut) after {@code program} for {@code participants}:
   * every {@link id.terampil.core.followup.FollowUpKind}, delivered by a generated organizer (often
   * another agency), to one participant or to a business group (kelompok usaha) of some of them, on
   * a day from the end of the program up to 400 days later, often with a value of Rp 1 to
   * Rp 5.000.000.000, sometimes attributed to one of the program's cohorts. One-time grants are not
   * kept unique: judge them with {@link id.terampil.core.followup.FollowUpLedger}.
   *
   * @param program the program, not null
   * @param participants the participants' NIKs, not null, not empty
   * @return the arbitrary, not null
   * @throws IllegalArgumentException if {@code participants} is empty
   */
  public static Arbitrary<FollowUpActivity> followUpActivities(
      TrainingProgram program, List<Nik> participants) {
    return FollowUps.activities(program, participants);
  }

  /**
   * Returns outcomes (hasil pemantauan) of {@code participants} who completed their training on
   * {@code completedOn}: mostly at the common checkpoints of 3, 6 and 12 months, sometimes at any
   * from 1 to 120 months; every {@link id.terampil.core.followup.OutcomeStatus}; observed from 30
   * days before the checkpoint is due (never before completion) to 90 days after it.
   *
   * @param participants the participants' NIKs, not null, not empty
   * @param completedOn the day they completed the training, not null
   * @return the arbitrary, not null
   * @throws IllegalArgumentException if {@code participants} is empty
   */
  public static Arbitrary<Outcome> outcomes(List<Nik> participants, LocalDate completedOn) {
    return FollowUps.outcomes(participants, completedOn);
  }

  /**
   * Returns valid enrollment records of {@code program}, as agencies send them: the record
   * validator {@link EnrollmentRecordArbitrary#validator()} reports no finding for any of them.
   *
   * @param program the program, not null
   * @param referenceDate the date the records are judged at, not null
   * @return the arbitrary, not null
   */
  public static EnrollmentRecordArbitrary enrollmentRecords(
      TrainingProgram program, LocalDate referenceDate) {
    return new DefaultEnrollmentRecordArbitrary(program, referenceDate);
  }

  /**
   * Returns almost-valid enrollment records of {@code program}: each a valid record broken in
   * exactly one way, labelled with the {@link id.terampil.validation.code.FindingCode} the record
   * validator of {@link #enrollmentRecords(TrainingProgram, LocalDate)} must report as its only
   * error.
   *
   * @param program the program, not null
   * @param referenceDate the date the records are judged at, not null
   * @return the arbitrary, not null
   */
  public static Arbitrary<BrokenRecord> almostValidRecords(
      TrainingProgram program, LocalDate referenceDate) {
    return enrollmentRecords(program, referenceDate).almostValid();
  }
}
