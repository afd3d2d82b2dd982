package id.terampil.core.indicators;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import id.terampil.core.attendance.AssessmentResult;
import id.terampil.core.attendance.AttendanceSheet;
import id.terampil.core.attendance.AttendanceSummary;
import id.terampil.core.attendance.Certificate;
import id.terampil.core.attendance.Completion;
import id.terampil.core.attendance.Ratio;
import id.terampil.core.enrollment.Enrollment;
import id.terampil.core.enrollment.EnrollmentEvent;
import id.terampil.core.enrollment.EnrollmentStatus;
import id.terampil.core.followup.FollowUpActivity;
import id.terampil.core.followup.FollowUpKind;
import id.terampil.core.followup.FollowUpPlan;
import id.terampil.core.followup.Outcome;
import id.terampil.core.followup.OutcomeStatus;
import id.terampil.core.followup.PlannedFollowUp;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Nik;
import id.terampil.core.money.Rupiah;
import id.terampil.core.program.Cohort;
import id.terampil.core.program.Funding;
import id.terampil.core.program.FundingSource;
import id.terampil.core.program.Seats;
import id.terampil.core.program.TrainingProgram;
import id.terampil.core.time.DateRange;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/** Computes {@link ProgramIndicators}; linear in the size of the inputs. */
final class IndicatorCalculator {

  /**
   * The selection outcome and furthest stage an application has reached (see EnrollmentCounts);
   * declared in funnel order, so a later stage compares greater.
   */
  private enum Stage {
    PENDING,
    WITHDRAWN_BEFORE_SELECTION,
    REJECTED,
    WAITLISTED,
    SELECTED,
    ENROLLED,
    STARTED,
    COMPLETED;

    boolean atLeast(Stage other) {
      return compareTo(SELECTED) >= 0 && compareTo(other) >= 0;
    }
  }

  /** One application at the reference date. */
  private static final class Application {
    final Nik participant;
    final CohortId cohort;
    final EnrollmentStatus status;
    final Stage stage;
    final @Nullable LocalDate completedOn;

    Application(Enrollment e, LocalDate asOf) {
      this.participant = e.participant();
      this.cohort = e.cohort();
      EnrollmentEvent last = null;
      // The furthest stage with a seat reached since the last rejection, whatever came later:
      // re-openings (e.g. EXCLUDED -> ENROLLED, WITHDRAWN -> APPLIED) do not undo a stage, but a
      // rejection (a selection cancelled at verification) voids the seat.
      Stage furthest = null;
      for (EnrollmentEvent event : e.history()) {
        if (event.date().isAfter(asOf)) {
          break;
        }
        last = event;
        if (event.to() == EnrollmentStatus.REJECTED) {
          furthest = null;
        } else {
          Stage reached = seatStageOf(event.to());
          if (reached != null && (furthest == null || reached.compareTo(furthest) > 0)) {
            furthest = reached;
          }
        }
      }
      this.status = last == null ? EnrollmentStatus.APPLIED : last.to();
      this.stage = furthest != null ? furthest : seatlessStageOf(status);
      this.completedOn = status == EnrollmentStatus.COMPLETED && last != null ? last.date() : null;
    }
  }

  private IndicatorCalculator() {}

  /** The stage a status reached through a seat stands for, or null for any other status. */
  private static @Nullable Stage seatStageOf(EnrollmentStatus status) {
    switch (status) {
      case SELECTED:
        return Stage.SELECTED;
      case ENROLLED:
        return Stage.ENROLLED;
      case ACTIVE:
      case NOT_COMPLETED:
      case DROPPED_OUT:
        return Stage.STARTED;
      case COMPLETED:
        return Stage.COMPLETED;
      default:
        return null;
    }
  }

  /** The selection outcome of an application without a seat since its last rejection. */
  private static Stage seatlessStageOf(EnrollmentStatus status) {
    switch (status) {
      case APPLIED:
        return Stage.PENDING;
      case WAITLISTED:
        return Stage.WAITLISTED;
      case REJECTED:
        return Stage.REJECTED;
      case WITHDRAWN:
      case LAPSED:
      case EXCLUDED:
        // Only a withdrawal can leave without a seat (from applied or waitlisted); lapsing and
        // exclusion need one, so they cannot reach here.
        return Stage.WITHDRAWN_BEFORE_SELECTION;
      default:
        throw new AssertionError(status + " is reached only through a seat");
    }
  }

