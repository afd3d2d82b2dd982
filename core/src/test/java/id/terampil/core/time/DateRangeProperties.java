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

/** Algebraic laws of {@link DateRange}. */
class DateRangeProperties {

  private static final LocalDate BASE = LocalDate.of(2023, 12, 1);

  @Provide
  Arbitrary<LocalDate> dates() {
    // a few months around a leap day, so that overlaps are frequent
    return Arbitraries.integers().between(0, 150).map(BASE::plusDays);
  }

  @Provide
  Arbitrary<DateRange> dateRanges() {
    return Combinators.combine(dates(), Arbitraries.integers().between(0, 60))
        .as((start, length) -> DateRange.ofClosed(start, start.plusDays(length)));
  }

  @Property
  void parseOfToStringIsIdentity(@ForAll("dateRanges") DateRange p) {
    assertEquals(p, DateRange.parse(p.toString()));
  }

  @Property
  void intersectionIsCommutative(@ForAll("dateRanges") DateRange a, @ForAll("dateRanges") DateRange b) {
    assertEquals(a.intersection(b), b.intersection(a));
    assertEquals(a.overlaps(b), b.overlaps(a));
    assertEquals(a.span(b), b.span(a));
  }

  @Property
  void overlapsIffIntersectionPresent(@ForAll("dateRanges") DateRange a, @ForAll("dateRanges") DateRange b) {
    assertEquals(a.overlaps(b), a.intersection(b).isPresent());
  }

  @Property
  void intersectionIsContainedInBothAndHoldsExactlyTheSharedDays(
      @ForAll("dateRanges") DateRange a, @ForAll("dateRanges") DateRange b, @ForAll("dates") LocalDate d) {
    Optional<DateRange> i = a.intersection(b);
    i.ifPresent(
        x -> {
          assertTrue(a.encloses(x));
          assertTrue(b.encloses(x));
        });
    assertEquals(a.contains(d) && b.contains(d), i.map(x -> x.contains(d)).orElse(false));
  }

  @Property
  void spanEnclosesBothAndIsTheSmallest(@ForAll("dateRanges") DateRange a, @ForAll("dateRanges") DateRange b) {
    DateRange s = a.span(b);
    assertTrue(s.encloses(a));
    assertTrue(s.encloses(b));
    assertTrue(s.start().equals(a.start()) || s.start().equals(b.start()));
    assertTrue(s.endInclusive().equals(a.endInclusive()) || s.endInclusive().equals(b.endInclusive()));
  }

  @Property
  void daysAreTheSumOverASplit(@ForAll("dateRanges") DateRange p, @ForAll("offsets") int offset) {
    long at = offset % p.days();
    LocalDate lastOfFirst = p.start().plusDays(at);
    DateRange first = DateRange.ofClosed(p.start(), lastOfFirst);
    if (lastOfFirst.equals(p.endInclusive())) {
      assertEquals(p.days(), first.days());
      return;
    }
    DateRange second = DateRange.ofClosed(lastOfFirst.plusDays(1), p.endInclusive());
    assertEquals(p.days(), first.days() + second.days());
    assertEquals(Optional.empty(), first.intersection(second));
    assertEquals(p, first.span(second));
  }

  @Provide
  Arbitrary<Integer> offsets() {
    return Arbitraries.integers().between(0, 1000);
  }

  @Property
  void daysMatchTheDatesStreamAndContains(@ForAll("dateRanges") DateRange p) {
    assertEquals(p.days(), p.dates().count());
    assertTrue(p.dates().allMatch(p::contains));
    assertEquals(p, DateRange.ofDays(p.start(), p.days()));
  }

  @Property
  void selfIntersectionAndSpanAreIdentity(@ForAll("dateRanges") DateRange p) {
    assertEquals(Optional.of(p), p.intersection(p));
    assertEquals(p, p.span(p));
    assertTrue(p.encloses(p));
  }
}
