package id.terampil.core.indicators;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import id.terampil.core.attendance.AttendanceSheet;
import id.terampil.core.attendance.AttendanceSummary;
import id.terampil.core.attendance.Ratio;
import id.terampil.core.enrollment.Enrollment;
import id.terampil.core.enrollment.EnrollmentEvent;
import id.terampil.core.enrollment.EnrollmentStatus;
import id.terampil.core.followup.FollowUpActivity;
import id.terampil.core.followup.FollowUpKind;
import id.terampil.core.followup.FollowUpPlan;
import id.terampil.core.followup.Outcome;
import id.terampil.core.followup.OutcomeStatus;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Nik;
import id.terampil.core.money.Rupiah;
import id.terampil.core.program.Cohort;
import id.terampil.core.program.FundingSource;
import id.terampil.core.program.Seats;
import id.terampil.core.program.TrainingProgram;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
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
    Map<Nik, Map<Integer, Outcome>> latest = latestOutcomes(in.outcomes(), asOf);
    SortedSet<Integer> planned =
        new TreeSet<>(
            program.followUpPlan().map(FollowUpPlan::checkpoints).orElse(ImmutableSortedSet.of()));
    Scope scope = new Scope(in, asOf, latest, planned);

    int unrecorded = in.reportedApplicants().map(r -> r - applications.size()).orElse(0);
    IndicatorSet overall =
        scope.set(program.totalSeats(), applications, unrecorded, c -> true, activities, a -> true);
    ImmutableMap.Builder<CohortId, IndicatorSet> byCohort = ImmutableMap.builder();
    for (Cohort cohort : program.cohorts()) {
      CohortId id = cohort.id();
      List<Application> mine = new ArrayList<>();
      for (Application a : applications) {
        if (a.cohort.equals(id)) {
          mine.add(a);
        }
      }
      byCohort.put(
          id,
          scope.set(
              cohort.seats(),
              mine,
              0,
              id::equals,
              activities,
              a -> a.cohort().equals(Optional.of(id))));
    }

    Map<Nik, LocalDate> completers = completionDates(applications);
    int unmatched = 0;
    for (Outcome o : in.outcomes()) {
      if (!o.observedOn().isAfter(asOf) && !isAfterCompletion(o, completers)) {
        unmatched++;
      }
    }

    EnrollmentCounts counts = overall.counts();
    ImmutableList.Builder<FundingCost> costs = ImmutableList.builder();
    costs.add(cost(Optional.empty(), program.totalFunding(), counts));
    for (FundingSource source : program.fundingBySource().keySet()) {
      costs.add(cost(Optional.of(source), program.totalFunding(source), counts));
    }
    return ImmutableProgramIndicators.builder()
        .program(program.id())
        .asOf(asOf)
        .overall(overall)
        .putAllByCohort(byCohort.build())
        .addAllCosts(costs.build())
        .unmatchedOutcomes(unmatched)
        .build();
  }

  private static FundingCost cost(
      Optional<FundingSource> source, Optional<Rupiah> funding, EnrollmentCounts counts) {
    return ImmutableFundingCost.builder()
        .source(source)
        .funding(funding)
        .participants(counts.started())
        .completers(counts.completed())
        .build();
  }

  /** The latest observation by {@code asOf} per participant and checkpoint; later input wins ties. */
  private static Map<Nik, Map<Integer, Outcome>> latestOutcomes(
      List<Outcome> outcomes, LocalDate asOf) {
    Map<Nik, Map<Integer, Outcome>> latest = new HashMap<>();
    for (Outcome o : outcomes) {
      if (o.observedOn().isAfter(asOf)) {
        continue;
      }
      Map<Integer, Outcome> byMonth = latest.computeIfAbsent(o.participant(), k -> new HashMap<>());
      Outcome previous = byMonth.get(o.monthsAfterCompletion());
      if (previous == null || !o.observedOn().isBefore(previous.observedOn())) {
        byMonth.put(o.monthsAfterCompletion(), o);
      }
    }
    return latest;
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
    private final Map<Nik, Map<Integer, Outcome>> latest;
    private final SortedSet<Integer> planned;

    Scope(
        IndicatorInputs in,
        LocalDate asOf,
        Map<Nik, Map<Integer, Outcome>> latest,
        SortedSet<Integer> planned) {
      this.in = in;
      this.asOf = asOf;
      this.latest = latest;
      this.planned = planned;
    }

    IndicatorSet set(
        Seats seats,
        List<Application> applications,
        int unrecorded,
        Predicate<CohortId> cohorts,
        List<FollowUpActivity> activities,
        Predicate<FollowUpActivity> inScope) {
      ImmutableIndicatorSet.Builder b =
          ImmutableIndicatorSet.builder()
              .seats(seats)
              .counts(counts(applications, unrecorded))
              .addAllOutcomes(outcomes(completionDates(applications)))
              .putAllSupport(support(activities, inScope));
      attendance(cohorts, b);
      return b.build();
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
        for (Outcome o : latest.getOrDefault(nik, Map.of()).values()) {
          if (isAfterCompletion(o, completers)) {
            checkpoints.add(o.monthsAfterCompletion());
          }
        }
      }
      ImmutableList.Builder<CheckpointOutcomes> out = ImmutableList.builder();
      for (int months : checkpoints) {
        Map<OutcomeStatus, Integer> byStatus = new EnumMap<>(OutcomeStatus.class);
        int notRecorded = 0;
        int notYetDue = 0;
        for (Map.Entry<Nik, LocalDate> c : completers.entrySet()) {
          // Only the latest observation counts; if it was made before the completion, so were all
          // earlier ones, and none is counted here (they are unmatched).
          Outcome o = latest.getOrDefault(c.getKey(), Map.of()).get(months);
          if (o != null && isAfterCompletion(o, completers)) {
            byStatus.merge(o.status(), 1, Integer::sum);
          } else if (!FollowUpPlan.checkpointDate(c.getValue(), months).isAfter(asOf)) {
            notRecorded++;
          } else {
            notYetDue++;
          }
        }
        out.add(
            ImmutableCheckpointOutcomes.builder()
                .monthsAfterCompletion(months)
                .completers(completers.size())
                .putAllByStatus(byStatus)
                .notRecorded(notRecorded)
                .notYetDue(notYetDue)
                .build());
      }
      return out.build();
    }
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
