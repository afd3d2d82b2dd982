package id.terampil.core.attendance;

import org.immutables.value.Value;

/**
 * A completion requirement that a participant has not met: a stable {@link CompletionCode} and an
 * English message with the figures, e.g. "attendance 2/3 is below the minimum 4/5".
 *
 * <p>The problem carrier of completion, a separate concept from an unmet admission rule: it is
 * judged after training, from attendance and assessment, and blocks a certificate.
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class UnmetRequirement {

  UnmetRequirement() {}

  static UnmetRequirement of(CompletionCode code, String message) {
    return ImmutableUnmetRequirement.builder().code(code).message(message).build();
  }

  /**
   * Returns the stable code.
   *
   * @return the code, not null
   */
  public abstract CompletionCode code();

  /**
   * Returns the message; it never contains a NIK.
   *
   * @return the message, not null
   */
  public abstract String message();

  /**
   * Returns {@code CODE: message}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return code() + ": " + message();
  }
}
