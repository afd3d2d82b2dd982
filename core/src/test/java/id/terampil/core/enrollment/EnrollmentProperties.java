package id.terampil.core.enrollment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class EnrollmentProperties {

  private static final StatusReason REASON = StatusReason.of(ReasonCode.OTHER, "acak");

  /** Walks the public table: each choice picks one outgoing transition and a 0-3 day gap. */
  static Enrollment walk(List<Integer> choices) {
    Enrollment e =
        Enrollment.apply(EnrollmentTest.NIK, EnrollmentTest.COHORT, LocalDate.of(2024, 1, 1));
    for (int choice : choices) {
      List<Transition> out = EnrollmentTransitions.from(e.status());
      if (out.isEmpty()) {
        break;
      }
      Transition t = out.get(choice % out.size());
      LocalDate date = e.statusSince().plusDays(choice % 4);
      boolean withReason = t.reasonRequired() || choice % 5 == 0;
      e = withReason ? e.transition(t.to(), date, REASON) : e.transition(t.to(), date);
    }
    return e;
  }

  @Property
  void everyHistoryAcceptedByTheStateMachineReplaysToTheSameState(
      @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 1000) Integer> choices) {
    Enrollment e = walk(choices);
    Enrollment again =
        Enrollment.replay(e.participant(), e.cohort(), e.appliedOn(), e.history());
    assertEquals(e, again);
    assertEquals(e.status(), again.status());
    assertEquals(Optional.of(e.status()), again.statusOn(e.statusSince()));
    ReplayResult r = Enrollment.tryReplay(e.participant(), e.cohort(), e.appliedOn(), e.history());
    assertEquals(Optional.of(e), r.enrollment());
    assertTrue(r.invalidStep().isEmpty());
  }

  @Property
  void historiesWithAnIllegalStepAreRejectedAtThatStep(
      @ForAll @Size(max = 30) List<@IntRange(min = 0, max = 1000) Integer> choices,
      @ForAll @IntRange(min = 0, max = 1000) int position,
      @ForAll @IntRange(min = 0, max = 1000) int target) {
    Enrollment e = walk(choices);
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

  @Property
  void droppingARequiredReasonIsRejectedAtThatStep(
      @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 1000) Integer> choices,
      @ForAll @IntRange(min = 0, max = 1000) int position) {
    Enrollment e = walk(choices);
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

  @Property
  void aStepDatedBeforeItsPredecessorIsRejected(
      @ForAll @Size(min = 2, max = 30) List<@IntRange(min = 0, max = 1000) Integer> choices,
      @ForAll @IntRange(min = 1, max = 1000) int position) {
    Enrollment e = walk(choices);
    Assume.that(e.history().size() >= 1);
    int at = position % e.history().size();
    EnrollmentEvent ev = e.history().get(at);
    LocalDate previous = at == 0 ? e.appliedOn() : e.history().get(at - 1).date();
    EnrollmentEvent early =
        ev.reason().isPresent()
            ? EnrollmentEvent.of(previous.minusDays(1), ev.from(), ev.to(), ev.reason().get())
            : EnrollmentEvent.of(previous.minusDays(1), ev.from(), ev.to());
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