  static ProgramIndicators compute(IndicatorInputs in) {
    TrainingProgram program = in.program();
    LocalDate asOf = in.asOf();
    List<Application> applications = new ArrayList<>();
    for (Enrollment e : in.enrollments()) {
      if (!e.appliedOn().isAfter(asOf)) {
        applications.add(new Application(e, asOf));
      }
    }
    List<FollowUpActivity> activities = new ArrayList<>();
    for (FollowUpActivity a : in.activities()) {
      if (!a.date().isAfter(asOf)) {
        activities.add(a);
      }
    }
    Map<Nik, Map<Integer, List<Outcome>>> observed = observedOutcomes(in.outcomes(), asOf);
    SortedSet<Integer> planned =
        new TreeSet<>(
            program.followUpPlan().map(FollowUpPlan::checkpoints).orElse(ImmutableSortedSet.of()));
    Scope scope = new Scope(in, asOf, observed, planned, activities);

    int unrecorded = in.reportedApplicants().map(r -> r - applications.size()).orElse(0);
    IndicatorSet overall =
        scope.set(program.totalSeats(), applications, unrecorded, c -> true, a -> true);
    ImmutableMap.Builder<CohortId, IndicatorSet> byCohortBuilder = ImmutableMap.builder();
    for (Cohort cohort : program.cohorts()) {
      CohortId id = cohort.id();
      List<Application> mine = new ArrayList<>();
      for (Application a : applications) {
        if (a.cohort.equals(id)) {
          mine.add(a);
        }
      }
      byCohortBuilder.put(
          id,
          scope.set(
              cohort.seats(), mine, 0, id::equals, a -> a.cohort().equals(Optional.of(id))));
    }
    ImmutableMap<CohortId, IndicatorSet> byCohort = byCohortBuilder.build();

    Map<Nik, LocalDate> completers = completionDates(applications);
    int unmatched = 0;
    for (Outcome o : in.outcomes()) {
      if (!o.observedOn().isAfter(asOf) && !isAfterCompletion(o, completers)) {
        unmatched++;
      }
    }

    Costs costs = new Costs(program, asOf, byCohort);
    return ImmutableProgramIndicators.builder()
        .program(program.id())
        .asOf(asOf)
        .overall(overall)
        .putAllByCohort(byCohort)
        .addAllCosts(costs.bySource())
        .putAllCostsByFiscalYear(costs.byFiscalYear())
        .putAllCostsByCohort(costs.byCohort())
        .unmatchedOutcomes(unmatched)
        .build();
  }

  /**
   * The costs of the funding lines of fiscal years begun by the reference date (see {@link
   * FundingCost}).
   */
  private static final class Costs {
    private final TrainingProgram program;
    private final List<Funding> begun = new ArrayList<>();
    private final Map<CohortId, IndicatorSet> byCohort;

    Costs(TrainingProgram program, LocalDate asOf, Map<CohortId, IndicatorSet> byCohort) {
      this.program = program;
      this.byCohort = byCohort;
      int year = DateRange.fiscalYearOf(asOf);
      for (Funding f : program.funding()) {
        if (f.fiscalYear() <= year) {
          begun.add(f);
        }
      }
    }

    /** All begun lines, then each source's, sources in the order first listed. */
    List<FundingCost> bySource() {
      List<FundingCost> out = new ArrayList<>();
      out.add(cost(begun).build());
      Map<FundingSource, List<Funding>> sources = new LinkedHashMap<>();
      for (Funding f : begun) {
        sources.computeIfAbsent(f.source(), k -> new ArrayList<>()).add(f);
      }
      sources.forEach((source, lines) -> out.add(cost(lines).source(source).build()));
      return out;
    }

    Map<Integer, FundingCost> byFiscalYear() {
      Map<Integer, List<Funding>> years = new TreeMap<>();
      for (Funding f : begun) {
        years.computeIfAbsent(f.fiscalYear(), k -> new ArrayList<>()).add(f);
      }
      Map<Integer, FundingCost> out = new LinkedHashMap<>();
      years.forEach((year, lines) -> out.put(year, cost(lines).fiscalYear(year).build()));
      return out;
    }

