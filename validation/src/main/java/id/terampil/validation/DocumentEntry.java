package id.terampil.validation;

import id.terampil.validation.internal.Texts;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One document listed in an {@link EnrollmentRecord} (dokumen persyaratan), as the agency sent
 * it: a kind such as {@code KTP}, {@code KK}, {@code AK1} or {@code NIB}, and an issue date text.
 * Either may be absent or malformed: the {@link RecordValidator} reports that.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class DocumentEntry {

  DocumentEntry() {}

  /**
   * Returns the document kind as sent, expected to be a code of upper-case letters, digits and
   * {@code _}.
   *
   * @return the kind, or null
   */
  @Value.Parameter
  public abstract @Nullable String kind();

  /**
   * Returns the issue date as sent, expected as {@code yyyy-MM-dd}.
   *
   * @return the issue date text, or null
   */
  @Value.Parameter
  public abstract @Nullable String issueDate();

  /**
   * Returns a document entry.
   *
   * @param kind the kind, may be null
   * @param issueDate the issue date text, may be null
   * @return the entry, not null
   */
  public static DocumentEntry of(@Nullable String kind, @Nullable String issueDate) {
    return ImmutableDocumentEntry.of(kind, issueDate);
  }

  /**
   * Returns the kind and issue date, each shortened for display.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "DocumentEntry{kind="
        + (kind() == null ? "null" : Texts.echo(kind()))
        + ", issueDate="
        + (issueDate() == null ? "null" : Texts.echo(issueDate()))
        + "}";
  }
}
