package id.terampil.testkit;

import id.terampil.core.identity.Nik;
import id.terampil.core.identity.PersonName;
import id.terampil.core.time.DateRange;
import net.jqwik.api.AfterFailureMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.PropagationMode;

/**
 * Issue 6, point 5, through jqwik's engine: each property here is false on purpose; the
 * {@link ExpectShrunkTo} hook checks that jqwik shrank the counterexample to the simplest one and
 * reports the property as passed if so.
 */
@AddLifecycleHook(value = ExpectShrunkTo.class, propagateTo = PropagationMode.DIRECT_DESCENDANTS)
class ShrinkingProperties {

  @Property(afterFailure = AfterFailureMode.RANDOM_SEED)
  @ShrinksTo("1101010101400100")
  boolean aNikShrinksToTheFirstDistrictTheEarliestBirthAManAndTheSmallestFailingSerial(
      @ForAll Nik nik) {
    return nik.serial() < 100;
  }

  @Property(afterFailure = AfterFailureMode.RANDOM_SEED)
  @ShrinksTo("[2020-01-01, 2020-01-05]")
  boolean aPeriodShrinksToTheShortestFailingLengthAtTheWindowStart(@ForAll DateRange period) {
    return period.days() < 5;
  }

  @Property(afterFailure = AfterFailureMode.RANDOM_SEED)
  @ShrinksTo("Ani Ani Ani")
  boolean aNameShrinksToTheFewestFailingWordsOfTheShortestWord(@ForAll PersonName name) {
    return name.wordCount() < 3;
  }
}
