package id.terampil.testkit;

import id.terampil.core.program.TrainingProgram;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Like {@link ExpectShrunkTo}, for programs: the property passes only if jqwik falsified it and
 * shrank the first parameter, a {@link TrainingProgram}, to at most the number of seats that
 * {@link ShrinksTo} gives (as text) in total, and to one cohort when that number is 1. Several
 * cohorts whose seats add up to the number are as small as shrinking can reliably get: no
 * shrinking step merges two cohorts of 5 seats into one of 10, and dropping one takes the total
 * below the number, where the property holds (with one seed in some hundreds jqwik stopped
 * there).
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
    boolean small =
        program.totalSeats().max() <= maxSeats && (maxSeats > 1 || program.cohorts().size() == 1);
    return small
        ? result.mapToSuccessful()
        : result.mapToFailed(
            "shrunk to " + program + " with seats " + program.totalSeats() + ", expected at most "
                + maxSeats + " seats in total");
  }
}
