package id.terampil.core.enrollment;

import static com.google.common.base.Preconditions.checkArgument;

import id.terampil.core.attendance.Completion;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry in an enrollment's history (riwayat status): on {@link #date()} the status moved from
 * {@link #from()} to {@link #to()}, with an optional {@link #reason()} and, for a move into
 * {@link EnrollmentStatus#COMPLETED}, the satisfied {@link #completion()} that earned it.
 *
 * <p>An event on its own checks that the two statuses differ and that a completion it carries is
 * satisfied, leads into {@link EnrollmentStatus#COMPLETED} and comes without a reason; whether the
 * move is allowed, reasoned, proven for this participant and cohort, and in date order is checked by {@link Enrollment#replay} against the table of
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
   * Returns an event whose move is earned by a satisfied completion, e.g. ACTIVE to COMPLETED.
   *
   * @param date the date of the change, not null
   * @param from the previous status, not null
   * @param to the new status, not null, {@link EnrollmentStatus#COMPLETED}
   * @param completion the satisfied completion, not null
   * @return the event, not null
   * @throws IllegalArgumentException if {@code to} is not COMPLETED or the completion is not
   *     satisfied
   * @since 0.1.0
   */
  public static EnrollmentEvent of(
      LocalDate date, EnrollmentStatus from, EnrollmentStatus to, Completion completion) {
    return ImmutableEnrollmentEvent.builder()
        .date(date)
        .from(from)
        .to(to)
        .completion(completion)
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

  /**
   * Returns the satisfied completion that earned a move into {@link EnrollmentStatus#COMPLETED}.
   *
   * @return the completion, or empty
   * @since 0.1.0
   */
  public abstract Optional<Completion> completion();

  @Value.Check
  final void check() {
    checkArgument(from() != to(), "to must differ from from: %s", to());
    completion()
        .ifPresent(
            c -> {
              checkArgument(
                  to() == EnrollmentStatus.COMPLETED,
                  "completion may only earn a move into COMPLETED, not into %s",
                  to());
              checkArgument(
                  c.isSatisfied(), "completion must be satisfied, unmet: %s", c.unmet());
              checkArgument(
                  reason().isEmpty(),
                  "a completion and an override reason exclude each other: %s",
                  reason().orElse(null));
            });
  }

  /**
   * Returns the event as {@code 2024-08-24 APPLIED -> SELECTED [reason]}; a move earned by a
   * completion ends in {@code [completion satisfied]}.
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
        + reason().map(r -> " [" + r + "]").orElse("")
        + (completion().isPresent() ? " [completion satisfied]" : "");
  }
}
