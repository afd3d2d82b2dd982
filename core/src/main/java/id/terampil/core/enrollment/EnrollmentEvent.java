package id.terampil.core.enrollment;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry in an enrollment's history (riwayat status): on {@link #date()} the status moved from
 * {@link #from()} to {@link #to()}, with an optional {@link #reason()}.
 *
 * <p>An event on its own only checks that the two statuses differ; whether the move is allowed,
 * reasoned and in date order is checked by {@link Enrollment#replay} against the table of
 * {@link EnrollmentTransitions}. Immutable, thread-safe and value-based.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class EnrollmentEvent {

  EnrollmentEvent() {}

  /**
   * Returns an event without a reason.
   *
   * @param date the date of the change, not null
   * @param from the previous status, not null
   * @param to the new status, not null, different from {@code from}
   * @return the event, not null
   * @throws IllegalArgumentException if {@code from} equals {@code to}
   */
  public static EnrollmentEvent of(LocalDate date, EnrollmentStatus from, EnrollmentStatus to) {
    return ImmutableEnrollmentEvent.builder().date(date).from(from).to(to).build();
  }

  /**
   * Returns an event with a reason.
   *
   * @param date the date of the change, not null
   * @param from the previous status, not null
   * @param to the new status, not null, different from {@code from}
   * @param reason the reason, not null
   * @return the event, not null
   * @throws IllegalArgumentException if {@code from} equals {@code to}
   */
  public static EnrollmentEvent of(
      LocalDate date, EnrollmentStatus from, EnrollmentStatus to, StatusReason reason) {
    return ImmutableEnrollmentEvent.builder()
        .date(date)
        .from(from)
        .to(to)
        .reason(reason)
        .build();
  }

  /**
   * Returns the date of the change.
   *
   * @return the date, not null
   */
  public abstract LocalDate date();

  /**
   * Returns the status before the change.
   *
   * @return the status, not null
   */
  public abstract EnrollmentStatus from();

  /**
   * Returns the status after the change.
   *
   * @return the status, not null
   */
  public abstract EnrollmentStatus to();

  /**
   * Returns the reason for the change.
   *
   * @return the reason, or empty
   */
  public abstract Optional<StatusReason> reason();

  @Value.Check
  final void check() {
    checkArgument(from() != to(), "to must differ from from: %s", to());
  }

  /**
   * Returns the event as {@code 2024-08-24 APPLIED -> SELECTED [reason]}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return date()
        + " "
        + from()
        + " -> "
        + to()
        + reason().map(r -> " [" + r + "]").orElse("");
  }
}