    /** Each cohort's share of the begun lines that pay for it. */
    Map<CohortId, FundingCost> byCohort() {
      Map<CohortId, @Nullable Rupiah> shares = new LinkedHashMap<>();
      for (Cohort c : program.cohorts()) {
        shares.put(c.id(), Rupiah.ZERO);
      }
      for (Funding f : begun) {
        ImmutableList<Cohort> paid = program.cohortsPaidBy(f);
        Optional<ImmutableList<Rupiah>> split = f.amount().map(a -> share(a, paid));
        for (int i = 0; i < paid.size(); i++) {
          CohortId id = paid.get(i).id();
          Rupiah sofar = shares.get(id);
          shares.put(
              id, sofar == null || split.isEmpty() ? null : sofar.plus(split.get().get(i)));
        }
      }
      Map<CohortId, FundingCost> out = new LinkedHashMap<>();
      shares.forEach(
          (id, funding) ->
              out.put(
                  id,
                  heads(ImmutableFundingCost.builder(), ImmutableList.of(id))
                      .funding(Optional.ofNullable(funding))
                      .cohort(id)
                      .build()));
      return out;
    }

    /** The cost of {@code lines}: their sum over the participants of the cohorts they pay for. */
    private ImmutableFundingCost.Builder cost(List<Funding> lines) {
      Set<CohortId> paid = new LinkedHashSet<>();
      for (Funding f : lines) {
        for (Cohort c : program.cohortsPaidBy(f)) {
          paid.add(c.id());
        }
      }
      return heads(ImmutableFundingCost.builder(), paid).funding(Funding.sum(lines));
    }

    private ImmutableFundingCost.Builder heads(
        ImmutableFundingCost.Builder b, Iterable<CohortId> cohorts) {
      int participants = 0;
      int completed = 0;
      for (CohortId id : cohorts) {
        EnrollmentCounts counts = Objects.requireNonNull(byCohort.get(id)).counts();
        participants += counts.started();
        completed += counts.completed();
      }
      return b.participants(participants).completers(completed);
    }
  }

  /**
   * Splits {@code amount} among {@code cohorts} in proportion to their seats ({@link Seats#max()}):
   * whole-rupiah shares rounded down, then the rupiah left over one each to the cohorts with the
   * largest remainders, the first in order on a tie; the shares add up to {@code amount}.
   */
  static ImmutableList<Rupiah> share(Rupiah amount, List<Cohort> cohorts) {
    BigInteger total = BigInteger.ZERO;
    for (Cohort c : cohorts) {
      total = total.add(BigInteger.valueOf(c.seats().max()));
    }
    BigInteger a = BigInteger.valueOf(amount.amount());
    long[] shares = new long[cohorts.size()];
    BigInteger[] remainders = new BigInteger[cohorts.size()];
    long left = amount.amount();
    for (int i = 0; i < shares.length; i++) {
      BigInteger[] qr = a.multiply(BigInteger.valueOf(cohorts.get(i).seats().max())).divideAndRemainder(total);
      shares[i] = qr[0].longValueExact();
      remainders[i] = qr[1];
      left -= shares[i];
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < shares.length; i++) {
      order.add(i);
    }
    order.sort((x, y) -> remainders[y].compareTo(remainders[x]));
    for (int k = 0; k < left; k++) {
      shares[order.get(k)]++;
    }
    ImmutableList.Builder<Rupiah> out = ImmutableList.builder();
    for (long share : shares) {
      out.add(Rupiah.of(share));
    }
    return out.build();
  }

  /**
   * The observations by {@code asOf} per participant and checkpoint, in input order (a later
   * input wins a tie of dates).
   */
  private static Map<Nik, Map<Integer, List<Outcome>>> observedOutcomes(
      List<Outcome> outcomes, LocalDate asOf) {
    Map<Nik, Map<Integer, List<Outcome>>> observed = new HashMap<>();
    for (Outcome o : outcomes) {
      if (!o.observedOn().isAfter(asOf)) {
        observed
            .computeIfAbsent(o.participant(), k -> new HashMap<>())
            .computeIfAbsent(o.monthsAfterCompletion(), k -> new ArrayList<>())
            .add(o);
      }
    }
    return observed;
  }

  /**
   * Whether {@code o} matches a completion in {@code completers}: its person completed, and it was
   * observed on or after that completion (an earlier observation cannot be an outcome of it).
   */
  private static boolean isAfterCompletion(Outcome o, Map<Nik, LocalDate> completers) {
    LocalDate completedOn = completers.get(o.participant());
    return completedOn != null && !o.observedOn().isBefore(completedOn);
  }

