package id.terampil.testkit.internal;

import com.google.common.collect.ImmutableList;
import id.terampil.core.classification.TargetGroup;
import id.terampil.testkit.TargetGroupArbitrary;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/** The implementation of {@link TargetGroupArbitrary}. */
public final class DefaultTargetGroupArbitrary extends ArbitraryDecorator<TargetGroup>
    implements TargetGroupArbitrary {

  /** Groups a regional policy might define: the open part of the vocabulary. */
  static final ImmutableList<TargetGroup> USER_DEFINED =
      ImmutableList.of(
          TargetGroup.of("FISHERFOLK", "Nelayan", "Fisherfolk"),
          TargetGroup.of("SMALLHOLDER_FARMER", "Petani kecil", "Smallholder farmer"),
          TargetGroup.of("FORMER_MIGRANT_WORKER", "Purna pekerja migran", "Former migrant worker"),
          TargetGroup.of("STREET_VENDOR", "Pedagang kaki lima", "Street vendor"),
          TargetGroup.of("SCHOOL_LEAVER", "Lulusan SMA/SMK yang belum bekerja", "Unemployed school leaver"));

  private final boolean builtInOnly;

  /** Creates the arbitrary without configuration. */
  public DefaultTargetGroupArbitrary() {
    this(false);
  }

  private DefaultTargetGroupArbitrary(boolean builtInOnly) {
    this.builtInOnly = builtInOnly;
  }

  @Override
  protected Arbitrary<TargetGroup> arbitrary() {
    if (builtInOnly) {
      return Arbitraries.of(TargetGroup.builtIn());
    }
    List<TargetGroup> all = new ArrayList<>(TargetGroup.builtIn());
    List<Long> userDefined = new ArrayList<>();
    for (TargetGroup group : USER_DEFINED) {
      userDefined.add((long) all.size());
      all.add(group);
    }
    ImmutableList<TargetGroup> groups = ImmutableList.copyOf(all);
    return WeightedLongs.between(0, groups.size() - 1L)
        .often(20, userDefined)
        .map(i -> groups.get(i.intValue()));
  }

  @Override
  public TargetGroupArbitrary builtInOnly() {
    return new DefaultTargetGroupArbitrary(true);
  }
}
