package id.terampil.core.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.money.Rupiah;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.arbitraries.StringArbitrary;
import net.jqwik.api.constraints.LongRange;

class ClassificationProperties {

  @Property
  void kbliParseOfToStringIsIdentity(@ForAll("kbliCodes") KbliCode code) {
    assertEquals(code, KbliCode.parse(code.toString()));
  }

  @Property
  void skkniParseOfToStringIsIdentity(@ForAll("skkniCodes") String text) {
    SkkniUnitCode code = SkkniUnitCode.parse(text);
    assertEquals(code, SkkniUnitCode.parse(code.toString()));
    assertEquals(text, code.toString());
  }

  @Property
  void capitalClassIsMonotone(
      @ForAll @LongRange(min = 0, max = 20_000_000_000L) long a,
      @ForAll @LongRange(min = 0, max = 20_000_000_000L) long b) {
    long lo = Math.min(a, b);
    long hi = Math.max(a, b);
    assertTrue(
        BusinessSizeClass.ofCapital(Rupiah.of(lo))
                .compareTo(BusinessSizeClass.ofCapital(Rupiah.of(hi)))
            <= 0);
  }

  @Property
  void salesClassIsTheSmallestWhoseBoundHolds(
      @ForAll @LongRange(min = 0, max = 60_000_000_000L) long sales) {
    BusinessSizeClass c = BusinessSizeClass.ofAnnualSales(Rupiah.of(sales));
    c.maxAnnualSales().ifPresent(max -> assertTrue(sales <= max.amount()));
    if (c.ordinal() > 0) {
      BusinessSizeClass smaller = BusinessSizeClass.values()[c.ordinal() - 1];
      assertTrue(sales > smaller.maxAnnualSales().orElseThrow().amount());
    }
  }

  @Provide
  Arbitrary<KbliCode> kbliCodes() {
    return Combinators.combine(
            Arbitraries.strings().numeric().ofLength(5), Arbitraries.of(KbliVersion.class))
        .as(KbliCode::of);
  }

  @Provide
  Arbitrary<String> skkniCodes() {
    StringArbitrary upper = Arbitraries.strings().withCharRange('A', 'Z');
    StringArbitrary digits = Arbitraries.strings().numeric();
    Arbitrary<String> section = Arbitraries.chars().range('A', 'U').map(String::valueOf);
    Arbitrary<String> sectoral =
        Combinators.combine(
                upper.ofMinLength(2).ofMaxLength(5),
                upper.ofMinLength(1).ofMaxLength(5),
                digits.ofLength(2),
                digits.ofLength(3),
                digits.ofLength(2))
            .as((a, b, c, d, e) -> a + "." + b + c + "." + d + "." + e);
    Arbitrary<String> format2012 =
        Combinators.combine(section, digits.ofLength(6), digits.ofLength(3), digits.ofLength(2))
            .as((a, b, c, d) -> a + "." + b + "." + c + "." + d);
    Arbitrary<String> fiveDigitKbli =
        Combinators.combine(section, digits.ofLength(5), digits.ofLength(3), digits.ofLength(2))
            .as((a, b, c, d) -> a + "." + b + "." + c + "." + d);
    Arbitrary<String> format2016 =
        Combinators.combine(
                section,
                digits.ofLength(2),
                upper.ofLength(3),
                digits.ofLength(2),
                digits.ofLength(3),
                digits.ofLength(1))
            .as((a, b, c, d, e, f) -> a + "." + b + c + d + "." + e + "." + f);
    return Arbitraries.oneOf(sectoral, format2012, fiveDigitKbli, format2016);
  }
}
