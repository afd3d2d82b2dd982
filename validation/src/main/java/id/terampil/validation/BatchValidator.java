package id.terampil.validation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import id.terampil.core.applicant.Applicant;
import id.terampil.core.applicant.Application;
import id.terampil.core.eligibility.EligibilityContext;
import id.terampil.core.eligibility.EligibilityPolicy;
import id.terampil.core.eligibility.EligibilityRule;
import id.terampil.core.eligibility.ParticipationHistory;
import id.terampil.core.eligibility.UnmetRule;
import id.terampil.core.identity.Nik;
import id.terampil.core.program.Cohort;
import id.terampil.core.program.CohortId;
import id.terampil.core.program.ProgramId;
import id.terampil.core.program.TargetGroup;
import id.terampil.core.program.TrainingProgram;
import id.terampil.core.region.RegionCode;
import id.terampil.core.region.RegionDirectory;
import id.terampil.validation.internal.Canon;
import id.terampil.validation.internal.FieldRules;
import id.terampil.validation.internal.Texts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Validates a batch (roster, daftar peserta) of {@link EnrollmentRecord}s against one
 * {@link TrainingProgram} at a reference date, and converts the clean records into
 * {@link id.terampil.core.applicant.Application}s.
 *
 * <p>Each record gets every finding of {@link RecordValidator#validateAndConvert} (the record
 * validator is {@link #recordValidator()}; an absent program id stands for the program), then,
 * in this order:
 *
 * <ul>
 *   <li>{@link FindingCode#COHORT_UNKNOWN}: the cohort id is not a cohort of the program;
 *   <li>{@link FindingCode#PROGRAM_MISMATCH}: the program id is another program's;
 *   <li>{@link FindingCode#RESIDENCE_OUTSIDE_COHORT_REGIONS}: the domicile is outside the
 *       {@linkplain Cohort#serves(RegionCode) regions the cohort serves};
 *   <li>the cohort's {@linkplain TrainingProgram#eligibilityOf(Cohort) eligibility policy} at the
 *       reference date, with the applicant's participation history if the builder was given one:
 *       each unmet rule becomes a {@code NOT_ELIGIBLE_*} finding carrying the rule's parameters
 *       (evaluated whenever the record's applicant data converts, even if other fields have
 *       errors);
 *   <li>{@link FindingCode#DUPLICATE_NIK}: the NIK appeared before in the same cohort (or, for
 *       records without a known cohort, in another such record); points at the first of them;
 *   <li>{@link FindingCode#OVERLAPPING_COHORTS}: the NIK appeared before in another cohort whose
 *       period overlaps; one finding per such cohort. The same NIK in cohorts that do not overlap
 *       is accepted (a person may attend a later cohort);
 *   <li>{@link FindingCode#COHORT_SEATS_EXCEEDED}: the record has no other error, but the
 *       cohort's {@code seats().max()} records without errors came before it.
 * </ul>
 *
 * <p>Age is judged by the eligibility policy, not by the record validator (which is built with
 * {@link RecordValidator.Builder#anyAge()}). Findings never carry a full NIK unless
 * {@link Builder#revealNik(boolean)} asks for it.
 *
 * <p>Record-level rules run directly (no {@code jakarta.validation.Validator}); the work is
 * linear in the batch: per-cohort data is computed once when the validator is built, every
 * record is checked on its own in one pass, the NIKs that repeat are then found from their
 * numeric values by partitions that fit in the cache, a last pass in input order adds the
 * findings across records and counts the seats, and messages are formatted only when asked for. {@link #validate} never throws for any content of the records; a {@code null} in the list
 * becomes {@link FindingCode#RECORD_NULL}.
 *
 * <p>Immutable and thread-safe (given a thread-safe region directory and eligibility rules):
 * build one and share it; reports of the same batch are equal.
 *
 * @since 0.1.0
 */
public final class BatchValidator {

  private final TrainingProgram program;
  private final LocalDate referenceDate;
  private final RecordValidator records;
  private final boolean revealNik;
  private final Map<Long, ParticipationHistory> histories;
  private final Map<CohortId, Integer> cohortIndex;
  private final Plan[] plans;
  private final boolean[][] overlaps;
  /** The program's id and the cohorts' ids by their canonical text, parsed once. */
  private final ImmutableMap<String, ProgramId> programIds;
  private final ImmutableMap<String, CohortId> cohortIds;

  /** What is computed once per cohort. */
  private static final class Plan {
    final Cohort cohort;
    final String id;
    final int seats;
    final String regions;
    final @Nullable EligibilityPolicy policy;
    final EligibilityContext context;

    Plan(TrainingProgram program, Cohort cohort, LocalDate referenceDate) {
      this.cohort = cohort;
      this.id = cohort.id().toString();
      this.seats = cohort.seats().max();
      List<String> names = new ArrayList<>();
      for (RegionCode region : cohort.regionsServed()) {
        names.add(region.toString());
      }
      Collections.sort(names);
      this.regions = String.join(",", names);
      EligibilityPolicy p = program.eligibilityOf(cohort);
      this.policy = p.rules().isEmpty() ? null : p;
      this.context =
          cohort.eligibilityContext(referenceDate);
    }
  }

  private BatchValidator(Builder b) {
    this.program = b.program;
    this.referenceDate = b.referenceDate;
    this.revealNik = b.revealNik;
    this.histories = Collections.unmodifiableMap(new HashMap<>(b.histories));
    RecordValidator.Builder rb = RecordValidator.builder(b.referenceDate).anyAge().revealNik(b.revealNik);
    if (b.directory != null) {
      rb.regionDirectory(b.directory);
    }
    rb.knownTargetGroups(program.targetGroups()).knownTargetGroups(b.knownTargetGroups);
    for (Map.Entry<FindingCode, Severity> e : b.severities.entrySet()) {
      rb.severity(e.getKey(), e.getValue());
    }
    ImmutableList<Cohort> cohorts = program.cohorts();
    int n = cohorts.size();
    this.plans = new Plan[n];
    Map<CohortId, Integer> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Cohort c = cohorts.get(i);
      rb.knownTargetGroups(c.targetGroups());
      plans[i] = new Plan(program, c, referenceDate);
      index.put(c.id(), i);
    }
    this.cohortIndex = Collections.unmodifiableMap(index);
    this.programIds = ImmutableMap.of(program.id().toString(), program.id());
    ImmutableMap.Builder<String, CohortId> ids = ImmutableMap.builder();
    for (Cohort c : cohorts) {
      ids.put(c.id().toString(), c.id());
    }
    this.cohortIds = ids.buildKeepingLast();
    this.overlaps = new boolean[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        overlaps[i][j] = i != j && cohorts.get(i).period().overlaps(cohorts.get(j).period());
      }
    }
    this.records = rb.build();
  }

  /**
   * Returns a builder for a validator of records for {@code program} at {@code referenceDate}.
   *
   * @param program the program, not null
   * @param referenceDate the date ages, documents and eligibility are judged at (e.g. the close
   *     of registration), not null
   * @return a new builder, not null
   */
  public static Builder builder(TrainingProgram program, LocalDate referenceDate) {
    return new Builder(program, referenceDate);
  }

  /**
   * Returns the program.
   *
   * @return the program, not null
   */
  public TrainingProgram program() {
    return program;
  }

  /**
   * Returns the reference date.
   *
   * @return the date, not null
   */
  public LocalDate referenceDate() {
    return referenceDate;
  }

  /**
   * Returns the record validator this batch validator runs on every record; its findings for a
   * record are the first findings of that record in a {@link BatchReport}.
   *
   * @return the validator, not null
   */
  public RecordValidator recordValidator() {
    return records;
  }

  /**
   * Validates a batch and converts its clean records.
   *
   * @param batch the records, in order; may contain {@code null}s, not null itself
   * @return the report, with one record report per element of {@code batch}, not null
   * @throws NullPointerException if {@code batch} is null
   */
  public BatchReport validate(List<? extends @Nullable EnrollmentRecord> batch) {
    checkNotNull(batch, "batch must not be null");
    int size = batch.size();
    // First every record on its own, in one pass; what the later passes need is kept per record.
    long[] niks = new long[size];
    int[] cohortOf = new int[size];
    int[] errorsOf = new int[size];
    Column<List<Finding>> findingsOf = new Column<>(size);
    // What the report keeps: the parts of each clean record's application, and the findings.
    ReportColumns columns = new ReportColumns(size);
    Map<Integer, CohortId> unknownCohorts = new HashMap<>();
    // One check for the whole batch, reset per record, with the values that repeat across it.
    Canon canon = size < Canon.MIN_RECORDS ? null : new Canon(referenceDate);
    RecordCheck run = new RecordCheck(records, 0, new Interned(programIds, cohortIds, canon));
    int i = 0;
    for (EnrollmentRecord record : batch) {
      checkArgument(i < size, "the batch grew while it was validated");
      run.reset(i);
      if (record == null) {
        run.add(FindingCode.RECORD_NULL, "", ImmutableMap.of());
        cohortOf[i] = -1;
      } else {
        int c = checkAlone(run, record);
        cohortOf[i] = c;
        Nik nik = run.nik;
        if (nik != null) {
          niks[i] = nik.toLong();
          if (c < 0 && run.cohortId != null) {
            unknownCohorts.put(i, run.cohortId);
          }
        }
        if (run.errors() == 0) {
          columns.keepApplication(i, run);
        }
      }
      errorsOf[i] = run.errors();
      List<Finding> found = run.findings();
      findingsOf.set(i, found.isEmpty() ? null : found);
      i++;
    }
    checkArgument(i == size, "the batch shrank while it was validated");
    // Then the NIKs that repeat: only their records get findings across records.
    Column<List<Finding>> repeats = new Column<>(size);
    RecordCheck side = new RecordCheck(records, 0);
    NikGroups.forEachRepeat(
        niks,
        size,
        (nik, indices, from, to) ->
            repeats(nik, indices, from, to, cohortOf, unknownCohorts, side, repeats));
    // Last, in input order, the seats (a record takes one if it has no error) and the reports.
    int n = plans.length;
    int[] taken = new int[n];
    BatchReport.Tally tally = new BatchReport.Tally(size);
    for (i = 0; i < size; i++) {
      List<Finding> found = findingsOf.get(i);
      List<Finding> repeat = repeats.get(i);
      int errors = errorsOf[i] + (repeat == null ? 0 : errorCount(repeat));
      side.reset(i);
      int c = cohortOf[i];
      if (c >= 0 && errors == 0 && ++taken[c] > plans[c].seats) {
        side.add(
            FindingCode.COHORT_SEATS_EXCEEDED,
            "cohortId",
            ImmutableMap.of("cohort", plans[c].id, "seats", Integer.toString(plans[c].seats)));
      }
      if (errors + side.errors() != 0) {
        columns.dropApplication(i);
      } else if (!columns.isClean(i)) {
        side.add(FindingCode.CONVERSION_FAILED, "", ImmutableMap.of("reason", "Application"));
      }
      ImmutableList<Finding> all = concat(found, repeat, side.findings());
      columns.setFindings(i, all);
      tally.add(i, all, columns.isClean(i));
    }
    ImmutableList.Builder<CohortLoad> loads = ImmutableList.builderWithExpectedSize(n);
    for (int c = 0; c < n; c++) {
      loads.add(CohortLoad.of(plans[c].cohort.id(), plans[c].seats, taken[c]));
    }
    return new BatchReport(program.id(), referenceDate, columns, loads.build(), tally);
  }

  private static int errorCount(List<Finding> findings) {
    int errors = 0;
    for (Finding f : findings) {
      if (f.isError()) {
        errors++;
      }
    }
    return errors;
  }

  /** The findings of the three passes, in order; most records have none at all. */
  private static ImmutableList<Finding> concat(
      @Nullable List<Finding> alone, @Nullable List<Finding> repeat, List<Finding> last) {
    if (repeat == null && last.isEmpty()) {
      return alone == null ? ImmutableList.of() : ImmutableList.copyOf(alone);
    }
    ImmutableList.Builder<Finding> all = ImmutableList.builder();
    if (alone != null) {
      all.addAll(alone);
    }
    if (repeat != null) {
      all.addAll(repeat);
    }
    all.addAll(last);
    return all.build();
  }

  /**
   * Runs the checks of a record that need no other record: the record validator's, then cohort,
   * program, residence and eligibility. Returns the index of the record's cohort, or -1 if it
   * names none of the program's.
   */
  private int checkAlone(RecordCheck run, EnrollmentRecord record) {
    records.check(run, record);
    records.convert(run, record, program.id());
    int c = -1;
    CohortId cohortId = run.cohortId;
    if (cohortId != null) {
      Integer found = cohortIndex.get(cohortId);
      if (found != null) {
        c = found;
      } else {
        run.add(
            FindingCode.COHORT_UNKNOWN,
            "cohortId",
            ImmutableMap.of("cohort", Texts.echo(cohortId.toString()), "program", program.id().toString()));
      }
    }
    if (run.programId != null && !run.programId.equals(program.id())) {
      run.add(
          FindingCode.PROGRAM_MISMATCH,
          "programId",
          ImmutableMap.of(
              "value", Texts.echo(run.programId.toString()), "program", program.id().toString()));
    }
    if (c >= 0) {
      Plan plan = plans[c];
      RegionCode domicile = run.domicile;
      if (domicile != null && !plan.cohort.serves(domicile)) {
        run.add(
            FindingCode.RESIDENCE_OUTSIDE_COHORT_REGIONS,
            "domicileCode",
            ImmutableMap.of("region", domicile.toString(), "cohort", plan.id, "regions", plan.regions));
      }
      EligibilityPolicy policy = plan.policy;
      Applicant applicant = run.applicant;
      if (policy != null && applicant != null) {
        eligibility(run, plan, policy, applicant);
      }
    }
    return c;
  }

  private void eligibility(
      RecordCheck run, Plan plan, EligibilityPolicy policy, Applicant applicant) {
    ParticipationHistory history =
        histories.isEmpty() ? null : histories.get(applicant.nik().toLong());
    // The rules one by one, as EligibilityPolicy.evaluate does, but without building a decision
    // for the common eligible applicant: the unmet rules are collected only when there are some.
    EligibilityContext context = history == null ? plan.context : plan.context.withHistory(history);
    List<UnmetRule> unmetRules = null;
    try {
      ImmutableList<EligibilityRule> rules = policy.rules();
      for (int r = 0; r < rules.size(); r++) {
        ImmutableList<UnmetRule> unmet = rules.get(r).evaluate(applicant, context);
        if (!unmet.isEmpty()) {
          if (unmetRules == null) {
            unmetRules = new ArrayList<>(unmet.size());
          }
          unmetRules.addAll(unmet);
        }
      }
    } catch (RuntimeException e) {
      run.add(
          FindingCode.ELIGIBILITY_NOT_EVALUATED,
          "",
          ImmutableMap.of("reason", e.getClass().getSimpleName()));
      return;
    }
    if (unmetRules == null) {
      return;
    }
    for (UnmetRule unmet : unmetRules) {
      switch (unmet.reason()) {
        case AGE_BELOW_MIN:
          run.add(FindingCode.NOT_ELIGIBLE_AGE_BELOW_MIN, "birthDate", unmet.parameters());
          break;
        case AGE_ABOVE_MAX:
          run.add(FindingCode.NOT_ELIGIBLE_AGE_ABOVE_MAX, "birthDate", unmet.parameters());
          break;
        case RESIDENCE_OUTSIDE_REGIONS:
          run.add(FindingCode.NOT_ELIGIBLE_RESIDENCE, "domicileCode", unmet.parameters());
          break;
        case TARGET_GROUP_MISSING:
          run.add(FindingCode.NOT_ELIGIBLE_TARGET_GROUP, "targetGroups", unmet.parameters());
          break;
        case DOCUMENT_MISSING:
          run.add(FindingCode.NOT_ELIGIBLE_DOCUMENTS, "documents", unmet.parameters());
          break;
        case DOCUMENT_EXPIRED:
          run.add(FindingCode.NOT_ELIGIBLE_DOCUMENT_EXPIRED, "documents", unmet.parameters());
          break;
        case OVERLAPPING_ENROLLMENT:
          run.add(FindingCode.NOT_ELIGIBLE_OVERLAPPING_ENROLLMENT, "cohortId", unmet.parameters());
          break;
        case RECENTLY_TRAINED_SAME_SKILL:
          run.add(FindingCode.NOT_ELIGIBLE_RECENT_SKILL, "cohortId", unmet.parameters());
          break;
        default:
          // A custom rule: its code and parameters are the caller's, so echo them safely.
          Map<String, String> parameters = new HashMap<>();
          for (Map.Entry<String, String> e : unmet.parameters().entrySet()) {
            parameters.put(Texts.echo(e.getKey()), Texts.echo(e.getValue()));
          }
          parameters.put("reason", Texts.echo(unmet.code()));
          run.add(FindingCode.NOT_ELIGIBLE_OTHER, "", parameters);
          break;
      }
    }
  }

  /**
   * Reports, for the records {@code indices[from..to)} that share one NIK (in input order), each
   * one whose NIK appeared before: in the same cohort slot (slot {@code n} holds the records
   * without a known cohort), or in an overlapping cohort. Work bounded by the number of cohorts
   * per record.
   */
  private void repeats(
      long key,
      int[] indices,
      int from,
      int to,
      int[] cohortOf,
      Map<Integer, CohortId> unknownCohorts,
      RecordCheck side,
      Column<List<Finding>> repeats) {
    int n = plans.length;
    int[] firsts = new int[n + 1];
    Arrays.fill(firsts, -1);
    Nik nik = Nik.ofLong(key);
    String shown = revealNik ? nik.toString() : nik.masked();
    for (int k = from; k < to; k++) {
      int index = indices[k];
      int cohort = cohortOf[index];
      int slot = cohort >= 0 ? cohort : n;
      side.reset(index);
      if (firsts[slot] >= 0) {
        side.add(
            FindingCode.DUPLICATE_NIK,
            "nik",
            ImmutableMap.of(
                "nik", shown,
                "cohort", slot < n ? plans[slot].id : unknownCohort(unknownCohorts.get(index)),
                "firstIndex", Integer.toString(firsts[slot])));
      } else {
        firsts[slot] = index;
      }
      if (slot < n) {
        for (int other = 0; other < n; other++) {
          if (firsts[other] >= 0 && overlaps[slot][other]) {
            side.add(
                FindingCode.OVERLAPPING_COHORTS,
                "cohortId",
                ImmutableMap.of(
                    "nik", shown,
                    "cohort", plans[slot].id,
                    "otherCohort", plans[other].id,
                    "otherIndex", Integer.toString(firsts[other])));
          }
        }
      }
      List<Finding> found = side.findings();
      if (!found.isEmpty()) {
        repeats.set(index, found);
      }
    }
  }

  private static String unknownCohort(@Nullable CohortId id) {
    return id == null ? "-" : Texts.echo(id.toString());
  }

  @Override
  public String toString() {
    return "BatchValidator{program="
        + program.id()
        + ", referenceDate="
        + referenceDate
        + ", cohorts="
        + plans.length
        + ", histories="
        + histories.size()
        + "}";
  }

  /**
   * Builds a {@link BatchValidator}. Not thread-safe; the validator it builds is.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final TrainingProgram program;
    private final LocalDate referenceDate;
    private @Nullable RegionDirectory directory;
    private boolean revealNik;
    private final Map<FindingCode, Severity> severities = new HashMap<>();
    private final Map<Long, ParticipationHistory> histories = new HashMap<>();
    private final List<TargetGroup> knownTargetGroups = new ArrayList<>();

    private Builder(TrainingProgram program, LocalDate referenceDate) {
      this.program = checkNotNull(program, "program must not be null");
      this.referenceDate = checkNotNull(referenceDate, "referenceDate must not be null");
    }

    /**
     * Sets the region directory used to warn about retired or unknown NIK prefixes and domicile
     * codes.
     *
     * @param directory the directory, not null, thread-safe
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder regionDirectory(RegionDirectory directory) {
      this.directory = checkNotNull(directory, "region directory must not be null");
      return this;
    }

    /**
     * Sets whether findings may carry the full NIK; by default it is masked
     * ({@code 3375********0001}).
     *
     * @param reveal true to put the full NIK into finding parameters
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder revealNik(boolean reveal) {
      this.revealNik = reveal;
      return this;
    }

    /**
     * Overrides the severity of a code, for record and cross-record findings alike; e.g. a
     * warning for {@link FindingCode#COHORT_SEATS_EXCEEDED} keeps the excess records'
     * applications.
     *
     * @param code the code, not null
     * @param severity the severity, not null
     * @return this builder
     * @throws IllegalArgumentException as {@link RecordValidator.Builder#severity}
     */
    @CanIgnoreReturnValue
    public Builder severity(FindingCode code, Severity severity) {
      RecordValidator.checkSeverity(code, severity);
      severities.put(code, severity);
      return this;
    }

    /**
     * Adds the known training histories of people, by NIK, for the eligibility rules that look
     * at them (overlapping enrollment, recent training in the same skill). A later history for
     * the same NIK replaces an earlier one.
     *
     * @param histories the histories, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder participationHistories(Map<Nik, ParticipationHistory> histories) {
      for (Map.Entry<Nik, ParticipationHistory> e : histories.entrySet()) {
        participationHistory(e.getKey(), e.getValue());
      }
      return this;
    }

    /**
     * Adds the known training history of one person.
     *
     * @param nik the person's NIK, not null
     * @param history the history, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder participationHistory(Nik nik, ParticipationHistory history) {
      histories.put(
          checkNotNull(nik, "nik must not be null").toLong(),
          checkNotNull(history, "history must not be null"));
      return this;
    }

    /**
     * Adds target groups records may name besides {@link TargetGroup#builtIn()} and the
     * program's and cohorts' own groups (which are always known).
     *
     * @param groups the groups, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder knownTargetGroups(Iterable<TargetGroup> groups) {
      for (TargetGroup group : groups) {
        knownTargetGroups.add(checkNotNull(group, "target group must not be null"));
      }
      return this;
    }

    /**
     * Returns the validator.
     *
     * @return the validator, not null
     */
    public BatchValidator build() {
      return new BatchValidator(this);
    }
  }
}
