package id.terampil.validation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import com.google.common.primitives.ImmutableIntArray;
import id.terampil.core.applicant.Application;
import id.terampil.core.identity.ProgramId;
import id.terampil.validation.code.FindingCode;
import id.terampil.validation.internal.Messages;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
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
 * <p>A report made by a {@link BatchValidator} keeps what it found in columns (per record: the
 * applicant, the ids, the registration time and score, and the findings of the few records that
 * have any) rather than one {@link RecordReport} and one {@link Application} object per record,
 * so that a report of a million records stays small and costs the garbage collector little.
 * {@link #records()} and {@link #applications()} are unmodifiable random-access views over
 * them: each element is made when it is read, and is equal (not necessarily identical) each time
 * it is read. Copy a view (e.g. {@code ImmutableList.copyOf(report.applications())}) to keep its
 * elements as objects.
 *
 * <p>Counts are computed when the report is made. Immutable, thread-safe and value-based; two
 * reports of the same batch by the same validator are equal.
 *
 * @since 0.1.0
 */
public final class BatchReport {

  /**
   * The record reports of a batch, by index: from a list, or from a validator's columns, which
   * make each report and application when it is read.
   */
  abstract static class Rows extends AbstractList<RecordReport> implements RandomAccess {

    /** Returns the application of record {@code i}, or null if it has an error. */
    abstract @Nullable Application application(int i);
  }

  /** Rows over a list of record reports, as given to {@link BatchReport#of}. */
  private static final class ListRows extends Rows {

    private final ImmutableList<RecordReport> reports;

    ListRows(ImmutableList<RecordReport> reports) {
      this.reports = reports;
    }

    @Override
    public int size() {
      return reports.size();
    }

    @Override
    public RecordReport get(int i) {
      return reports.get(i);
    }

    @Override
    @Nullable Application application(int i) {
      return reports.get(i).applicationOrNull();
    }
  }

  /** The applications of the clean records, made when read. */
  private static final class Applications extends AbstractList<Application>
      implements RandomAccess {

    private final Rows rows;
    private final ImmutableIntArray clean;

    Applications(Rows rows, ImmutableIntArray clean) {
      this.rows = rows;
      this.clean = clean;
    }

    @Override
    public int size() {
      return clean.length();
    }

    @Override
    public Application get(int i) {
      checkElementIndex(i, size());
      return checkNotNull(rows.application(clean.get(i)));
    }
  }

  private final ProgramId program;
  private final LocalDate referenceDate;
  private final Rows records;
  private final ImmutableList<CohortLoad> cohortLoads;
  private final ImmutableIntArray cleanIndexes;
  private final ImmutableMap<FindingCode, Integer> countsByCode;
  private final int errorCount;
  private final int warningCount;
  private int hash;

  /**
   * What a report counts, gathered record by record in input order as the records are made:
   * the clean records' indexes, the findings by code, errors and warnings.
   */
  static final class Tally {
    private final ImmutableIntArray.Builder clean;
    private final int[] byCode = new int[FindingCode.values().length];
    private int errors;
    private int findings;

    Tally(int expectedSize) {
      this.clean = ImmutableIntArray.builder(expectedSize);
    }

    /** Counts record {@code index}, the next in input order, with its findings. */
    void add(int index, List<Finding> found, boolean isClean) {
      for (int k = 0, n = found.size(); k < n; k++) {
        Finding f = found.get(k);
        byCode[f.code().ordinal()]++;
        errors += f.isError() ? 1 : 0;
      }
      findings += found.size();
      if (isClean) {
        clean.add(index);
      }
    }
  }

  BatchReport(
      ProgramId program, LocalDate referenceDate, Rows records, List<CohortLoad> loads, Tally tally) {
    this.program = checkNotNull(program, "program");
    this.referenceDate = checkNotNull(referenceDate, "referenceDate");
    this.records = records;
    this.cohortLoads = ImmutableList.copyOf(loads);
    this.cleanIndexes = tally.clean.build();
    EnumMap<FindingCode, Integer> counts = new EnumMap<>(FindingCode.class);
    FindingCode[] codes = FindingCode.values();
    for (int c = 0; c < codes.length; c++) {
      if (tally.byCode[c] > 0) {
        counts.put(codes[c], tally.byCode[c]);
      }
    }
    this.countsByCode = Maps.immutableEnumMap(counts);
    this.errorCount = tally.errors;
    this.warningCount = tally.findings - tally.errors;
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
    ImmutableList<RecordReport> reports = ImmutableList.copyOf(records);
    Tally tally = new Tally(reports.size());
    for (int i = 0; i < reports.size(); i++) {
      RecordReport report = reports.get(i);
      checkArgument(
          report.index() == i,
          "records must be in input order: index %s at position %s",
          report.index(),
          i);
      tally.add(i, report.findings(), report.isClean());
    }
    return new BatchReport(program, referenceDate, new ListRows(reports), cohortLoads, tally);
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
   * An unmodifiable random-access view: each report is made when it is read.
   *
   * @return the reports, not null
   */
  public List<RecordReport> records() {
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
   * @return the indexes, an unmodifiable list, not null
   */
  public List<Integer> cleanIndexes() {
    return cleanIndexes.asList();
  }

  /**
   * Returns the applications of the clean records, in input order: the one at position {@code k}
   * is that of record {@code cleanIndexes().get(k)}. An unmodifiable random-access view: each
   * application is made when it is read.
   *
   * @return the applications, not null
   */
  public List<Application> applications() {
    return new Applications(records, cleanIndexes);
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
        && errorCount == that.errorCount
        && warningCount == that.warningCount
        && cleanIndexes.equals(that.cleanIndexes)
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
    int h = hash;
    if (h == 0) {
      h = Objects.hash(program, referenceDate, records, cohortLoads);
      hash = h;
    }
    return h;
  }
}
