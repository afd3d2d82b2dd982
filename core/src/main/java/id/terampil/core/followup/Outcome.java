package id.terampil.core.followup;

import id.terampil.core.identity.Nik;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An observed outcome of one trained participant at a follow-up checkpoint (hasil pemantauan):
 * {@link #monthsAfterCompletion()} months after completion, observed on {@link #observedOn()}.
 *
 * <p>Invariants: the checkpoint is 1 to 120 months; a note, when given, is a non-blank text of
 * at most 500 characters. A later observation for the same participant and checkpoint (e.g. a
 * participant unreachable at first and reached later) supersedes an earlier one in indicators.
 *
 * <p>{@link #toString()} masks the NIK. Immutable, thread-safe and value-based.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Outcome {

  Outcome() {}

  /**
   * Returns the participant.
   *
   * @return the NIK, not null
   */
  public abstract Nik participant();

  /**
   * Returns the checkpoint, in months after completion.
   *
   * @return the months, 1 to 120
   */
  public abstract int monthsAfterCompletion();

  /**
   * Returns what the participant was found doing.
   *
   * @return the status, not null
   */
  public abstract OutcomeStatus status();

  /**
   * Returns the date of the observation (e.g. the phone call or visit).
   *
   * @return the date, not null
   */
  public abstract LocalDate observedOn();

  /**
   * Returns a note, e.g. the employer's sector or the destination country, if given.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /**
   * Returns an outcome without a note.
   *
   * @param participant the participant's NIK, not null
   * @param monthsAfterCompletion the checkpoint, 1 to 120
   * @param status the status, not null
   * @param observedOn the date of observation, not null
   * @return the outcome, not null
   * @throws IllegalArgumentException if the checkpoint is out of range
   */
  public static Outcome of(
      Nik participant, int monthsAfterCompletion, OutcomeStatus status, LocalDate observedOn) {
    return builder()
        .participant(participant)
        .monthsAfterCompletion(monthsAfterCompletion)
        .status(status)
        .observedOn(observedOn)
        .build();
  }

  /**
   * Returns a builder; every attribute but the note is required.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Outcome}. */
  public static final class Builder extends ImmutableOutcome.Builder {
    /** Creates an empty builder; prefer {@link Outcome#builder()}. */
    public Builder() {}
  }

  @Value.Check
  final void check() {
    FollowUpChecks.months("outcome monthsAfterCompletion", monthsAfterCompletion(), 1);
    FollowUpChecks.optionalText("outcome note", note());
  }

  /**
   * Returns the masked NIK, checkpoint, status and date.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "Outcome{participant=" + participant().masked() + ", months=" + monthsAfterCompletion()
        + ", status=" + status() + ", observedOn=" + observedOn() + "}";
  }
}