  /** The latest completion date per person among {@code applications}. */
  private static Map<Nik, LocalDate> completionDates(List<Application> applications) {
    Map<Nik, LocalDate> dates = new HashMap<>();
    for (Application a : applications) {
      if (a.completedOn != null) {
        dates.merge(a.participant, a.completedOn, (x, y) -> x.isAfter(y) ? x : y);
      }
    }
    return dates;
  }

  /** Computes the indicator set of one scope (the program or a cohort). */
  private static final class Scope {
    private final IndicatorInputs in;
    private final LocalDate asOf;
    private final Map<Nik, Map<Integer, List<Outcome>>> observed;
    private final SortedSet<Integer> planned;
    private final List<FollowUpActivity> activities;

    Scope(
        IndicatorInputs in,
        LocalDate asOf,
        Map<Nik, Map<Integer, List<Outcome>>> observed,
        SortedSet<Integer> planned,
        List<FollowUpActivity> activities) {
      this.in = in;
      this.asOf = asOf;
      this.observed = observed;
      this.planned = planned;
      this.activities = activities;
    }

    IndicatorSet set(
        Seats seats,
        List<Application> applications,
        int unrecorded,
        Predicate<CohortId> cohorts,
        Predicate<FollowUpActivity> inScope) {
      Map<Nik, LocalDate> completers = completionDates(applications);
      ImmutableIndicatorSet.Builder b =
          ImmutableIndicatorSet.builder()
              .seats(seats)
              .counts(counts(applications, unrecorded))
              .people(people(applications))
              .credentials(credentials(cohorts))
              .addAllOutcomes(outcomes(completers))
              .putAllSupport(support(activities, inScope))
              .putAllFollowUp(followUp(completers));
      attendance(cohorts, b);
      return b.build();
    }

    /**
     * Certificates issued by {@code asOf}; assessment results of decisions whose last session was
     * held by then.
     */
    private Credentials credentials(Predicate<CohortId> cohorts) {
      int certificates = 0;
      for (Certificate c : in.certificates()) {
        if (cohorts.test(c.cohort()) && !c.issueDate().isAfter(asOf)) {
          certificates++;
        }
      }
      Map<AssessmentResult, Integer> results = new EnumMap<>(AssessmentResult.class);
      for (Completion c : in.completions()) {
        if (cohorts.test(c.cohort())
            && !c.attendance().lastSessionDate().isAfter(asOf)
            && c.assessment().isPresent()) {
          results.merge(c.assessment().get(), 1, Integer::sum);
        }
      }
      return ImmutableCredentials.builder()
          .certificates(certificates)
          .competent(results.getOrDefault(AssessmentResult.COMPETENT, 0))
          .notYetCompetent(results.getOrDefault(AssessmentResult.NOT_YET_COMPETENT, 0))
          .build();
    }

    /** Each planned kind against its delivery to the scope's completers. */
    private Map<FollowUpKind, FollowUpProgress> followUp(Map<Nik, LocalDate> completers) {
      Map<FollowUpKind, PlannedFollowUp> latest = new EnumMap<>(FollowUpKind.class);
      for (PlannedFollowUp step :
          in.program().followUpPlan().map(FollowUpPlan::steps).orElse(ImmutableList.of())) {
        latest.merge(step.kind(), step, (x, y) -> y.toMonth() > x.toMonth() ? y : x);
      }
      Map<FollowUpKind, FollowUpProgress> out = new EnumMap<>(FollowUpKind.class);
      latest.forEach(
          (kind, step) -> {
            Set<Nik> received = new HashSet<>();
            for (FollowUpActivity a : activities) {
              if (a.kind() == kind) {
                received.addAll(a.recipient().beneficiaries());
              }
            }
            int due = 0;
            int delivered = 0;
            int overdue = 0;
            for (Map.Entry<Nik, LocalDate> c : completers.entrySet()) {
              boolean got = received.contains(c.getKey());
              boolean isDue = !step.dueBy(c.getValue()).isAfter(asOf);
              delivered += got ? 1 : 0;
              due += isDue ? 1 : 0;
              overdue += isDue && !got ? 1 : 0;
            }
            out.put(
                kind,
                ImmutableFollowUpProgress.builder()
                    .kind(kind)
                    .completers(completers.size())
                    .due(due)
                    .delivered(delivered)
                    .overdue(overdue)
                    .build());
          });
      return out;
    }

