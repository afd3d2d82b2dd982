package id.terampil.core.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of {@link RegionCode}. */
class RegionCodeProperties {

  @Provide
  Arbitrary<RegionCode> codes() {
    Arbitrary<Integer> part = Arbitraries.integers().between(1, 99);
    Arbitrary<Integer> village =
        Combinators.combine(Arbitraries.integers().between(1, 3), Arbitraries.integers().between(1, 999))
            .as((kind, serial) -> kind * 1000 + serial);
    return Combinators.combine(
            Arbitraries.of(Province.values()),
            part,
            part,
            village,
            Arbitraries.of(RegionLevel.class))
        .as(
            (p, k, c, v, level) -> {
              switch (level) {
                case PROVINCE:
                  return RegionCode.ofProvince(p.code());
                case REGENCY:
                  return RegionCode.ofRegency(p.code(), k);
                case DISTRICT:
                  return RegionCode.ofDistrict(p.code(), k, c);
                default:
                  return RegionCode.ofVillage(p.code(), k, c, v);
              }
            });
  }

  @Property
  void parseOfToStringIsIdentity(@ForAll("codes") RegionCode code) {
    assertEquals(code, RegionCode.parse(code.toString()));
    assertEquals(code, RegionCode.parse(code.toCompactString()));
  }

  @Property
  void everyAncestorContainsItsDescendants(@ForAll("codes") RegionCode code) {
    RegionCode current = code;
    while (current.parent().isPresent()) {
      RegionCode parent = current.parent().get();
      assertTrue(parent.contains(code));
      assertTrue(code.isWithin(parent));
      assertFalse(code.equals(parent));
      assertTrue(parent.compareTo(code) < 0);
      assertEquals(code.province(), parent.province());
      current = parent;
    }
    assertEquals(RegionLevel.PROVINCE, current.level());
  }

  @Property
  void containmentIsAntisymmetric(@ForAll("codes") RegionCode a, @ForAll("codes") RegionCode b) {
    if (a.contains(b) && b.contains(a)) {
      assertEquals(a, b);
    }
    assertEquals(a.equals(b), a.compareTo(b) == 0);
  }
}
