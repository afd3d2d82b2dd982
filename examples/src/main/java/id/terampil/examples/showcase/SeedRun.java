package id.terampil.examples.showcase;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import id.terampil.core.applicant.Application;
import id.terampil.core.attendance.AssessmentResult;
import id.terampil.core.attendance.AttendanceMark;
import id.terampil.core.attendance.AttendanceSheet;
import id.terampil.core.attendance.Certificate;
import id.terampil.core.attendance.Completion;
import id.terampil.core.attendance.CompletionCode;
import id.terampil.core.attendance.TrainingSession;
import id.terampil.core.eligibility.EligibilityContext;
import id.terampil.core.eligibility.EligibilityDecision;
import id.terampil.core.enrollment.Enrollment;
import id.terampil.core.enrollment.EnrollmentStatus;
import id.terampil.core.enrollment.ReasonCode;
import id.terampil.core.enrollment.StatusReason;
import id.terampil.core.identity.Nik;
import id.terampil.core.program.Cohort;
import id.terampil.core.program.CohortId;
import id.terampil.core.program.TrainingProgram;
import id.terampil.core.selection.SelectionOutcome;
import id.terampil.core.selection.SelectionResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One program run end to end, the way an agency's system would use the library: pool ->
 * eligibility -> selection -> enrollment -> attendance -> completion -> follow-up -> indicators.
 * Each step is a method that takes the previous step's output; {@link #run(Scenario)} chains them.
 * Every pseudo-random choice (who misses re-registration, attendance marks, assessment results)
 * comes from the scenario's seed, so a run is reproducible.
 */
public final class SeedRun {

  /** Share of selected applicants, in percent, who miss re-registration (their seat is released). */
  private static final int LAPSE_PERCENT = 5;

  private final Scenario scenario;
  private final TrainingProgram program;
  private final LocalDate selectedOn;
  private final LocalDate reRegistrationBy;

  private SeedRun(Scenario scenario) {
    this.scenario = scenario;
    this.program = scenario.program();
    this.selectedOn = scenario.registrationCloses().plusDays(1);
    this.reRegistrationBy = scenario.registrationCloses().plusDays(3);
  }

  /**
   * Runs every step for {@code scenario}.
   *
   * @param scenario the scenario, not null
   * @return what each step produced, not null
   */
  public static RunResult run(Scenario scenario) {
    SeedRun run = new SeedRun(scenario);
    ImmutableList<Application> applications = run.pool();
    ImmutableMap<Application, EligibilityDecision> eligibility = run.eligibility(applications);
    SelectionResult selection = run.select(applications, eligibility);
    Enrolled enrolled = run.enroll(selection);
    ImmutableMap<CohortId, AttendanceSheet> attendance = run.attend(enrolled.enrollments());
    Completed completed = run.complete(enrolled.enrollments(), attendance);
    return new RunResult(
        scenario,
        applications,
        eligibility,
        selection,
        enrolled.selection(),
        enrolled.promoted(),
        ImmutableList.copyOf(completed.enrollments().values()),
        enrolled.duplicates(),
        attendance,
        completed.completions(),
        completed.certificates(),
        scenario.followUp(),
        Indicators.of(run.program, applications, eligibility, enrolled, completed, attendance));
  }

  /** Step 1: the applications. */
  ImmutableList<Application> pool() {
    return scenario.pool().applications(program, scenario.registrationCloses());
  }

  /**
   * Step 2: each application's eligibility for its first choice, under the policy of that cohort
   * (the program's, overridden by the cohort's), at the close of registration.
   */
  ImmutableMap<Application, EligibilityDecision> eligibility(List<Application> applications) {
    Map<CohortId, EligibilityContext> contexts = new HashMap<>();
    for (Cohort c : program.cohorts()) {
      contexts.put(
          c.id(),
          EligibilityContext.builder()
              .referenceDate(scenario.registrationCloses())
              .cohort(c.id())
              .cohortPeriod(c.period())
              .addAllCohortSkills(c.skills())
              .build());
    }
    ImmutableMap.Builder<Application, EligibilityDecision> out = ImmutableMap.builder();
    for (Application a : applications) {
      Cohort cohort = program.cohort(a.firstChoice()).orElseThrow();
      out.put(a, program.eligibilityOf(cohort).evaluate(a.applicant(), contexts.get(cohort.id())));
    }
    return out.buildKeepingLast();
  }

