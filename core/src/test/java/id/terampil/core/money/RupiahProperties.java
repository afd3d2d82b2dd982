package id.terampil.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/** Laws of {@link Rupiah}: text round trip and arithmetic, checked against {@link BigInteger}. */
class RupiahProperties {

  private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);

  @Provide
  Arbitrary<Rupiah> amounts() {
    return Arbitraries.longs()
        .between(0, Long.MAX_VALUE)
        .edgeCases(e -> e.add(0L, 1L, 999L, 1000L, Long.MAX_VALUE))
        .map(Rupiah::of);
  }

  @Provide
  Arbitrary<Rupiah> budgets() {
    return Arbitraries.longs().between(0, 1_000_000_000_000L).map(Rupiah::of);
  }

  @Property
  void parseOfToStringIsIdentity(@ForAll("amounts") Rupiah r) {
    assertEquals(r, Rupiah.parse(r.toString()));
    assertEquals(r, Rupiah.parse(Long.toString(r.amount())));
  }

  @Provide
  Arbitrary<String> amountLikeTexts() {
    return Arbitraries.strings().withChars("0123456789.,-+ RrpIDe").ofMaxLength(24);
  }

  /** tryParse reads what parse reads and is empty exactly where parse throws. */
  @Property(tries = 2000)
  void tryParseAgreesWithParse(@ForAll("amountLikeTexts") String text) {
    Optional<Rupiah> tried = Rupiah.read(text);
    try {
      assertEquals(Optional.of(Rupiah.parse(text)), tried, text);
    } catch (IllegalArgumentException e) {
      assertEquals(Optional.empty(), tried, text);
    }
  }

  @Property
  void additionIsCommutativeAssociativeWithZero(
      @ForAll("budgets") Rupiah a, @ForAll("budgets") Rupiah b, @ForAll("budgets") Rupiah c) {
    assertEquals(a.plus(b), b.plus(a));
    assertEquals(a.plus(b).plus(c), a.plus(b.plus(c)));
    assertEquals(a, a.plus(Rupiah.ZERO));
  }

  @Property
  void minusUndoesPlus(@ForAll("budgets") Rupiah a, @ForAll("budgets") Rupiah b) {
    assertEquals(a, a.plus(b).minus(b));
    assertEquals(b, a.plus(b).minus(a));
  }

  @Property
  void timesDistributesOverPlusAndDividesBack(
      @ForAll("budgets") Rupiah a,
      @ForAll("budgets") Rupiah b,
      @ForAll @LongRange(min = 1, max = 1000) long k) {
    assertEquals(a.plus(b).times(k), a.times(k).plus(b.times(k)));
    assertEquals(a, a.times(k).dividedBy(k, RoundingMode.UNNECESSARY));
  }

  @Property
  void plusIsExactOrRejected(@ForAll("amounts") Rupiah a, @ForAll("amounts") Rupiah b) {
    BigInteger exact = BigInteger.valueOf(a.amount()).add(BigInteger.valueOf(b.amount()));
    if (exact.compareTo(MAX) > 0) {
      ArithmeticException e = assertThrows(ArithmeticException.class, () -> a.plus(b));
      assertTrue(e.getMessage().contains("overflows"), e.getMessage());
    } else {
      assertEquals(exact.longValueExact(), a.plus(b).amount());
    }
  }

  @Property
  void timesIsExactOrRejected(
      @ForAll("amounts") Rupiah a, @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long k) {
    BigInteger exact = BigInteger.valueOf(a.amount()).multiply(BigInteger.valueOf(k));
    if (exact.compareTo(MAX) > 0) {
      ArithmeticException e = assertThrows(ArithmeticException.class, () -> a.times(k));
      assertTrue(e.getMessage().contains("overflows"), e.getMessage());
    } else {
      assertEquals(exact.longValueExact(), a.times(k).amount());
    }
  }

  @Property
  void minusIsExactOrRejected(@ForAll("amounts") Rupiah a, @ForAll("amounts") Rupiah b) {
    if (b.compareTo(a) > 0) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.minus(b));
      assertTrue(e.getMessage().contains("would be negative"), e.getMessage());
    } else {
      assertEquals(a.amount() - b.amount(), a.minus(b).amount());
    }
  }

  @Property
  void divisionRoundsWithinOneRupiah(
      @ForAll("amounts") Rupiah a, @ForAll @LongRange(min = 1, max = 1_000_000) long d) {
    long down = a.dividedBy(d, RoundingMode.DOWN).amount();
    long up = a.dividedBy(d, RoundingMode.UP).amount();
    assertEquals(a.amount() / d, down);
    assertEquals(a.amount() % d == 0 ? down : down + 1, up);
  }
}
