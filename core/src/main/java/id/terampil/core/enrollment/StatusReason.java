package id.terampil.core.enrollment;

import static com.google.common.base.Preconditions.checkArgument;

import id.terampil.core.internal.Codes;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Why an enrollment entered a status (alasan): a stable {@link ReasonCode} and an optional free
 * note, e.g. {@code FOUND_WORK} with "diterima di pabrik garmen".
 *
 * <p>The note is 1 to {@value #MAX_NOTE_LENGTH} characters, not blank, without control
 * characters; {@link ReasonCode#OTHER} and {@link ReasonCode#COMPLETION_OVERRIDE} require a note
 * ({@link ReasonCode#requiresNote()}). Immutable, thread-safe and value-based.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class StatusReason {

  /** The longest note accepted, in characters. */
  public static final int MAX_NOTE_LENGTH = 500;

  StatusReason() {}

  /**
   * Returns a reason without a note.
   *
   * @param code the code, not null, one that does not {@linkplain ReasonCode#requiresNote() require
   *     a note}
   * @return the reason, not null
   * @throws IllegalArgumentException if {@code code} requires a note
   */
  public static StatusReason of(ReasonCode code) {
    return ImmutableStatusReason.builder().code(code).build();
  }

  /**
   * Returns a reason with a note.
   *
   * @param code the code, not null
   * @param note the note, not null, not blank, at most {@value #MAX_NOTE_LENGTH} characters
   * @return the reason, not null
   * @throws IllegalArgumentException if the note is blank, too long or holds control characters
   */
  public static StatusReason of(ReasonCode code, String note) {
    return ImmutableStatusReason.builder().code(code).note(note).build();
  }

  /**
   * Returns the stable code.
   *
   * @return the code, not null
   */
  public abstract ReasonCode code();

  /**
   * Returns the free note.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  @Value.Check
  final void check() {
    checkArgument(
        !code().requiresNote() || note().isPresent(), "note must be given for reason %s", code());
    note()
        .ifPresent(
            n -> Codes.checkText("note", n, MAX_NOTE_LENGTH));
  }

  /**
   * Returns the code, followed by the note if any, e.g. {@code FOUND_WORK (diterima bekerja)}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return note().map(n -> code() + " (" + n + ")").orElse(code().name());
  }
}