  /** Step 3: selection by the scenario's policy, with the decisions of step 2. */
  SelectionResult select(
      List<Application> applications, Map<Application, EligibilityDecision> eligibility) {
    return scenario.selection().select(applications, eligibility::get);
  }

  /** What enrollment produced: the enrollments by participant, after seats were re-filled. */
  record Enrolled(
      ImmutableMap<Nik, Enrollment> enrollments,
      ImmutableList<Enrollment> duplicates,
      SelectionResult selection,
      ImmutableList<SelectionOutcome> promoted,
      int lapsed) {}

  /**
   * Step 4: an enrollment per application, moved along the state machine: selected, waitlisted
   * or rejected with a reason; a few selected applicants miss re-registration (lapsed), their seat
   * is released and the next on the waitlist promoted; the rest re-register and start on the
   * cohort's first day; whoever is still waiting when training starts is rejected.
   */
  Enrolled enroll(SelectionResult initial) {
    Map<Nik, Enrollment> byNik = new LinkedHashMap<>();
    List<Enrollment> duplicates = new ArrayList<>();
    for (SelectionOutcome o : initial.all()) {
      Application a = o.application();
      LocalDate appliedOn = a.registeredAt().toLocalDate();
      Enrollment e =
          Enrollment.apply(o.nik(), o.cohort().orElse(a.firstChoice()), appliedOn);
      switch (o.status()) {
        case SELECTED:
          e = e.select(selectedOn);
          break;
        case WAITLISTED:
          e = e.waitlist(selectedOn, StatusReason.of(ReasonCode.QUOTA_FULL));
          break;
        default:
          e = e.reject(selectedOn, StatusReason.of(reasonOf(o)));
          break;
      }
      if (byNik.containsKey(o.nik())) {
        duplicates.add(e);
      } else {
        byNik.put(o.nik(), e);
      }
    }
    // Re-registration: a few miss it; each released seat goes to the next in line.
    Random random = new Random(scenario.seed() ^ 0x5EEDL);
    SelectionResult selection = initial;
    List<SelectionOutcome> promoted = new ArrayList<>();
    int lapsed = 0;
    for (SelectionOutcome o : initial.selected()) {
      if (random.nextInt(100) >= LAPSE_PERCENT) {
        continue;
      }
      lapsed++;
      byNik.put(
          o.nik(),
          byNik.get(o.nik())
              .lapse(reRegistrationBy, StatusReason.of(ReasonCode.MISSED_RE_REGISTRATION)));
      Set<Nik> before = selection.selected().stream().map(SelectionOutcome::nik).collect(Collectors.toSet());
      selection = selection.releaseAndPromote(o.nik());
      for (SelectionOutcome s : selection.selected()) {
        if (!before.contains(s.nik())) {
          promoted.add(s);
          Enrollment waiting = byNik.get(s.nik());
          CohortId seat = s.cohort().orElseThrow();
          // Promoted into another of their choices: the enrollment is for that cohort.
          Enrollment e =
              waiting.cohort().equals(seat)
                  ? waiting
                  : Enrollment.apply(s.nik(), seat, waiting.appliedOn());
          byNik.put(s.nik(), e.select(reRegistrationBy));
        }
      }
    }
    for (Map.Entry<Nik, Enrollment> entry : byNik.entrySet()) {
      Enrollment e = entry.getValue();
      LocalDate start = cohortOf(e).period().start();
      if (e.status() == EnrollmentStatus.SELECTED) {
        entry.setValue(e.confirmReRegistration(reRegistrationBy).start(start));
      } else if (e.status() == EnrollmentStatus.WAITLISTED) {
        entry.setValue(e.reject(start, StatusReason.of(ReasonCode.WAITLIST_CLOSED)));
      }
    }
    return new Enrolled(
        ImmutableMap.copyOf(byNik),
        ImmutableList.copyOf(duplicates),
        selection,
        ImmutableList.copyOf(promoted),
        lapsed);
  }

  private static ReasonCode reasonOf(SelectionOutcome o) {
    switch (o.reason()) {
      case INELIGIBLE:
        return ReasonCode.INELIGIBLE;
      case DUPLICATE_NIK:
        return ReasonCode.DUPLICATE;
      default:
        return ReasonCode.QUOTA_FULL;
    }
  }

