package id.terampil.testkit.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import id.terampil.core.classification.SkkniUnitCode;
import id.terampil.core.classification.SkkniUnitCode.Format;
import id.terampil.testkit.SkkniUnitCodeArbitrary;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/** The implementation of {@link SkkniUnitCodeArbitrary}. */
public final class DefaultSkkniUnitCodeArbitrary extends ArbitraryDecorator<SkkniUnitCode>
    implements SkkniUnitCodeArbitrary {

  private final List<Format> formats;

  /** Creates the arbitrary of all four formats. */
  public DefaultSkkniUnitCodeArbitrary() {
    this(ImmutableList.copyOf(Format.values()));
  }

  private DefaultSkkniUnitCodeArbitrary(List<Format> formats) {
    this.formats = formats;
  }

  @Override
  protected Arbitrary<SkkniUnitCode> arbitrary() {
    return Arbitraries.of(formats).flatMap(DefaultSkkniUnitCodeArbitrary::codes);
  }

  private static Arbitrary<SkkniUnitCode> codes(Format format) {
    Arbitrary<String> unit = digits(3, 1);
    switch (format) {
      case SECTORAL:
        return Combinators.combine(letters(2, 5), letters(1, 5), digits(2, 1), unit, digits(2, 1))
            .as((sector, sub, subNo, no, version) ->
                SkkniUnitCode.parse(sector + "." + sub + subNo + "." + no + "." + version));
      case FORMAT_2012:
        return Combinators.combine(section(), digits(6, 0), unit, digits(2, 1))
            .as((section, kbli, no, version) ->
                SkkniUnitCode.parse(section + "." + kbli + "." + no + "." + version));
      case FIVE_DIGIT_KBLI:
        return Combinators.combine(section(), digits(5, 0), unit, digits(2, 1))
            .as((section, kbli, no, version) ->
                SkkniUnitCode.parse(section + "." + kbli + "." + no + "." + version));
      default:
        return Combinators.combine(
                section(), digits(2, 0), letters(3, 3), digits(2, 0), unit, digits(1, 1))
            .as((section, division, group, subNo, no, version) ->
                SkkniUnitCode.parse(
                    section + "." + division + group + subNo + "." + no + "." + version));
    }
  }

  /** A KBLI section letter, A to U. */
  private static Arbitrary<Character> section() {
    return Arbitraries.chars().range('A', 'U');
  }

  private static Arbitrary<String> letters(int min, int max) {
    return Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(min).ofMaxLength(max);
  }

  /** A number of {@code width} digits, zero-padded, from {@code min}. */
  private static Arbitrary<String> digits(int width, int min) {
    long max = (long) Math.pow(10, width) - 1;
    return WeightedLongs.between(min, max)
        .map(n -> String.format("%0" + width + "d", n));
  }

  @Override
  public SkkniUnitCodeArbitrary formats(Format... formats) {
    checkNotNull(formats, "formats must not be null");
    checkArgument(formats.length > 0, "at least one format must be given");
    return new DefaultSkkniUnitCodeArbitrary(
        ImmutableList.copyOf(Arrays.stream(formats).distinct().iterator()));
  }
}
