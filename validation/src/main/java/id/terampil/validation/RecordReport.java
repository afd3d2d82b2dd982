package id.terampil.validation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import id.terampil.core.applicant.Application;
import id.terampil.validation.code.Severity;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The outcome for one enrollment record: its index in the batch, every {@link Finding} about it,
 * and the {@link Application} it converts to. The application is present exactly when no finding
 * is an {@link Severity#ERROR error} (warnings do not prevent it).
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class RecordReport {

  RecordReport() {}

  /**
   * Returns the index of the record in its batch (0 for the first).
   *
   * @return the index, not negative
   */
  @Value.Parameter
  public abstract int index();

  /**
   * Returns every finding about the record: first those of the {@link RecordValidator}, then
   * those of the conversion, then the cross-record findings of a {@link BatchValidator}.
   *
   * @return the findings, not null, empty for a record without any problem
   */
  @Value.Parameter
  public abstract ImmutableList<Finding> findings();

  /**
   * The application, or null: kept as a nullable attribute so that the report, its check and
   * {@link #isClean()} need no {@code Optional} (one report is made per record of a batch).
   */
  @Value.Parameter
  abstract @Nullable Application applicationOrNull();

  /**
   * Returns the application the record converts to.
   *
   * @return the application, present exactly when there is no error
   */
  public final Optional<Application> application() {
    return Optional.ofNullable(applicationOrNull());
  }

  /**
   * Returns a report.
   *
   * @param index the record's index, not negative
   * @param findings the findings, each with {@code index} as its record index, not null
   * @param application the application, present exactly when no finding is an error
   * @return the report, not null
   * @throws IllegalArgumentException if {@code index} is negative, a finding has another record
   *     index, or the application's presence disagrees with the findings
   */
  public static RecordReport of(
      int index, List<Finding> findings, Optional<Application> application) {
    return of(index, findings, application.orElse(null));
  }

  /** Returns a report; {@code application} is null exactly when a finding is an error. */
  static RecordReport of(int index, List<Finding> findings, @Nullable Application application) {
    return ImmutableRecordReport.of(index, (Iterable<Finding>) findings, application);
  }

  /**
   * Returns whether the record is clean: no finding is an error (warnings are allowed).
   *
   * @return true if the record has no error
   */
  public final boolean isClean() {
    return applicationOrNull() != null;
  }

  /**
   * Returns the number of error findings.
   *
   * @return the number, not negative
   */
  public final int errorCount() {
    int errors = 0;
    for (Finding f : findings()) {
      if (f.isError()) {
        errors++;
      }
    }
    return errors;
  }

  /**
   * Returns a description: the index, the findings and the application (masked as they mask
   * themselves), as {@code RecordReport{index=0, findings=[], application=...}}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return MoreObjects.toStringHelper("RecordReport")
        .omitNullValues()
        .add("index", index())
        .add("findings", findings())
        .add("application", applicationOrNull())
        .toString();
  }

  @Value.Check
  final void check() {
    checkArgument(index() >= 0, "index must not be negative: %s", index());
    boolean errors = false;
    for (Finding f : findings()) {
      checkArgument(
          f.recordIndex() == index(),
          "findings must be about record %s: %s",
          index(),
          f.recordIndex());
      errors |= f.isError();
    }
    checkArgument(
        (applicationOrNull() != null) != errors,
        "application must be present exactly when there is no error: record %s",
        index());
  }
}
