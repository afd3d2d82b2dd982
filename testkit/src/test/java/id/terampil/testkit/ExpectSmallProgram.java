package id.terampil.testkit;

import id.terampil.core.program.TrainingProgram;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Like {@link ExpectShrunkTo}, for programs: the property passes only if jqwik falsified it and
 * shrank the first parameter, a {@link TrainingProgram}, to one cohort with at most the number
 * of seats that {@link ShrinksTo} gives (as text).
 */
public class ExpectSmallProgram implements AroundPropertyHook {

  /** Creates the hook; jqwik does this. */
  public ExpectSmallProgram() {}

  @Override
  public PropertyExecutionResult aroundProperty(
      PropertyLifecycleContext context, PropertyExecutor property) {
    int maxSeats =
        Integer.parseInt(
            context
                .findAnnotation(ShrinksTo.class)
                .orElseThrow(() -> new IllegalStateException("@ShrinksTo missing"))
                .value());
    PropertyExecutionResult result = property.execute();
    if (result.status() != PropertyExecutionResult.Status.FAILED) {
      return result.mapToFailed("expected the property to fail and shrink to a small program");
    }
    Object shrunk = result.falsifiedParameters().map(p -> p.get(0)).orElse(null);
    if (!(shrunk instanceof TrainingProgram)) {
      return result.mapToFailed("no program sample: " + shrunk);
    }
    TrainingProgram program = (TrainingProgram) shrunk;
    boolean small = program.cohorts().size() == 1 && program.totalSeats().max() <= maxSeats;
    return small
        ? result.mapToSuccessful()
        : result.mapToFailed(
            "shrunk to " + program + " with seats " + program.totalSeats() + ", expected one cohort"
                + " of at most " + maxSeats + " seats");
  }
}