    /** Sessions dated after {@code asOf} are not yet held, so their marks are left out. */
    private void attendance(Predicate<CohortId> cohorts, ImmutableIndicatorSet.Builder b) {
      BigInteger num = BigInteger.ZERO;
      BigInteger den = BigInteger.ONE;
      int n = 0;
      for (AttendanceSheet sheet : in.attendanceSheets()) {
        if (!cohorts.test(sheet.cohort())) {
          continue;
        }
        Optional<AttendanceSheet> held = sheet.heldBy(asOf);
        if (held.isEmpty()) {
          continue;
        }
        for (AttendanceSummary summary : held.get().summaries().values()) {
          Optional<Ratio> rate = summary.rate(in.excusedCountsAsPresent());
          if (rate.isPresent()) {
            BigInteger p = BigInteger.valueOf(rate.get().numerator());
            BigInteger q = BigInteger.valueOf(rate.get().denominator());
            num = num.multiply(q).add(p.multiply(den));
            den = den.multiply(q);
            BigInteger g = num.gcd(den);
            num = num.divide(g);
            den = den.divide(g);
            n++;
          }
        }
      }
      b.participantsWithAttendance(n);
      if (n > 0) {
        b.meanAttendanceRate(exactOrRounded(num, den.multiply(BigInteger.valueOf(n))));
      }
    }

    private ImmutableList<CheckpointOutcomes> outcomes(Map<Nik, LocalDate> completers) {
      SortedSet<Integer> checkpoints = new TreeSet<>(planned);
      for (Nik nik : completers.keySet()) {
        for (List<Outcome> list : observed.getOrDefault(nik, Map.of()).values()) {
          for (Outcome o : list) {
            if (isAfterCompletion(o, completers)) {
              checkpoints.add(o.monthsAfterCompletion());
            }
          }
        }
      }
      int window = in.outcomeWindowMonths();
      ImmutableList.Builder<CheckpointOutcomes> out = ImmutableList.builder();
      for (int months : checkpoints) {
        Map<OutcomeStatus, Integer> byStatus = new EnumMap<>(OutcomeStatus.class);
        int notRecorded = 0;
        int notYetDue = 0;
        int early = 0;
        int late = 0;
        for (Map.Entry<Nik, LocalDate> c : completers.entrySet()) {
          LocalDate completedOn = c.getValue();
          LocalDate due = FollowUpPlan.checkpointDate(completedOn, months);
          LocalDate windowEnd = due.plusMonths(window);
          Outcome inWindow = null;
          boolean sawEarly = false;
          boolean sawLate = false;
          for (Outcome o : observed.getOrDefault(c.getKey(), Map.of()).getOrDefault(months, List.of())) {
            LocalDate on = o.observedOn();
            if (on.isBefore(completedOn)) {
              continue; // unmatched: observed before this completion
            }
            if (on.isBefore(due)) {
              sawEarly = true;
            } else if (on.isAfter(windowEnd)) {
              sawLate = true;
            } else if (inWindow == null || !on.isBefore(inWindow.observedOn())) {
              inWindow = o;
            }
          }
          if (inWindow != null) {
            byStatus.merge(inWindow.status(), 1, Integer::sum);
            continue;
          }
          early += sawEarly ? 1 : 0;
          late += sawLate ? 1 : 0;
          if (!due.isAfter(asOf)) {
            notRecorded++;
          } else {
            notYetDue++;
          }
        }
        out.add(
            ImmutableCheckpointOutcomes.builder()
                .monthsAfterCompletion(months)
                .windowMonths(window)
                .completers(completers.size())
                .putAllByStatus(byStatus)
                .notRecorded(notRecorded)
                .notYetDue(notYetDue)
                .observedEarly(early)
                .observedLate(late)
                .build());
      }
      return out.build();
    }
  }

