package id.terampil.validation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import id.terampil.core.applicant.Application;
import id.terampil.core.identity.ProgramId;
import id.terampil.validation.code.FindingCode;
import id.terampil.validation.internal.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of validating a batch (roster) of enrollment records with a {@link BatchValidator}:
 * one {@link RecordReport} per input record, in input order, so that every record is accounted
 * for exactly once — record {@code i} of the input is {@code records().get(i)} with index
 * {@code i}, none dropped, none duplicated, {@code null} inputs included (as
 * {@link FindingCode#RECORD_NULL}). A record is clean when it has no error (warnings allowed);
 * exactly the clean records carry an {@link Application}. {@link #cohortLoads()} tells how full
 * each cohort of the program is.
 *
 * <p>Counts are computed when the report is made. Immutable, thread-safe and value-based; two
 * reports of the same batch by the same validator are equal.
 *
 * @since 0.1.0
 */
public final class BatchReport {

  private final ProgramId program;
  private final LocalDate referenceDate;
  private final ImmutableList<RecordReport> records;
  private final ImmutableList<CohortLoad> cohortLoads;
  private final ImmutableList<Integer> cleanIndexes;
  private final ImmutableList<Application> applications;
  private final ImmutableMap<FindingCode, Integer> countsByCode;
  private final int errorCount;
  private final int warningCount;

  private BatchReport(
      ProgramId program,
      LocalDate referenceDate,
      ImmutableList<RecordReport> records,
      ImmutableList<CohortLoad> cohortLoads) {
    this.program = checkNotNull(program, "program must not be null");
    this.referenceDate = checkNotNull(referenceDate, "reference date must not be null");
    this.records = records;
    this.cohortLoads = cohortLoads;
    ImmutableList.Builder<Integer> clean = ImmutableList.builder();
    ImmutableList.Builder<Application> applications = ImmutableList.builder();
    EnumMap<FindingCode, Integer> counts = new EnumMap<>(FindingCode.class);
    int errors = 0;
    int warnings = 0;
    for (int i = 0; i < records.size(); i++) {
      RecordReport report = records.get(i);
      checkArgument(
          report.index() == i,
          "records must be in input order: index %s at position %s",
          report.index(),
          i);
      for (Finding f : report.findings()) {
        counts.merge(f.code(), 1, Integer::sum);
        if (f.isError()) {
          errors++;
        } else {
          warnings++;
        }
      }
      Application application = report.applicationOrNull();
      if (application != null) {
        clean.add(report.index());
        applications.add(application);
      }
    }
    this.cleanIndexes = clean.build();
    this.applications = applications.build();
    this.countsByCode = Maps.immutableEnumMap(counts);
    this.errorCount = errors;
    this.warningCount = warnings;
  }

  /**
   * Returns a report.
   *
   * @param program the program, not null
   * @param referenceDate the reference date, not null
   * @param records the record reports, the one at position {@code i} with index {@code i}
   * @param cohortLoads the cohort loads, not null
   * @return the report, not null
   * @throws NullPointerException if an argument or an element is null
   * @throws IllegalArgumentException if a record report is at another position than its index
   */
  public static BatchReport of(
      ProgramId program,
      LocalDate referenceDate,
      List<RecordReport> records,
      List<CohortLoad> cohortLoads) {
    return new BatchReport(
        program, referenceDate, ImmutableList.copyOf(records), ImmutableList.copyOf(cohortLoads));
  }

  /**
   * Returns the program the batch was validated against.
   *
   * @return the program id, not null
   */
  public ProgramId program() {
    return program;
  }

  /**
   * Returns the reference date ages and dates were judged at.
   *
   * @return the date, not null
   */
  public LocalDate referenceDate() {
    return referenceDate;
  }

  /**
   * Returns one report per input record, in input order; {@code records().get(i).index() == i}.
   *
   * @return the reports, not null
   */
  public ImmutableList<RecordReport> records() {
    return records;
  }

  /**
   * Returns the seat load of every cohort of the program, in the program's order.
   *
   * @return the loads, not null
   */
  public ImmutableList<CohortLoad> cohortLoads() {
    return cohortLoads;
  }

  /**
   * Returns the number of records, the size of the input batch.
   *
   * @return the number, not negative
   */
  public int size() {
    return records.size();
  }

  /**
   * Returns whether no record has an error.
   *
   * @return true if every record is clean
   */
  public boolean isClean() {
    return errorCount == 0;
  }

  /**
   * Returns the indexes of the clean records (no error; warnings allowed), ascending.
   *
   * @return the indexes, not null
   */
  public ImmutableList<Integer> cleanIndexes() {
    return cleanIndexes;
  }

  /**
   * Returns the applications of the clean records, in input order: the one at position {@code k}
   * is that of record {@code cleanIndexes().get(k)}.
   *
   * @return the applications, not null
   */
  public ImmutableList<Application> applications() {
    return applications;
  }

  /**
   * Returns the number of findings with each code; codes without findings are absent.
   *
   * @return the counts, in code order, not null
   */
  public ImmutableMap<FindingCode, Integer> countsByCode() {
    return countsByCode;
  }

  /**
   * Returns the number of error findings over all records.
   *
   * @return the number, not negative
   */
  public int errorCount() {
    return errorCount;
  }

  /**
   * Returns the number of warning findings over all records.
   *
   * @return the number, not negative
   */
  public int warningCount() {
    return warningCount;
  }

  /**
   * Returns a short account in {@code locale} (Indonesian for {@code id}, else English): the
   * number of records, clean and with errors, errors and warnings, the count of each code, and
   * each cohort whose seats are exceeded. Never contains personal data.
   *
   * @param locale the locale, not null
   * @return the summary, not null
   */
  public String summary(Locale locale) {
    int clean = cleanIndexes().size();
    StringBuilder sb =
        new StringBuilder(
            Messages.text(
                "id.terampil.validation.report.summary",
                locale,
                ImmutableMap.of(
                    "records", Integer.toString(size()),
                    "clean", Integer.toString(clean),
                    "rejected", Integer.toString(size() - clean),
                    "errors", Integer.toString(errorCount()),
                    "warnings", Integer.toString(warningCount()))));
    if (!countsByCode().isEmpty()) {
      List<String> codes = new ArrayList<>();
      for (Map.Entry<FindingCode, Integer> e : countsByCode().entrySet()) {
        codes.add(e.getKey().code() + " " + e.getValue());
      }
      sb.append("; ")
          .append(
              Messages.text(
                  "id.terampil.validation.report.codes",
                  locale,
                  ImmutableMap.of("codes", String.join(", ", codes))));
    }
    for (CohortLoad load : cohortLoads()) {
      if (load.isExceeded()) {
        sb.append("; ")
            .append(
                Messages.text(
                    "id.terampil.validation.report.seatsExceeded",
                    locale,
                    ImmutableMap.of(
                        "cohort", load.cohort().toString(),
                        "requested", Integer.toString(load.requested()),
                        "seats", Integer.toString(load.seats()))));
      }
    }
    return sb.toString();
  }

  /**
   * Returns the summary in English.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "BatchReport{" + program() + ", " + summary(Locale.ENGLISH) + "}";
  }

  /**
   * Returns whether {@code other} is a report of the same program at the same date with equal
   * record reports and cohort loads.
   *
   * @param other the object to compare with
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof BatchReport)) {
      return false;
    }
    BatchReport that = (BatchReport) other;
    return program.equals(that.program)
        && referenceDate.equals(that.referenceDate)
        && cohortLoads.equals(that.cohortLoads)
        && records.equals(that.records);
  }

  /**
   * Returns a hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(program, referenceDate, records, cohortLoads);
  }
}
