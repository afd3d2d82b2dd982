package id.terampil.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.identity.Nik;
import id.terampil.core.identity.PersonName;
import id.terampil.core.time.DateRange;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Shrinkable;

/**
 * Issue 6, point 5, by hand with jqwik's public shrinking API: a value is generated as a
 * {@link Shrinkable}, then shrunk greedily while a "property" keeps failing, as jqwik's shrinker
 * does. These are jqwik examples because generators must run on a jqwik thread.
 * {@code ShrinkingProperties} shows the same through jqwik's own engine.
 */
class ShrinkingTest {

  private static final int GEN_SIZE = 1_000;

  /** Shrinks greedily: takes the first candidate that still falsifies, until none does. */
  private static <T> T shrink(Shrinkable<T> start, Predicate<T> falsifies) {
    Shrinkable<T> current = start;
    for (int step = 0; step < 10_000; step++) {
      Optional<Shrinkable<T>> next =
          current.shrink().filter(s -> falsifies.test(s.value())).findFirst();
      if (next.isEmpty()) {
        return current.value();
      }
      current = next.get();
    }
    throw new AssertionError("shrinking did not end: " + current.value());
  }

  private static <T> Shrinkable<T> generate(Arbitrary<T> arbitrary, Predicate<T> wanted, long seed) {
    RandomGenerator<T> generator = arbitrary.generator(GEN_SIZE, true);
    Random random = new Random(seed);
    for (int i = 0; i < 100_000; i++) {
      Shrinkable<T> candidate = generator.next(random);
      if (wanted.test(candidate.value())) {
        return candidate;
      }
    }
    throw new AssertionError("no value of the wanted kind generated");
  }

  @Example
  void aNikThatAlwaysFailsShrinksToTheSimplestNik() {
    for (long seed = 1; seed <= 20; seed++) {
      Shrinkable<Nik> start = generate(TerampilArbitraries.niks(), n -> true, seed);
      assertEquals("1101010101400001", shrink(start, n -> true).toString());
    }
  }

  @Example
  void theEdgeCaseSerial9999StillShrinksToASmallSerial() {
    Shrinkable<Nik> start = generate(TerampilArbitraries.niks().women(), n -> n.serial() == 9999, 7);
    Nik shrunk = shrink(start, n -> n.serial() >= 42);
    assertEquals(42, shrunk.serial());
    assertEquals("1101014101400042", shrunk.toString());
  }

  @Example
  void aNameShrinksToFewShortWords() {
    Shrinkable<PersonName> start =
        generate(TerampilArbitraries.personNames(), n -> n.wordCount() == 4, 3);
    assertEquals("Ani Ani", shrink(start, n -> n.wordCount() >= 2).toString());
  }

  @Example
  void aPeriodShrinksToASingleDayAtTheStartOfTheWindow() {
    Shrinkable<DateRange> start = generate(TerampilArbitraries.dateRanges(), p -> p.days() > 100, 5);
    DateRange shrunk = shrink(start, p -> true);
    assertEquals("[2020-01-01, 2020-01-01]", shrunk.toString());
    assertTrue(shrunk.days() == 1);
  }
}
