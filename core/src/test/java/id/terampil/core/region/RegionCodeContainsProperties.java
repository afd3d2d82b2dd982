package id.terampil.core.region;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link RegionCode#contains} compares parts without building the truncated code, and
 * {@link RegionCode#toString()} writes digits by hand: both must agree with their definitions
 * (examples in {@link RegionCodeTextTest}).
 */
class RegionCodeContainsProperties {

  /** Pairs of codes that share a province and often more: near misses and true containment. */
  @Provide
  Arbitrary<RegionCode[]> nearPairs() {
    Arbitrary<Integer> part = Arbitraries.integers().between(1, 3);
    Arbitrary<Integer> village =
        Combinators.combine(Arbitraries.integers().between(1, 3), Arbitraries.integers().between(1, 3))
            .as((kind, serial) -> kind * 1000 + serial);
    Arbitrary<RegionCode> code =
        Combinators.combine(part, part, village, Arbitraries.of(RegionLevel.class))
            .as((k, c, v, level) -> code(level, k, c, v));
    return code.tuple2().map(t -> new RegionCode[] {t.get1(), t.get2()});
  }

  private static RegionCode code(RegionLevel level, int regency, int district, int village) {
    switch (level) {
      case PROVINCE:
        return RegionCode.ofProvince(33);
      case REGENCY:
        return RegionCode.ofRegency(33, regency);
      case DISTRICT:
        return RegionCode.ofDistrict(33, regency, district);
      default:
        return RegionCode.ofVillage(33, regency, district, village);
    }
  }

  @Property
  void containsMeansTheOtherTruncatedToThisLevelIsThis(@ForAll("nearPairs") RegionCode[] pair) {
    RegionCode outer = pair[0];
    RegionCode inner = pair[1];
    // The definition: inner is at outer's level or finer, and truncated to it, is outer.
    boolean expected =
        !outer.level().isBelow(inner.level()) && inner.truncateTo(outer.level()).equals(outer);
    assertEquals(expected, outer.contains(inner), outer + " contains " + inner);
  }

  @Property
  void toStringIsTheFormattedParts(@ForAll("nearPairs") RegionCode[] pair) {
    RegionCode code = pair[1];
    String expected;
    switch (code.level()) {
      case PROVINCE:
        expected = String.format(Locale.ROOT, "%02d", code.provinceCode());
        break;
      case REGENCY:
        expected = String.format(Locale.ROOT, "%02d.%02d", code.provinceCode(), code.regencyPart());
        break;
      case DISTRICT:
        expected =
            String.format(
                Locale.ROOT,
                "%02d.%02d.%02d",
                code.provinceCode(),
                code.regencyPart(),
                code.districtPart());
        break;
      default:
        expected =
            String.format(
                Locale.ROOT,
                "%02d.%02d.%02d.%04d",
                code.provinceCode(),
                code.regencyPart(),
                code.districtPart(),
                code.villagePart());
        break;
    }
    assertEquals(expected, code.toString());
  }
}
