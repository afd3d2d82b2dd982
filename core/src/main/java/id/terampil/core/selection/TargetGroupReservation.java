package id.terampil.core.selection;

import static com.google.common.base.Preconditions.checkArgument;

import id.terampil.core.classification.TargetGroup;
import org.immutables.value.Value;

/**
 * Seats reserved for a target group (kuota khusus): at least {@link #seats()} of the selected
 * applicants are members of {@link #group()}, as far as enough eligible members applied. Members
 * seated otherwise count toward the reservation; a member of several groups counts toward each.
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class TargetGroupReservation {

  TargetGroupReservation() {}

  /**
   * Returns the group the seats are reserved for.
   *
   * @return the group, not null
   */
  @Value.Parameter
  public abstract TargetGroup group();

  /**
   * Returns the number of seats reserved.
   *
   * @return the seats, at least 1
   */
  @Value.Parameter
  public abstract int seats();

  /**
   * Returns a reservation.
   *
   * @param group the group, not null
   * @param seats the number of seats, at least 1
   * @return the reservation, not null
   * @throws IllegalArgumentException if {@code seats} is less than 1
   */
  public static TargetGroupReservation of(TargetGroup group, int seats) {
    return ImmutableTargetGroupReservation.of(group, seats);
  }

  @Value.Check
  final void check() {
    checkArgument(seats() >= 1, "reserved seats must be at least 1: %s", seats());
  }
}
