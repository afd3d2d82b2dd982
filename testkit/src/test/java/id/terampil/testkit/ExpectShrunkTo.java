package id.terampil.testkit;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * A jqwik lifecycle hook (public API) that turns a property which must fail into a test of its
 * shrinking: the property passes only if jqwik falsified it and shrank the first parameter to
 * the text of {@link ShrinksTo}.
 */
public class ExpectShrunkTo implements AroundPropertyHook {

  /** Creates the hook; jqwik does this. */
  public ExpectShrunkTo() {}

  @Override
  public PropertyExecutionResult aroundProperty(
      PropertyLifecycleContext context, PropertyExecutor property) {
    String expected =
        context
            .findAnnotation(ShrinksTo.class)
            .orElseThrow(() -> new IllegalStateException("@ShrinksTo missing"))
            .value();
    PropertyExecutionResult result = property.execute();
    if (result.status() != PropertyExecutionResult.Status.FAILED) {
      return result.mapToFailed("expected the property to fail and shrink to " + expected);
    }
    String shrunk =
        result.falsifiedParameters().map(p -> String.valueOf(p.get(0))).orElse("<no sample>");
    return expected.equals(shrunk)
        ? result.mapToSuccessful()
        : result.mapToFailed("shrunk to " + shrunk + ", expected " + expected);
  }
}