  /**
   * Step 5: an attendance sheet per cohort with its active participants, one session per training
   * day, recorded a session at a time: everyone present except a few absences and excused
   * absences, more of them for a few less reliable participants.
   */
  ImmutableMap<CohortId, AttendanceSheet> attend(Map<Nik, Enrollment> enrollments) {
    ImmutableMap.Builder<CohortId, AttendanceSheet> out = ImmutableMap.builder();
    int index = 0;
    for (Cohort cohort : program.cohorts()) {
      index++;
      List<Nik> participants = active(enrollments, cohort.id());
      if (participants.isEmpty()) {
        continue;
      }
      List<TrainingSession> sessions =
          cohort.trainingDays().stream().map(TrainingSession::onDay).collect(Collectors.toList());
      AttendanceSheet sheet = AttendanceSheet.of(cohort.id(), sessions, participants);
      Random random = new Random(scenario.seed() * 31 + index);
      Map<Nik, Integer> absencePercent = new HashMap<>();
      for (Nik nik : participants) {
        absencePercent.put(nik, random.nextInt(100) < 6 ? 35 : 3);
      }
      for (TrainingSession session : sessions) {
        Map<Nik, AttendanceMark> exceptions = new LinkedHashMap<>();
        for (Nik nik : participants) {
          int draw = random.nextInt(100);
          int absent = absencePercent.get(nik);
          if (draw < absent) {
            exceptions.put(nik, AttendanceMark.ABSENT);
          } else if (draw < absent + 3) {
            exceptions.put(nik, AttendanceMark.EXCUSED);
          }
        }
        sheet = sheet.recordAllPresentExcept(session, exceptions);
      }
      out.put(cohort.id(), sheet);
    }
    return out.build();
  }

  /** What completion produced. */
  record Completed(
      ImmutableMap<Nik, Enrollment> enrollments,
      ImmutableList<Completion> completions,
      ImmutableList<Certificate> certificates) {}

  /**
   * Step 6: at each cohort's last day, the completion rule decides for every active participant;
   * who completes gets a certificate, who does not leaves with the reason.
   */
  Completed complete(Map<Nik, Enrollment> enrollments, Map<CohortId, AttendanceSheet> sheets) {
    Map<Nik, Enrollment> byNik = new LinkedHashMap<>(enrollments);
    ImmutableList.Builder<Completion> completions = ImmutableList.builder();
    ImmutableList.Builder<Certificate> certificates = ImmutableList.builder();
    int index = 0;
    for (Cohort cohort : program.cohorts()) {
      index++;
      AttendanceSheet sheet = sheets.get(cohort.id());
      if (sheet == null) {
        continue;
      }
      Random random = new Random(scenario.seed() * 17 + index);
      LocalDate end = cohort.period().end();
      int number = 0;
      for (Nik nik : sheet.participants()) {
        @Nullable AssessmentResult assessment =
            scenario.completion().assessmentRequired()
                ? (random.nextInt(100) < 93
                    ? AssessmentResult.COMPETENT
                    : AssessmentResult.NOT_YET_COMPETENT)
                : null;
        Completion c = scenario.completion().evaluate(sheet.summary(nik), assessment);
        completions.add(c);
        Enrollment e = byNik.get(nik);
        if (c.isSatisfied()) {
          byNik.put(nik, e.complete(end));
          certificates.add(
              Certificate.issue(c, end, String.format("%s/%03d/%d", cohort.id(), ++number, end.getYear())));
        } else {
          boolean attendance =
              c.unmet().stream()
                  .anyMatch(u -> u.code() == CompletionCode.ATTENDANCE_BELOW_MINIMUM);
          byNik.put(
              nik,
              e.failToComplete(
                  end,
                  StatusReason.of(
                      attendance
                          ? ReasonCode.ATTENDANCE_BELOW_MINIMUM
                          : ReasonCode.NOT_YET_COMPETENT)));
        }
      }
    }
    return new Completed(ImmutableMap.copyOf(byNik), completions.build(), certificates.build());
  }

  private static List<Nik> active(Map<Nik, Enrollment> enrollments, CohortId cohort) {
    List<Nik> out = new ArrayList<>();
    enrollments.forEach(
        (nik, e) -> {
          if (e.cohort().equals(cohort) && e.status() == EnrollmentStatus.ACTIVE) {
            out.add(nik);
          }
        });
    return out;
  }

  private Cohort cohortOf(Enrollment e) {
    return program.cohort(e.cohort()).orElseThrow();
  }
}
