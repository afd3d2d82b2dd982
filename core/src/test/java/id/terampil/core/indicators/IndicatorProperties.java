package id.terampil.core.indicators;

import static id.terampil.core.followup.FollowUpFixtures.nik;
import static id.terampil.core.indicators.IndicatorFixtures.APPLIED;
import static id.terampil.core.indicators.IndicatorFixtures.REASON;
import static id.terampil.core.indicators.IndicatorFixtures.SEWING;
import static id.terampil.core.indicators.IndicatorFixtures.program;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.enrollment.Enrollment;
import id.terampil.core.enrollment.EnrollmentEvent;
import id.terampil.core.enrollment.EnrollmentStatus;
import id.terampil.core.enrollment.CompletionFixtures;
import id.terampil.core.enrollment.EnrollmentTransitions;
import id.terampil.core.enrollment.Transition;
import id.terampil.core.program.TrainingProgram;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Laws of the enrollment funnel over random walks through the enrollment state machine. */
class IndicatorProperties {

  private static final TrainingProgram PROGRAM = program();

  /**
   * Selected, enrolled, started and completed count what happened "whatever happened later", so
   * as the reference date advances they never shrink; only a rejection (a selection cancelled at
   * verification) takes an application out of them.
   */
  @Property(tries = 300)
  void funnelStagesNeverShrinkExceptThroughARejection(
      @ForAll @Size(max = 16) List<@IntRange(min = 0, max = 9) Integer> choices) {
    Enrollment e = Enrollment.apply(nik(1), SEWING, APPLIED);
    LocalDate day = APPLIED;
    for (int choice : choices) {
      List<Transition> next = EnrollmentTransitions.from(e.status());
      if (next.isEmpty()) {
        break;
      }
      Transition t = next.get(choice % next.size());
      day = day.plusDays(1);
      e =
          t.proofRequired()
              ? e.complete(day, CompletionFixtures.satisfied(e.participant(), e.cohort(), day))
              : t.reasonRequired() ? e.transition(t.to(), day, REASON) : e.transition(t.to(), day);
    }
    EnrollmentCounts previous = counts(e, APPLIED);
    for (EnrollmentEvent event : e.history()) {
      EnrollmentCounts now = counts(e, event.date());
      if (event.to() != EnrollmentStatus.REJECTED) {
        String context = e.history() + " on " + event.date() + ": " + previous + " -> " + now;
        assertTrue(now.selected() >= previous.selected(), context);
        assertTrue(now.enrolled() >= previous.enrolled(), context);
        assertTrue(now.started() >= previous.started(), context);
        assertTrue(now.completed() >= previous.completed(), context);
      }
      previous = now;
    }
  }

  private static EnrollmentCounts counts(Enrollment e, LocalDate asOf) {
    return ProgramIndicators.compute(
            IndicatorInputs.builder().program(PROGRAM).asOf(asOf).addEnrollments(e).build())
        .overall()
        .counts();
  }
}