  /** Each person once, at the furthest stage any of their applications reached. */
  private static PersonCounts people(List<Application> applications) {
    Map<Nik, Stage> furthest = new HashMap<>();
    for (Application a : applications) {
      furthest.merge(a.participant, a.stage, (x, y) -> x.compareTo(y) >= 0 ? x : y);
    }
    int selected = 0;
    int started = 0;
    int completed = 0;
    for (Stage stage : furthest.values()) {
      selected += stage.atLeast(Stage.SELECTED) ? 1 : 0;
      started += stage.atLeast(Stage.STARTED) ? 1 : 0;
      completed += stage == Stage.COMPLETED ? 1 : 0;
    }
    return ImmutablePersonCounts.builder()
        .applicants(furthest.size())
        .selected(selected)
        .started(started)
        .completed(completed)
        .build();
  }

  private static EnrollmentCounts counts(List<Application> applications, int unrecorded) {
    Map<Stage, Integer> stages = new EnumMap<>(Stage.class);
    Map<EnrollmentStatus, Integer> statuses = new EnumMap<>(EnrollmentStatus.class);
    int inTraining = 0;
    for (Application a : applications) {
      stages.merge(a.stage, 1, Integer::sum);
      statuses.merge(a.status, 1, Integer::sum);
      if (a.status == EnrollmentStatus.ACTIVE) {
        inTraining++;
      }
    }
    return ImmutableEnrollmentCounts.builder()
        .applicants(applications.size() + unrecorded)
        .unrecorded(unrecorded)
        .pending(stages.getOrDefault(Stage.PENDING, 0))
        .withdrawnBeforeSelection(stages.getOrDefault(Stage.WITHDRAWN_BEFORE_SELECTION, 0))
        .rejected(stages.getOrDefault(Stage.REJECTED, 0))
        .waitlisted(stages.getOrDefault(Stage.WAITLISTED, 0))
        .selected(atLeast(stages, Stage.SELECTED))
        .enrolled(atLeast(stages, Stage.ENROLLED))
        .started(atLeast(stages, Stage.STARTED))
        .inTraining(inTraining)
        .completed(stages.getOrDefault(Stage.COMPLETED, 0))
        .putAllByStatus(statuses)
        .build();
  }

  private static int atLeast(Map<Stage, Integer> stages, Stage stage) {
    int n = 0;
    for (Map.Entry<Stage, Integer> e : stages.entrySet()) {
      if (e.getKey().atLeast(stage)) {
        n += e.getValue();
      }
    }
    return n;
  }

  private static ImmutableMap<FollowUpKind, SupportTotal> support(
      List<FollowUpActivity> activities, Predicate<FollowUpActivity> inScope) {
    Map<FollowUpKind, List<FollowUpActivity>> byKind = new EnumMap<>(FollowUpKind.class);
    for (FollowUpActivity a : activities) {
      if (inScope.test(a)) {
        byKind.computeIfAbsent(a.kind(), k -> new ArrayList<>()).add(a);
      }
    }
    ImmutableMap.Builder<FollowUpKind, SupportTotal> out = ImmutableMap.builder();
    byKind.forEach(
        (kind, list) -> {
          Set<Nik> beneficiaries = new HashSet<>();
          Rupiah total = Rupiah.ZERO;
          int unvalued = 0;
          for (FollowUpActivity a : list) {
            beneficiaries.addAll(a.recipient().beneficiaries());
            if (a.value().isPresent()) {
              total = total.plus(a.value().get());
            } else {
              unvalued++;
            }
          }
          out.put(
              kind,
              ImmutableSupportTotal.builder()
                  .kind(kind)
                  .activities(list.size())
                  .beneficiaries(beneficiaries.size())
                  .unvalued(unvalued)
                  .totalValue(total)
                  .build());
        });
    return out.build();
  }

  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
  private static final int FALLBACK_SCALE = 15;

  /** Returns num/den exactly if it fits a Ratio, else rounded half-even to 15 decimal places. */
  static Ratio exactOrRounded(BigInteger num, BigInteger den) {
    BigInteger g = num.gcd(den);
    BigInteger n = num.divide(g);
    BigInteger d = den.divide(g);
    if (n.compareTo(LONG_MAX) <= 0 && d.compareTo(LONG_MAX) <= 0) {
      return Ratio.of(n.longValueExact(), d.longValueExact());
    }
    BigDecimal rounded =
        new BigDecimal(n).divide(new BigDecimal(d), FALLBACK_SCALE, RoundingMode.HALF_EVEN);
    return Ratio.of(
        rounded.unscaledValue().longValueExact(), BigInteger.TEN.pow(FALLBACK_SCALE).longValueExact());
  }
}
