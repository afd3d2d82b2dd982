package id.terampil.examples.showcase;

import id.terampil.core.applicant.Application;
import id.terampil.core.attendance.AttendanceSheet;
import id.terampil.core.attendance.AttendanceSummary;
import id.terampil.core.attendance.Ratio;
import id.terampil.core.eligibility.EligibilityDecision;
import id.terampil.core.enrollment.Enrollment;
import id.terampil.core.enrollment.EnrollmentStatus;
import id.terampil.core.money.Rupiah;
import id.terampil.core.program.CohortId;
import id.terampil.core.program.TrainingProgram;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A program's headline numbers after a run: seats and demand, enrollment, attendance and
 * completion, and funding.
 *
 * <p><b>Temporary.</b> Computed here until the core's {@code ProgramIndicators} lands; the
 * indicators step of {@link SeedRun} then asks the library instead.
 *
 * @param seats the seats of all cohorts (maximum)
 * @param applications the applications, duplicates included
 * @param applicants the distinct applicants
 * @param eligible the distinct applicants eligible for their first choice
 * @param started the participants who started training
 * @param completed the participants who completed it
 * @param attendance present sessions over all sessions of the participants, if any ran
 * @param totalFunding the sum of the funding lines, if every amount is known
 */
public record Indicators(
    int seats,
    int applications,
    int applicants,
    int eligible,
    int started,
    int completed,
    Optional<Ratio> attendance,
    Optional<Rupiah> totalFunding) {

  static Indicators of(
      TrainingProgram program,
      List<Application> applications,
      Map<Application, EligibilityDecision> eligibility,
      SeedRun.Enrolled enrolled,
      SeedRun.Completed completed,
      Map<CohortId, AttendanceSheet> sheets) {
    long applicants = applications.stream().map(a -> a.applicant().nik()).distinct().count();
    long eligible =
        applications.stream()
            .filter(a -> eligibility.get(a).isEligible())
            .map(a -> a.applicant().nik())
            .distinct()
            .count();
    int started = 0;
    int done = 0;
    for (Enrollment e : completed.enrollments().values()) {
      if (e.history().stream().anyMatch(ev -> ev.to() == EnrollmentStatus.ACTIVE)) {
        started++;
      }
      if (e.status() == EnrollmentStatus.COMPLETED) {
        done++;
      }
    }
    long present = 0;
    long sessions = 0;
    for (AttendanceSheet sheet : sheets.values()) {
      for (AttendanceSummary s : sheet.summaries().values()) {
        present += s.present();
        sessions += s.sessions();
      }
    }
    return new Indicators(
        program.totalSeats().max(),
        applications.size(),
        (int) applicants,
        (int) eligible,
        started,
        done,
        sessions == 0 ? Optional.empty() : Optional.of(Ratio.of(present, sessions)),
        program.totalFunding());
  }

  /**
   * Returns applicants per seat.
   *
   * @return the ratio, not null
   */
  public Ratio demandPerSeat() {
    return Ratio.of(applicants, seats);
  }

  /**
   * Returns completed over started, if anyone started.
   *
   * @return the rate, or empty
   */
  public Optional<Ratio> completionRate() {
    return started == 0 ? Optional.empty() : Optional.of(Ratio.of(completed, started));
  }
}
