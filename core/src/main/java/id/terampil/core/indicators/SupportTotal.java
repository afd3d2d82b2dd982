package id.terampil.core.indicators;

import static com.google.common.base.Preconditions.checkArgument;

import id.terampil.core.followup.FollowUpKind;
import id.terampil.core.money.Rupiah;
import org.immutables.value.Value;

/**
 * The follow-up support of one kind delivered by a reference date (one Jakpreneur-style stage
 * counted): how many activities, how many distinct persons benefited, and their total value.
 *
 * <p>{@link #totalValue()} is the exact sum of the activities' known values; {@link
 * #unvalued()} activities had no value given and add nothing to it.
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class SupportTotal {

  SupportTotal() {}

  /**
   * Returns the kind of support.
   *
   * @return the kind, not null
   */
  public abstract FollowUpKind kind();

  /**
   * Returns the number of activities.
   *
   * @return the count, at least 1
   */
  public abstract int activities();

  /**
   * Returns the number of distinct persons who benefited, directly or as group members.
   *
   * @return the count, at least 1
   */
  public abstract int beneficiaries();

  /**
   * Returns the number of activities without a value.
   *
   * @return the count, at most {@link #activities()}
   */
  public abstract int unvalued();

  /**
   * Returns the sum of the known values.
   *
   * @return the total, not null
   */
  public abstract Rupiah totalValue();

  @Value.Check
  final void check() {
    checkArgument(
        activities() >= 1 && beneficiaries() >= 1 && unvalued() >= 0 && unvalued() <= activities(),
        "support totals must count at least one activity and beneficiary: %s",
        this);
  }
}
