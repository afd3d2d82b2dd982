package id.terampil.testkit;

import id.terampil.core.program.TrainingProgram;
import net.jqwik.api.AfterFailureMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.PropagationMode;

/**
 * Issue 6, point 5, for programs through jqwik's engine: each property is false on purpose; the
 * {@link ExpectSmallProgram} hook checks that jqwik shrank the counterexample to the fewest
 * seats that falsify it (one cohort of one seat; ten seats in total) and reports the property as
 * passed if so.
 */
@AddLifecycleHook(value = ExpectSmallProgram.class, propagateTo = PropagationMode.DIRECT_DESCENDANTS)
class ProgramShrinkingProperties {

  @Property(afterFailure = AfterFailureMode.RANDOM_SEED)
  @ShrinksTo("1")
  boolean anyProgramShrinksToOneCohortOfOneSeat(@ForAll TrainingProgram program) {
    return program.cohorts().isEmpty();
  }

  @Property(afterFailure = AfterFailureMode.RANDOM_SEED)
  @ShrinksTo("10")
  boolean aProgramWithTenSeatsShrinksToTenSeats(@ForAll TrainingProgram program) {
    return program.totalSeats().max() < 10;
  }
}
