package id.terampil.core.followup;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import id.terampil.core.identity.Organizer;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One planned step of a {@link FollowUpPlan}: a kind of support, the agency expected to provide
 * it, and when, as a window of months after completion ({@code 0} is at completion, e.g. a tool
 * hand-over at the closing ceremony).
 *
 * <p>Invariants: {@code 0 <= fromMonth <= toMonth <= 120}; a note, when given, is a non-blank
 * text of at most 500 characters.
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class PlannedFollowUp {

  PlannedFollowUp() {}

  /**
   * Returns the kind of support planned.
   *
   * @return the kind, not null
   */
  public abstract FollowUpKind kind();

  /**
   * Returns the agency expected to provide it, if not the program's organizer.
   *
   * @return the provider, or empty for the program's organizer
   */
  public abstract Optional<Organizer> provider();

  /**
   * Returns the first month after completion in which the step takes place.
   *
   * @return the month, 0 to 120
   */
  public abstract int fromMonth();

  /**
   * Returns the last month after completion in which the step takes place; equal to {@link
   * #fromMonth()} unless set.
   *
   * @return the month, {@code fromMonth} to 120
   */
  @Value.Default
  public int toMonth() {
    return fromMonth();
  }

  /**
   * Returns whether the step is given to business groups (kelompok) rather than to individual
   * participants. False unless set.
   *
   * @return whether the recipients are groups
   */
  @Value.Default
  public boolean toGroups() {
    return false;
  }

  /**
   * Returns a note, if given.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /**
   * Returns the day by which the step is due for a participant who completed on {@code
   * completedOn}: {@link #toMonth()} months after completion, the same day of month (clamped to
   * the month's last day); the completion date itself for a step at completion (month 0).
   *
   * @param completedOn the completion date, not null
   * @return the date, not null
   */
  public final LocalDate dueBy(LocalDate completedOn) {
    return checkNotNull(completedOn, "completedOn must not be null").plusMonths(toMonth());
  }

  /**
   * Returns a step in one month after completion, by the program's organizer.
   *
   * @param kind the kind, not null
   * @param month the month after completion, 0 to 120
   * @return the step, not null
   * @throws IllegalArgumentException if the month is out of range
   */
  public static PlannedFollowUp of(FollowUpKind kind, int month) {
    return builder().kind(kind).fromMonth(month).build();
  }

  /**
   * Returns a step over a window of months after completion, by another agency.
   *
   * @param kind the kind, not null
   * @param provider the providing agency, not null
   * @param fromMonth the first month, 0 to 120
   * @param toMonth the last month, {@code fromMonth} to 120
   * @return the step, not null
   * @throws IllegalArgumentException if the window is out of range or reversed
   */
  public static PlannedFollowUp of(
      FollowUpKind kind, Organizer provider, int fromMonth, int toMonth) {
    return builder().kind(kind).provider(provider).fromMonth(fromMonth).toMonth(toMonth).build();
  }

  /**
   * Returns a builder; {@code kind} and {@code fromMonth} are required.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PlannedFollowUp}. */
  public static final class Builder extends ImmutablePlannedFollowUp.Builder {
    /** Creates an empty builder; prefer {@link PlannedFollowUp#builder()}. */
    public Builder() {}
  }

  @Value.Check
  final void check() {
    FollowUpChecks.months("planned follow-up fromMonth", fromMonth(), 0);
    FollowUpChecks.months("planned follow-up toMonth", toMonth(), 0);
    checkArgument(
        toMonth() >= fromMonth(),
        "planned follow-up toMonth must not be before fromMonth %s: %s",
        fromMonth(),
        toMonth());
    FollowUpChecks.optionalText("planned follow-up note", note());
  }
}
