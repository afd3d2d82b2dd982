package id.terampil.testkit.laws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import id.terampil.core.enrollment.Enrollment;
import id.terampil.core.enrollment.EnrollmentEvent;
import id.terampil.core.enrollment.EnrollmentStatus;
import id.terampil.core.enrollment.EnrollmentTransitions;
import id.terampil.core.enrollment.InvalidStep;
import id.terampil.core.enrollment.ReasonCode;
import id.terampil.core.enrollment.ReplayProblem;
import id.terampil.core.enrollment.ReplayResult;
import id.terampil.core.enrollment.StatusReason;
import id.terampil.testkit.TerampilArbitraries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Laws of the enrollment state machine (issue 4, point 9) over the testkit's enrollment histories
 * ({@link TerampilArbitraries#enrollments}): random walks of the public transition table, with
 * required and optional reasons.
 */
class EnrollmentProperties {

  private static final StatusReason REASON = StatusReason.of(ReasonCode.OTHER, "acak");

  @Provide
  Arbitrary<Enrollment> enrollments() {
    return TerampilArbitraries.cohorts().flatMap(TerampilArbitraries::enrollments);
  }

  @Property(tries = 300)
  void everyHistoryAcceptedByTheStateMachineReplaysToTheSameState(
      @ForAll("enrollments") Enrollment e) {
    Enrollment again = Enrollment.replay(e.participant(), e.cohort(), e.appliedOn(), e.history());
    assertEquals(e, again);
    assertEquals(e.status(), again.status());
    assertEquals(Optional.of(e.status()), again.statusOn(e.statusSince()));
    ReplayResult r = Enrollment.tryReplay(e.participant(), e.cohort(), e.appliedOn(), e.history());
    assertEquals(Optional.of(e), r.enrollment());
    assertTrue(r.invalidStep().isEmpty());
    Statistics.label("optional reason")
        .collect(
            e.history().stream()
                .anyMatch(
                    ev ->
                        ev.reason().isPresent()
                            && !EnrollmentTransitions.find(ev.from(), ev.to())
                                .orElseThrow()
                                .reasonRequired()));
    // 11.8 % measured, of 300 tries: > 2 % fails by chance less than once in 10^9 runs.
    Statistics.label("optional reason").coverage(c -> c.check(true).percentage(p -> p > 2));
  }

  @Property(tries = 300)
  void historiesWithAnIllegalStepAreRejectedAtThatStep(
      @ForAll("enrollments") Enrollment e,
      @ForAll @IntRange(min = 0, max = 1000) int position,
      @ForAll @IntRange(min = 0, max = 1000) int target) {
    int at = position % (e.history().size() + 1);
    EnrollmentStatus from = at == 0 ? EnrollmentStatus.APPLIED : e.history().get(at - 1).to();
    List<EnrollmentStatus> illegal = new ArrayList<>();
    for (EnrollmentStatus s : EnrollmentStatus.values()) {
      if (s != from && !EnrollmentTransitions.isAllowed(from, s)) {
        illegal.add(s);
      }
    }
    EnrollmentStatus to = illegal.get(target % illegal.size());
    LocalDate date = at == 0 ? e.appliedOn() : e.history().get(at - 1).date();
    List<EnrollmentEvent> bad = new ArrayList<>(e.history());
    bad.add(at, EnrollmentEvent.of(date, from, to, REASON));

    ReplayResult r = Enrollment.tryReplay(e.participant(), e.cohort(), e.appliedOn(), bad);
    assertFalse(r.isValid());
    InvalidStep step = r.invalidStep().orElseThrow();
    assertEquals(at, step.index());
    assertEquals(ReplayProblem.ILLEGAL_TRANSITION, step.problem());
    assertTrue(step.message().contains("from " + from + " to " + to), step.message());
    assertThrows(
        IllegalArgumentException.class,
        () -> Enrollment.replay(e.participant(), e.cohort(), e.appliedOn(), bad));
  }

  @Property(tries = 300)
  void droppingARequiredReasonIsRejectedAtThatStep(
      @ForAll("enrollments") Enrollment e, @ForAll @IntRange(min = 0, max = 1000) int position) {
    List<Integer> reasoned = new ArrayList<>();
    for (int i = 0; i < e.history().size(); i++) {
      EnrollmentEvent ev = e.history().get(i);
      if (EnrollmentTransitions.find(ev.from(), ev.to()).orElseThrow().reasonRequired()) {
        reasoned.add(i);
      }
    }
    Assume.that(!reasoned.isEmpty());
    int at = reasoned.get(position % reasoned.size());
    EnrollmentEvent ev = e.history().get(at);
    List<EnrollmentEvent> bad = new ArrayList<>(e.history());
    bad.set(at, EnrollmentEvent.of(ev.date(), ev.from(), ev.to()));
    InvalidStep step =
        Enrollment.tryReplay(e.participant(), e.cohort(), e.appliedOn(), bad)
            .invalidStep()
            .orElseThrow();
    assertEquals(at, step.index());
    assertEquals(ReplayProblem.REASON_MISSING, step.problem());
  }

  @Property(tries = 300)
  void aStepDatedBeforeItsPredecessorIsRejected(
      @ForAll("enrollments") Enrollment e, @ForAll @IntRange(min = 1, max = 1000) int position) {
    Assume.that(!e.history().isEmpty());
    int at = position % e.history().size();
    EnrollmentEvent ev = e.history().get(at);
    LocalDate previous = at == 0 ? e.appliedOn() : e.history().get(at - 1).date();
    LocalDate before = previous.minusDays(1);
    EnrollmentEvent early =
        ev.completion().isPresent()
            ? EnrollmentEvent.of(before, ev.from(), ev.to(), ev.completion().get())
            : ev.reason().isPresent()
                ? EnrollmentEvent.of(before, ev.from(), ev.to(), ev.reason().get())
                : EnrollmentEvent.of(before, ev.from(), ev.to());
    List<EnrollmentEvent> bad = new ArrayList<>(e.history());
    bad.set(at, early);
    InvalidStep step =
        Enrollment.tryReplay(e.participant(), e.cohort(), e.appliedOn(), ImmutableList.copyOf(bad))
            .invalidStep()
            .orElseThrow();
    assertEquals(at, step.index());
    assertEquals(ReplayProblem.DATE_OUT_OF_ORDER, step.problem());
  }
}
