package id.terampil.validation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import id.terampil.core.applicant.Application;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

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
   * Returns the application the record converts to.
   *
   * @return the application, present exactly when there is no error
   */
  @Value.Parameter
  public abstract Optional<Application> application();

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
    return ImmutableRecordReport.of(index, (Iterable<Finding>) findings, application);
  }

  /**
   * Returns whether the record is clean: no finding is an error (warnings are allowed).
   *
   * @return true if the record has no error
   */
  public final boolean isClean() {
    return application().isPresent();
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
        application().isPresent() != errors,
        "application must be present exactly when there is no error: record %s",
        index());
  }
}
