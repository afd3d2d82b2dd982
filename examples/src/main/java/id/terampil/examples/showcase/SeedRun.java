package id.terampil.examples.showcase;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Lists;
import id.terampil.core.applicant.Application;
import id.terampil.core.attendance.AssessmentResult;
import id.terampil.core.attendance.AttendanceMark;
import id.terampil.core.attendance.AttendanceSheet;
import id.terampil.core.attendance.Certificate;
import id.terampil.core.attendance.Completion;
import id.terampil.core.attendance.CompletionCode;
import id.terampil.core.attendance.TrainingSession;
import id.terampil.core.eligibility.EligibilityDecision;
import id.terampil.core.eligibility.ParticipationHistory;
import id.terampil.core.enrollment.Enrollment;
import id.terampil.core.enrollment.EnrollmentStatus;
import id.terampil.core.enrollment.Enrollments;
import id.terampil.core.enrollment.ReasonCode;
import id.terampil.core.enrollment.StatusReason;
import id.terampil.core.followup.BusinessGroup;
import id.terampil.core.followup.FollowUpActivity;
import id.terampil.core.followup.FollowUpLedger;
import id.terampil.core.followup.FollowUpPlan;
import id.terampil.core.followup.GrantConflict;
import id.terampil.core.followup.Outcome;
import id.terampil.core.followup.OutcomeStatus;
import id.terampil.core.followup.PlannedFollowUp;
import id.terampil.core.followup.Recipient;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Nik;
import id.terampil.core.identity.Organizer;
import id.terampil.core.indicators.IndicatorInputs;
import id.terampil.core.indicators.ProgramIndicators;
import id.terampil.core.program.Cohort;
import id.terampil.core.program.Intake;
import id.terampil.core.program.Nomination;
import id.terampil.core.program.NominationOutcome;
import id.terampil.core.program.ParticipantRole;
import id.terampil.core.program.TrainingProgram;
import id.terampil.core.selection.SelectionOutcome;
import id.terampil.core.selection.SelectionResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One program run end to end, the way an agency's system would use the library: pool ->
 * eligibility -> selection -> enrollment -> attendance -> completion -> follow-up (a {@link
 * FollowUpLedger} of the deliveries of the program's {@link FollowUpPlan}, and {@link Outcome}s at
 * its checkpoints) -> {@link ProgramIndicators}. Each step is a method that takes the previous
 * step's output; {@link #run(Scenario)} chains them. Every pseudo-random choice (who misses
 * re-registration, attendance marks, assessment results, outcomes) comes from the scenario's seed,
 * so a run is reproducible.
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
    ImmutableList<NominationOutcome> nominations = run.nominate(applications);
    ImmutableMap<Application, EligibilityDecision> eligibility =
        run.eligibility(applications, nominations);
    SelectionResult selection = run.select(applications);
    Enrolled enrolled = run.enroll(selection, nominations);
    ImmutableMap<CohortId, AttendanceSheet> attendance = run.attend(enrolled.enrollments());
    Completed completed = run.complete(enrolled.enrollments(), attendance);
    FollowedUp followedUp = run.followUp(completed.enrollments());
    ProgramIndicators indicators = run.indicators(applications, completed, attendance, followedUp);
    return new RunResult(
        scenario,
        applications,
        eligibility,
        nominations,
        selection,
        enrolled.selection(),
        enrolled.promoted(),
        ImmutableList.copyOf(completed.enrollments().values()),
        enrolled.duplicates(),
        attendance,
        completed.completions(),
        completed.certificates(),
        followedUp.ledger(),
        followedUp.refusedGrant(),
        followedUp.outcomes(),
        indicators);
  }

  /** Step 1: the applications. */
  ImmutableList<Application> pool() {
    return scenario.pool().applications(program, scenario.registrationCloses());
  }

  /** Whether people come into {@code cohort} by nomination rather than registration. */
  private boolean nominated(CohortId cohort) {
    return program.cohort(cohort).orElseThrow().intake() == Intake.NOMINATION;
  }

  /**
   * Step 2a: the agency's nominations into cohorts filled by nomination: the people put forward
   * for such a cohort, in order, each in one of the cohort's roles taken in turn (SYNTHETIC: the
   * roles of the people; one in ten is put forward as a citizen, a role such cohorts do not
   * admit), decided by the cohort's admission.
   */
  ImmutableList<NominationOutcome> nominate(List<Application> applications) {
    ImmutableList.Builder<NominationOutcome> out = ImmutableList.builder();
    for (Cohort cohort : program.cohorts()) {
      if (cohort.intake() != Intake.NOMINATION) {
        continue;
      }
      List<ParticipantRole> roles = List.copyOf(cohort.participantRoles());
      List<Nomination> nominations = new ArrayList<>();
      for (Application a : applications) {
        if (a.firstChoice().equals(cohort.id())) {
          int n = nominations.size();
          ParticipantRole role =
              n % 10 == 9 ? ParticipantRole.CITIZEN_APPLICANT : roles.get(n % roles.size());
          nominations.add(Nomination.of(a.applicant(), role));
        }
      }
      out.addAll(
          program
              .admission(cohort.id())
              .nominate(nominations, scenario.registrationCloses(), Map.of()));
    }
    return out.build();
  }

  /**
   * Step 2b: each application's admission to its first choice at the close of registration, as
   * the cohort's admission decides it (for a nominee, in the role nominated).
   */
  ImmutableMap<Application, EligibilityDecision> eligibility(
      List<Application> applications, List<NominationOutcome> nominations) {
    Map<Nik, ParticipantRole> roles = new HashMap<>();
    for (NominationOutcome o : nominations) {
      roles.putIfAbsent(o.nomination().person().nik(), o.nomination().role());
    }
    ImmutableMap.Builder<Application, EligibilityDecision> out = ImmutableMap.builder();
    for (Application a : applications) {
      out.put(
          a,
          program
              .admission(a.firstChoice())
              .decide(
                  a.applicant(),
                  roles.getOrDefault(a.applicant().nik(), ParticipantRole.CITIZEN_APPLICANT),
                  scenario.registrationCloses(),
                  ParticipationHistory.empty()));
    }
    return out.buildKeepingLast();
  }

  /**
   * Step 3: selection by the scenario's policy among the applications to cohorts open to
   * registration; each choice is judged by its own cohort's admission.
   */
  SelectionResult select(List<Application> applications) {
    List<Application> open =
        applications.stream().filter(a -> !nominated(a.firstChoice())).collect(Collectors.toList());
    return scenario.selection().select(program, scenario.registrationCloses(), open);
  }

  /** What enrollment produced: the enrollments by participant, after seats were re-filled. */
  record Enrolled(
      ImmutableMap<Nik, Enrollment> enrollments,
      ImmutableList<Enrollment> duplicates,
      SelectionResult selection,
      ImmutableList<SelectionOutcome> promoted) {}

  /**
   * Step 4: an enrollment per person from the nominations and from the selection ({@link
   * Enrollments}): selected, waitlisted or rejected with the mapped reason. A duplicate
   * registration keeps its own rejected record here, so the report can count it. A few selected
   * applicants miss re-registration (lapsed), their seat is released and the next in line
   * promoted, and {@link Enrollments#update} moves the enrollments along; the rest re-register and
   * start on the cohort's first day; whoever is still waiting when training starts is rejected.
   */
  Enrolled enroll(SelectionResult initial, List<NominationOutcome> nominations) {
    Map<Nik, Enrollment> byNik = new LinkedHashMap<>();
    List<Enrollment> duplicates = new ArrayList<>();
    for (Enrollment e :
        Enrollments.fromNominations(nominations, scenario.registrationCloses(), selectedOn)) {
      byNik.put(e.participant(), e);
    }
    for (NominationOutcome o : nominations) {
      if (o.status() == NominationOutcome.Status.DUPLICATE_NIK) {
        duplicates.add(
            Enrollment.apply(o.nomination().person().nik(), o.cohort(), scenario.registrationCloses())
                .reject(selectedOn, StatusReason.of(ReasonCode.DUPLICATE)));
      }
    }
    for (SelectionOutcome o : initial.all()) {
      if (initial.outcomeOf(o.nik()).orElseThrow() != o) {
        duplicates.add(
            Enrollment.apply(o.nik(), o.application().firstChoice(),
                    o.application().registeredAt().toLocalDate())
                .reject(selectedOn, StatusReason.of(ReasonCode.DUPLICATE)));
      }
    }
    List<Enrollment> intake = new ArrayList<>(Enrollments.fromSelection(initial, selectedOn));
    // Re-registration: a few miss it; each released seat goes to the next in line.
    Random random = new Random(scenario.seed() ^ 0x5EEDL);
    SelectionResult selection = initial;
    List<SelectionOutcome> promoted = new ArrayList<>();
    for (SelectionOutcome o : initial.selected()) {
      if (random.nextInt(100) >= LAPSE_PERCENT) {
        continue;
      }
      intake.replaceAll(
          e -> e.participant().equals(o.nik())
              ? e.lapse(reRegistrationBy, StatusReason.of(ReasonCode.MISSED_RE_REGISTRATION))
              : e);
      Set<Nik> before =
          selection.selected().stream().map(SelectionOutcome::nik).collect(Collectors.toSet());
      selection = selection.releaseAndPromote(o.nik(), reRegistrationBy);
      selection.selected().stream().filter(s -> !before.contains(s.nik())).forEach(promoted::add);
      intake = new ArrayList<>(Enrollments.update(intake, selection, reRegistrationBy));
    }
    for (Enrollment e : intake) {
      if (byNik.containsKey(e.participant())) {
        duplicates.add(e);
      } else {
        byNik.put(e.participant(), e);
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
        ImmutableList.copyOf(promoted));
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
      List<TrainingSession> sessions = TrainingSession.ofCohort(cohort, Set.of());
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

  /** Returns whether {@code completion} found attendance below its rule's minimum. */
  static boolean belowAttendanceMinimum(Completion completion) {
    return completion.unmet().stream()
        .anyMatch(u -> u.code() == CompletionCode.ATTENDANCE_BELOW_MINIMUM);
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
      LocalDate end = cohort.period().endInclusive();
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
          byNik.put(nik, e.complete(end, c));
          certificates.add(
              Certificate.issue(c, end, String.format("%s/%03d/%d", cohort.id(), ++number, end.getYear())));
        } else {
          boolean attendance = belowAttendanceMinimum(c);
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

  /** What follow-up produced. */
  record FollowedUp(
      FollowUpLedger ledger,
      Optional<GrantConflict> refusedGrant,
      ImmutableList<Outcome> outcomes,
      LocalDate asOf) {}

  /** Members of a business group (kelompok usaha) formed by the graduates of a cohort. */
  private static final int GROUP_SIZE = 5;

  /**
   * Step 7: the follow-up plan delivered and followed. Each planned step goes to the graduates of
   * every cohort in the first month of its window (or on the day and to the cohorts of a {@link
   * Scenario.HandOver}), to each graduate or, for steps given to groups, to business groups of
   * {@value #GROUP_SIZE} graduates of a cohort; all deliveries are recorded in one ledger. A second
   * one-time grant to the first grantee is then tried, as a double request would be, and the
   * ledger's refusal kept. At each checkpoint of the plan every graduate gets an outcome drawn
   * from the scenario's weights.
   */
  FollowedUp followUp(Map<Nik, Enrollment> enrollments) {
    Map<CohortId, List<Nik>> graduates = new LinkedHashMap<>();
    for (Cohort c : program.cohorts()) {
      graduates.put(c.id(), new ArrayList<>());
    }
    enrollments.forEach(
        (nik, e) -> {
          if (e.status() == EnrollmentStatus.COMPLETED) {
            graduates.get(e.cohort()).add(nik);
          }
        });
    LocalDate asOf = program.cohorts().stream().map(c -> c.period().endInclusive())
        .max(LocalDate::compareTo).orElseThrow();
    Optional<FollowUpPlan> plan = program.followUpPlan();
    if (plan.isEmpty()) {
      return new FollowedUp(FollowUpLedger.empty(), Optional.empty(), ImmutableList.of(), asOf);
    }
    List<FollowUpActivity> activities = new ArrayList<>();
    for (PlannedFollowUp step : plan.get().steps()) {
      Organizer provider = step.provider().orElse(program.organizer());
      Scenario.@Nullable HandOver handOver = scenario.handOvers().get(step.kind());
      for (Cohort cohort : program.cohorts()) {
        List<Nik> nikList = graduates.get(cohort.id());
        if (nikList.isEmpty() || (handOver != null && !handOver.cohorts().contains(cohort.id()))) {
          continue;
        }
        LocalDate on =
            handOver != null ? handOver.date() : cohort.period().endInclusive().plusMonths(step.fromMonth());
        List<Recipient> recipients = new ArrayList<>();
        if (step.toGroups()) {
          int n = 0;
          for (List<Nik> members : Lists.partition(nikList, GROUP_SIZE)) {
            recipients.add(Recipient.group(BusinessGroup.of(
                String.format("Kelompok %s %d", cohort.name().orElse(cohort.id().toString()), ++n),
                members)));
          }
        } else {
          nikList.forEach(nik -> recipients.add(Recipient.participant(nik)));
        }
        for (Recipient r : recipients) {
          FollowUpActivity.Builder a =
              FollowUpActivity.builder().kind(step.kind()).deliveredBy(provider).recipient(r)
                  .date(on).cohort(cohort.id());
          step.note().ifPresent(a::note);
          activities.add(a.build());
        }
      }
    }
    FollowUpLedger ledger = FollowUpLedger.of(activities);
    Optional<GrantConflict> refused =
        ledger.activities().stream()
            .filter(a -> a.kind().isOneTimeGrant())
            .findFirst()
            .flatMap(first -> ledger.conflictOf(
                FollowUpActivity.builder()
                    .kind(first.kind())
                    .deliveredBy(first.deliveredBy())
                    .recipient(Recipient.participant(first.recipient().beneficiaries().asList().get(0)))
                    .date(first.date().plusMonths(1))
                    .note("Permintaan kedua (second request)")
                    .build()));
    ImmutableList<Outcome> outcomes = outcomes(plan.get(), graduates);
    for (FollowUpActivity a : activities) {
      asOf = a.date().isAfter(asOf) ? a.date() : asOf;
    }
    for (Outcome o : outcomes) {
      asOf = o.observedOn().isAfter(asOf) ? o.observedOn() : asOf;
    }
    return new FollowedUp(ledger, refused, outcomes, asOf);
  }

  /** Each graduate's status at each checkpoint, drawn from the scenario's weights. */
  private ImmutableList<Outcome> outcomes(FollowUpPlan plan, Map<CohortId, List<Nik>> graduates) {
    int total = scenario.outcomeWeights().values().stream().mapToInt(Integer::intValue).sum();
    if (total == 0) {
      return ImmutableList.of();
    }
    Random random = new Random(scenario.seed() * 13 + 7);
    ImmutableList.Builder<Outcome> out = ImmutableList.builder();
    for (Cohort cohort : program.cohorts()) {
      LocalDate completedOn = cohort.period().endInclusive();
      for (Nik nik : graduates.get(cohort.id())) {
        for (int months : plan.checkpoints()) {
          int draw = random.nextInt(total);
          @Nullable OutcomeStatus status = null;
          for (Map.Entry<OutcomeStatus, Integer> w : scenario.outcomeWeights().entrySet()) {
            draw -= w.getValue();
            if (draw < 0) {
              status = w.getKey();
              break;
            }
          }
          out.add(Outcome.of(nik, months, Objects.requireNonNull(status),
              FollowUpPlan.checkpointDate(completedOn, months)));
        }
      }
    }
    return out.build();
  }

  /**
   * Step 8: the indicators at the end of follow-up, from every enrollment, attendance sheet,
   * completion decision, certificate, delivery and outcome. Duplicate registrations have no enrollment of their own; they count
   * as applicants through {@code reportedApplicants}.
   */
  ProgramIndicators indicators(
      List<Application> applications,
      Completed completed,
      Map<CohortId, AttendanceSheet> sheets,
      FollowedUp followedUp) {
    return ProgramIndicators.compute(
        IndicatorInputs.builder()
            .program(program)
            .asOf(followedUp.asOf())
            .addAllEnrollments(completed.enrollments().values())
            .addAllAttendanceSheets(sheets.values())
            .addAllCompletions(completed.completions())
            .addAllCertificates(completed.certificates())
            .addAllActivities(followedUp.ledger().activities())
            .addAllOutcomes(followedUp.outcomes())
            .reportedApplicants(applications.size())
            .build());
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
