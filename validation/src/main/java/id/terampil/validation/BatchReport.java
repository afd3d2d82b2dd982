package id.terampil.validation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import id.terampil.core.applicant.Application;
import id.terampil.core.program.ProgramId;
import id.terampil.validation.internal.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The outcome of validating a batch (roster) of enrollment records with a {@link BatchValidator}:
 * one {@link RecordReport} per input record, in input order, so that every record is accounted
 * for exactly once — record {@code i} of the input is {@code records().get(i)} with index
 * {@code i}, none dropped, none duplicated, {@code null} inputs included (as
 * {@link FindingCode#RECORD_NULL}). A record is clean when it has no error (warnings allowed);
 * exactly the clean records carry an {@link Application}. {@link #cohortLoads()} tells how full
 * each cohort of the program is.
 *
 * <p>Counts are computed on first use. Immutable, thread-safe and value-based; two reports of
 * the same batch by the same validator are equal.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class BatchReport {

  BatchReport() {}

  /**
   * Returns the program the batch was validated against.
   *
   * @return the program id, not null
   */
  @Value.Parameter
  public abstract ProgramId program();

  /**
   * Returns the reference date ages and dates were judged at.
   *
   * @return the date, not null
   */
  @Value.Parameter
  public abstract LocalDate referenceDate();

  /**
   * Returns one report per input record, in input order; {@code records().get(i).index() == i}.
   *
   * @return the reports, not null
   */
  @Value.Parameter
  public abstract ImmutableList<RecordReport> records();

  /**
   * Returns the seat load of every cohort of the program, in the program's order.
   *
   * @return the loads, not null
   */
  @Value.Parameter
  public abstract ImmutableList<CohortLoad> cohortLoads();

  /**
   * Returns a report.
   *
   * @param program the program, not null
   * @param referenceDate the reference date, not null
   * @param records the record reports, the one at position {@code i} with index {@code i}
   * @param cohortLoads the cohort loads, not null
   * @return the report, not null
   * @throws IllegalArgumentException if a record report is at another position than its index
   */
  public static BatchReport of(
      ProgramId program,
      LocalDate referenceDate,
      List<RecordReport> records,
      List<CohortLoad> cohortLoads) {
    return ImmutableBatchReport.of(
        program, referenceDate, (Iterable<RecordReport>) records, (Iterable<CohortLoad>) cohortLoads);
  }

  /**
   * Returns the number of records, the size of the input batch.
   *
   * @return the number, not negative
   */
  public final int size() {
    return records().size();
  }

  /**
   * Returns whether no record has an error.
   *
   * @return true if every record is clean
   */
  public final boolean isClean() {
    return errorCount() == 0;
  }

  /**
   * Returns the indexes of the clean records (no error; warnings allowed), ascending.
   *
   * @return the indexes, not null
   */
  @Value.Lazy
  public ImmutableList<Integer> cleanIndexes() {
    ImmutableList.Builder<Integer> clean = ImmutableList.builder();
    for (RecordReport r : records()) {
      if (r.isClean()) {
        clean.add(r.index());
      }
    }
    return clean.build();
  }

  /**
   * Returns the applications of the clean records, in input order.
   *
   * @return the applications, not null
   */
  @Value.Lazy
  public ImmutableList<Application> applications() {
    ImmutableList.Builder<Application> applications = ImmutableList.builder();
    for (RecordReport r : records()) {
      Application application = r.applicationOrNull();
      if (application != null) {
        applications.add(application);
      }
    }
    return applications.build();
  }

  /**
   * Returns the number of findings with each code; codes without findings are absent.
   *
   * @return the counts, in code order, not null
   */
  @Value.Lazy
  public ImmutableMap<FindingCode, Integer> countsByCode() {
    EnumMap<FindingCode, Integer> counts = new EnumMap<>(FindingCode.class);
    for (RecordReport r : records()) {
      for (Finding f : r.findings()) {
        counts.merge(f.code(), 1, Integer::sum);
      }
    }
    return Maps.immutableEnumMap(counts);
  }

  /**
   * Returns the number of error findings over all records.
   *
   * @return the number, not negative
   */
  @Value.Lazy
  public int errorCount() {
    int errors = 0;
    for (RecordReport r : records()) {
      errors += r.errorCount();
    }
    return errors;
  }

  /**
   * Returns the number of warning findings over all records.
   *
   * @return the number, not negative
   */
  @Value.Lazy
  public int warningCount() {
    int findings = 0;
    for (RecordReport r : records()) {
      findings += r.findings().size();
    }
    return findings - errorCount();
  }

  /**
   * Returns a short account in {@code locale} (Indonesian for {@code id}, else English): the
   * number of records, clean and with errors, errors and warnings, the count of each code, and
   * each cohort whose seats are exceeded. Never contains personal data.
   *
   * @param locale the locale, not null
   * @return the summary, not null
   */
  public final String summary(Locale locale) {
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

  @Value.Check
  final void check() {
    for (int i = 0; i < records().size(); i++) {
      checkArgument(
          records().get(i).index() == i,
          "records must be in input order: index %s at position %s",
          records().get(i).index(),
          i);
    }
  }
}
