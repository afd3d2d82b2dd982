package id.terampil.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Algebraic laws of {@link Period}. */
class PeriodProperties {

  private static final LocalDate BASE = LocalDate.of(2023, 12, 1);

  @Provide
  Arbitrary<LocalDate> dates() {
    // a few months around a leap day, so that overlaps are frequent
    return Arbitraries.integers().between(0, 150).map(BASE::plusDays);
  }

  @Provide
  Arbitrary<Period> periods() {
    return Combinators.combine(dates(), Arbitraries.integers().between(0, 60))
        .as((start, length) -> Period.of(start, start.plusDays(length)));
  }

  @Property
  void parseOfToStringIsIdentity(@ForAll("periods") Period p) {
    assertEquals(p, Period.parse(p.toString()));
  }

  @Property
  void intersectionIsCommutative(@ForAll("periods") Period a, @ForAll("periods") Period b) {
    assertEquals(a.intersection(b), b.intersection(a));
    assertEquals(a.overlaps(b), b.overlaps(a));
    assertEquals(a.span(b), b.span(a));
  }

  @Property
  void overlapsIffIntersectionPresent(@ForAll("periods") Period a, @ForAll("periods") Period b) {
    assertEquals(a.overlaps(b), a.intersection(b).isPresent());
  }

  @Property
  void intersectionIsContainedInBothAndHoldsExactlyTheSharedDays(
      @ForAll("periods") Period a, @ForAll("periods") Period b, @ForAll("dates") LocalDate d) {
    Optional<Period> i = a.intersection(b);
    i.ifPresent(
        x -> {
          assertTrue(a.encloses(x));
          assertTrue(b.encloses(x));
        });
    assertEquals(a.contains(d) && b.contains(d), i.map(x -> x.contains(d)).orElse(false));
  }

  @Property
  void spanEnclosesBothAndIsTheSmallest(@ForAll("periods") Period a, @ForAll("periods") Period b) {
    Period s = a.span(b);
    assertTrue(s.encloses(a));
    assertTrue(s.encloses(b));
    assertTrue(s.start().equals(a.start()) || s.start().equals(b.start()));
    assertTrue(s.end().equals(a.end()) || s.end().equals(b.end()));
  }

  @Property
  void daysAreTheSumOverASplit(@ForAll("periods") Period p, @ForAll("offsets") int offset) {
    long at = offset % p.days();
    LocalDate lastOfFirst = p.start().plusDays(at);
    Period first = Period.of(p.start(), lastOfFirst);
    if (lastOfFirst.equals(p.end())) {
      assertEquals(p.days(), first.days());
      return;
    }
    Period second = Period.of(lastOfFirst.plusDays(1), p.end());
    assertEquals(p.days(), first.days() + second.days());
    assertEquals(Optional.empty(), first.intersection(second));
    assertEquals(p, first.span(second));
  }

  @Provide
  Arbitrary<Integer> offsets() {
    return Arbitraries.integers().between(0, 1000);
  }

  @Property
  void daysMatchTheDatesStreamAndContains(@ForAll("periods") Period p) {
    assertEquals(p.days(), p.dates().count());
    assertTrue(p.dates().allMatch(p::contains));
    assertEquals(p, Period.ofDays(p.start(), p.days()));
  }

  @Property
  void selfIntersectionAndSpanAreIdentity(@ForAll("periods") Period p) {
    assertEquals(Optional.of(p), p.intersection(p));
    assertEquals(p, p.span(p));
    assertTrue(p.encloses(p));
  }
}
