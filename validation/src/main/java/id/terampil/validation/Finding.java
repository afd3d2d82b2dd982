package id.terampil.validation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import id.terampil.validation.code.FindingCode;
import id.terampil.validation.code.Severity;
import id.terampil.validation.internal.Messages;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One problem found in untrusted enrollment data (temuan): a stable {@link FindingCode}, a
 * {@link Severity}, the index of the record in its batch, the field, and parameters for the
 * message.
 *
 * <p>The problem carrier of validation: whatever a record or a batch breaks, a field's shape or
 * an admission rule (one finding per {@code UnmetRule}, through {@link
 * FindingCode#ofReason(id.terampil.core.eligibility.EligibilityReason)}), reaches the caller as a
 * finding.
 *
 * <p>Parameters hold only safe values: counts, limits, reference dates, codes, and a NIK masked
 * as {@code 3375********0001} (the full NIK only where the caller asked the validator for it).
 * Values that came from the input are shortened and stripped of control characters. Messages are
 * formatted by plain {@code {name}} substitution, never by an expression language: a value such
 * as {@code ${1+1}} appears literally.
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Finding {

  Finding() {}

  /**
   * Returns the stable code.
   *
   * @return the code, not null
   */
  public abstract FindingCode code();

  /**
   * Returns the severity; by default {@link FindingCode#defaultSeverity()}.
   *
   * @return the severity, not null
   */
  @Value.Default
  public Severity severity() {
    return code().defaultSeverity();
  }

  /**
   * Returns the index of the record in the validated batch (0 for the first).
   *
   * @return the index, not negative
   */
  public abstract int recordIndex();

  /**
   * Returns the field the finding is about, e.g. {@code nik}, {@code birthDate} or
   * {@code documents[1].issueDate}; empty when it is about the record as a whole.
   *
   * @return the field, not null
   */
  public abstract Optional<String> field();

  /**
   * Returns the message parameters, by name; only safe values (see the class comment).
   *
   * @return the parameters, not null, immutable
   */
  public abstract ImmutableMap<String, String> parameters();

  /**
   * Returns whether this finding is an {@link Severity#ERROR error}.
   *
   * @return true for an error, false for a warning
   */
  public final boolean isError() {
    return severity() == Severity.ERROR;
  }

  /**
   * Returns the message in {@code locale}: Indonesian for {@code id}, English for {@code en}, and
   * for other locales what {@link java.util.ResourceBundle} picks (the default locale's, else
   * English). {@code {field}} in a message stands for {@link #field()}; the Indonesian messages
   * name fields, region levels, roles and document kinds in Indonesian ("ID angkatan", "desa/
   * kelurahan"), the English ones as a program reads them ({@code cohortId}, {@code VILLAGE}).
   *
   * @param locale the locale, not null
   * @return the message, not null
   */
  public final String message(Locale locale) {
    return Messages.text(
        code().messageKey(), code().code(), locale, field().orElse(""), parameters());
  }

  /**
   * Returns the message in the default locale.
   *
   * @return the message, not null
   */
  public final String message() {
    return message(Locale.getDefault());
  }

  /**
   * Returns a finding with the code's default severity.
   *
   * @param code the code, not null
   * @param recordIndex the index of the record, not negative
   * @param field the field, not null; empty for the record as a whole
   * @param parameters the message parameters (safe values only), not null
   * @return the finding, not null
   * @throws IllegalArgumentException if {@code recordIndex} is negative
   */
  public static Finding of(
      FindingCode code, int recordIndex, String field, Map<String, String> parameters) {
    return builder()
        .code(code)
        .recordIndex(recordIndex)
        .field(field.isEmpty() ? Optional.empty() : Optional.of(field))
        .putAllParameters(parameters)
        .build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Finding}. */
  public static final class Builder extends ImmutableFinding.Builder {
    /** Creates an empty builder; prefer {@link Finding#builder()}. */
    public Builder() {}
  }

  @Value.Check
  final void check() {
    checkArgument(recordIndex() >= 0, "recordIndex must not be negative: %s", recordIndex());
  }
}
