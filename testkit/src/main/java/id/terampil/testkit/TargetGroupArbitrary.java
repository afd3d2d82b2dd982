package id.terampil.testkit;

import id.terampil.core.classification.TargetGroup;
import net.jqwik.api.Arbitrary;

/**
 * Generates target groups: mostly the built-in ones, and in about one try in five a
 * user-defined group (the vocabulary is open, so consumers must cope with codes they do not
 * know). Every configuration method returns a new arbitrary. Values shrink toward
 * {@link TargetGroup#HOUSEWIFE}.
 *
 * @since 0.1.0
 */
public interface TargetGroupArbitrary extends Arbitrary<TargetGroup> {

  /**
   * Restricts to the built-in groups of {@link TargetGroup#builtIn()}.
   *
   * @return the new arbitrary, not null
   */
  TargetGroupArbitrary builtInOnly();
}
