package id.terampil.core.attendance;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Nik;
import id.terampil.core.internal.Codes;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A training certificate (sertifikat pelatihan), issued only from a satisfied {@link Completion}:
 * the participant, the cohort, the issue date and the certificate number chosen by the organizer.
 *
 * <p>The number is 1 to {@value #MAX_NUMBER_LENGTH} characters without control characters, not
 * blank, e.g. {@code 560/123/DISNAKER/2025}. {@link #toString()} masks the NIK. Immutable,
 * thread-safe and value-based.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Certificate {

  /** The longest certificate number accepted, in characters. */
  public static final int MAX_NUMBER_LENGTH = 64;

  Certificate() {}

  /**
   * Issues a certificate for a completion that satisfies its rule.
   *
   * @param completion the completion, not null, satisfied
   * @param issueDate the issue date, not null, not before the cohort's last session
   * @param number the certificate number, not null
   * @return the certificate, not null
   * @throws IllegalArgumentException if the completion is not satisfied (the message lists every
   *     unmet requirement), the issue date is before the last session, or the number is invalid
   */
  public static Certificate issue(Completion completion, LocalDate issueDate, String number) {
    checkNotNull(completion, "completion must not be null");
    checkNotNull(issueDate, "issue date must not be null");
    if (!completion.isSatisfied()) {
      throw new IllegalArgumentException(
          "cannot issue a certificate to participant "
              + completion.participant().masked()
              + " of cohort "
              + completion.cohort()
              + ": the completion rule is not satisfied: "
              + completion.unmet().stream()
                  .map(UnmetRequirement::toString)
                  .collect(Collectors.joining("; ")));
    }
    LocalDate last = completion.attendance().lastSessionDate();
    checkArgument(
        !issueDate.isBefore(last),
        "issueDate must not be before the last session %s: %s",
        last,
        issueDate);
    return ImmutableCertificate.builder()
        .participant(completion.participant())
        .cohort(completion.cohort())
        .issueDate(issueDate)
        .number(number)
        .build();
  }

  /**
   * Returns the holder's NIK.
   *
   * @return the NIK, not null
   */
  public abstract Nik participant();

  /**
   * Returns the cohort completed.
   *
   * @return the cohort id, not null
   */
  public abstract CohortId cohort();

  /**
   * Returns the issue date.
   *
   * @return the date, not null
   */
  public abstract LocalDate issueDate();

  /**
   * Returns the certificate number (nomor sertifikat).
   *
   * @return the number, not null
   */
  public abstract String number();

  @Value.Check
  final void check() {
    Codes.checkText("number", number(), MAX_NUMBER_LENGTH);
  }

  /**
   * Returns the certificate with the NIK masked.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "Certificate{number="
        + number()
        + ", participant="
        + participant().masked()
        + ", cohort="
        + cohort()
        + ", issueDate="
        + issueDate()
        + "}";
  }
}
