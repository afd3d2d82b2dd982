package id.terampil.core.applicant;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A document an applicant holds (dokumen): its kind, issue date and, where one is printed, the
 * last day it is valid (berlaku sampai).
 *
 * <p>Without a printed expiry, a document whose kind has a {@linkplain
 * DocumentKind#standardValidity() standard validity} is valid from its issue date for that long:
 * an AK/I card issued on 2023-03-01 is valid up to and including 2025-02-28 and expired on
 * 2025-03-01, exactly two years after issue. (An AK/I issued on 29 February is valid up to and
 * including 27 February two years later, as {@link LocalDate#plusYears(long)} clamps the
 * anniversary to 28 February.) A printed expiry takes precedence over the standard validity.
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Document {

  Document() {}

  /**
   * Returns the kind of document.
   *
   * @return the kind, not null
   */
  public abstract DocumentKind kind();

  /**
   * Returns the date the document was issued (tanggal terbit).
   *
   * @return the issue date, not null
   */
  public abstract LocalDate issueDate();

  /**
   * Returns the last day of validity printed on the document, if any.
   *
   * @return the last valid day (inclusive), or empty if none is printed
   */
  public abstract Optional<LocalDate> expiry();

  /**
   * Returns a document without a printed expiry.
   *
   * @param kind the kind, not null
   * @param issueDate the issue date, not null
   * @return the document, not null
   */
  public static Document of(DocumentKind kind, LocalDate issueDate) {
    return builder().kind(kind).issueDate(issueDate).build();
  }

  /**
   * Returns a document with a printed last day of validity.
   *
   * @param kind the kind, not null
   * @param issueDate the issue date, not null
   * @param expiry the last valid day (inclusive), not null, not before {@code issueDate}
   * @return the document, not null
   * @throws IllegalArgumentException if {@code expiry} is before {@code issueDate}
   */
  public static Document of(DocumentKind kind, LocalDate issueDate, LocalDate expiry) {
    return builder().kind(kind).issueDate(issueDate).expiry(expiry).build();
  }

  /**
   * Returns a builder; {@code kind} and {@code issueDate} are required.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Document}. */
  public static final class Builder extends ImmutableDocument.Builder {
    /** Creates an empty builder; prefer {@link Document#builder()}. */
    public Builder() {}
  }

  /**
   * Returns the last day the document is valid: the printed expiry, or else the day before the
   * end of the kind's standard validity.
   *
   * @return the last valid day (inclusive), or empty if the document does not expire
   */
  public Optional<LocalDate> validUntil() {
    if (expiry().isPresent()) {
      return expiry();
    }
    return kind().standardValidity().map(v -> issueDate().plus(v).minusDays(1));
  }

  /**
   * Returns whether the document is valid on {@code date}: issued on or before it and not
   * expired.
   *
   * @param date the date, not null
   * @return true if {@code issueDate <= date <= validUntil}
   */
  public boolean isValidOn(LocalDate date) {
    checkNotNull(date, "date must not be null");
    return !date.isBefore(issueDate())
        && validUntil().map(until -> !date.isAfter(until)).orElse(true);
  }

  @Value.Check
  final void check() {
    expiry()
        .ifPresent(
            e ->
                checkArgument(
                    !e.isBefore(issueDate()),
                    "document expiry must not be before its issue date %s: %s",
                    issueDate(),
                    e));
  }
}
