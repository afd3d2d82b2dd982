package id.terampil.validation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import id.terampil.core.applicant.Applicant;
import id.terampil.core.classification.TargetGroup;
import id.terampil.core.eligibility.EligibilityDecision;
import id.terampil.core.eligibility.EligibilityReason;
import id.terampil.core.eligibility.EligibilityRule;
import id.terampil.core.eligibility.ParticipationHistory;
import id.terampil.core.eligibility.UnmetRule;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Nik;
import id.terampil.core.identity.ProgramId;
import id.terampil.core.program.Admission;
import id.terampil.core.program.Cohort;
import id.terampil.core.program.GroupRequirement;
import id.terampil.core.program.ParticipantRole;
import id.terampil.core.program.Seats;
import id.terampil.core.program.TrainingProgram;
import id.terampil.core.region.RegionDirectory;
import id.terampil.validation.code.FindingCode;
import id.terampil.validation.code.Severity;
import id.terampil.validation.internal.Canon;
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
 * Validates a batch (roster, daftar pendaftar or daftar peserta) of {@link EnrollmentRecord}s
 * against one {@link TrainingProgram} at a reference date, and converts the clean records into
 * {@link id.terampil.core.applicant.Application}s. It composes the same parts the rest of the
 * library uses, and adds only what needs several records.
 *
 * <p>What a roster is checked for depends on its {@link RosterKind}, set by {@link
 * Builder#roster(RosterKind)}:
 *
 * <ul>
 *   <li>{@link RosterKind#APPLICATIONS} (the default: the roster agencies exchange before
 *       selection): the record checks, each cohort's admission and the duplicates. No seat rule:
 *       a cohort may receive more applications than it has seats, and every eligible one keeps its
 *       application for the selection;
 *   <li>{@link RosterKind#ENROLLMENTS} (people who took seats, after selection or nomination): the
 *       same, and the cohort's seat rule {@link Seats#hasRoomAfter(int)}.
 * </ul>
 *
 * <p>Each record gets, in this order:
 *
 * <ul>
 *   <li>every finding of the {@linkplain #recordValidator() record checks} ({@link
 *       RecordValidator#validateAndConvert}; an absent program id stands for the program). They
 *       check the shape of the data only: age and documents are the admission's, so a record
 *       validator with an age range or required documents is refused by {@link
 *       Builder#recordValidator(RecordValidator)};
 *   <li>{@link FindingCode#COHORT_UNKNOWN}: the cohort id is not a cohort of the program;
 *   <li>{@link FindingCode#PROGRAM_MISMATCH}: the program id is another program's;
 *   <li>the cohort's {@linkplain TrainingProgram#admission(CohortId) admission}: {@link
 *       Admission#decide(Applicant, ParticipantRole, LocalDate, ParticipationHistory)} with the
 *       record's role (a citizen applicant where it names none; a role text that names no role
 *       is {@link FindingCode#ROLE_INVALID} only) and the applicant's participation history if
 *       the builder was given one (else none). Each unmet rule becomes the one finding
 *       {@link FindingCode#ofReason(EligibilityReason)} names (residence, required target groups,
 *       age, documents, history, role, custom rules), carrying the rule's parameters; asked only for
 *       records without an error of their own (admission judges data of the right shape, and a
 *       fact already reported, e.g. a birth date after the reference date, is not reported again
 *       as an unmet rule);
 *   <li>{@link FindingCode#DUPLICATE_NIK}: the NIK appeared before in the same cohort (or, for
 *       records without a known cohort, in another such record); points at the first of them in
 *       input order;
 *   <li>{@link FindingCode#OVERLAPPING_COHORTS}: the NIK appeared before in another cohort whose
 *       period overlaps; one finding per such cohort. The same NIK in cohorts that do not overlap
 *       is accepted (a person may attend a later cohort);
 *   <li>{@link FindingCode#REPEATED_SKILL_IN_PROGRAM}, a warning unless {@link
 *       Builder#severity} says otherwise: the NIK appeared before in other cohorts of the program,
 *       not overlapping, that the record's cohort's same-skill rule ({@link
 *       EligibilityRule#notTrainedInSameSkillWithin(int)}) counts, as {@link
 *       Admission#sameSkillInOtherCohorts} decides; one finding per skill repeated;
 *   <li>on an enrollment roster only, {@link FindingCode#COHORT_SEATS_EXCEEDED}: the record has
 *       no other error, but the cohort has no room after the records without errors that came
 *       before it.
 * </ul>
 *
 * <p>Findings never carry a full NIK unless {@link Builder#revealNik(boolean)} asks for it.
 *
 * <p>Record-level rules run directly (no {@code jakarta.validation.Validator}); the work is
 * linear in the batch: per-cohort data is computed once when the validator is built, every
 * record is checked on its own in one pass, the NIKs that repeat are then found from their
 * numeric values by partitions that fit in the cache, a last pass in input order adds the
 * findings across records and counts the seats, and messages are formatted only when asked for.
 * {@link #validate} never throws for any content of the records; a {@code null} in the list
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
  private final RosterKind roster;
  private final RecordValidator records;
  private final boolean revealNik;
  private final Map<Long, ParticipationHistory> histories;
  private final Map<CohortId, Integer> cohortIndex;
  private final Plan[] plans;
  private final boolean[][] overlaps;
  /** Whether a cohort has the same-skill rule, so that records' applicants are kept for repeats. */
  private final boolean sameSkillRule;
  /** The program's id and the cohorts' ids by their canonical text, parsed once. */
  private final ImmutableMap<String, ProgramId> programIds;
  private final ImmutableMap<String, CohortId> cohortIds;

  /** What is looked up once per cohort. */
  private static final class Plan {
    final Cohort cohort;
    final String id;
    final Admission admission;

    Plan(TrainingProgram program, Cohort cohort) {
      this.cohort = cohort;
      this.id = cohort.id().toString();
      this.admission = program.admission(cohort.id());
    }
  }

  private BatchValidator(Builder b) {
    this.program = b.program;
    this.referenceDate = b.referenceDate;
    this.roster = b.roster;
    RecordValidator given = b.records;
    this.revealNik = b.revealNik || (given != null && given.revealsNik());
    this.histories = Collections.unmodifiableMap(new HashMap<>(b.histories));
    RecordValidator.Builder rb =
        given != null ? given.toBuilder() : RecordValidator.builder(b.referenceDate).anyAge();
    rb.revealNik(revealNik);
    if (b.directory != null) {
      rb.regionDirectory(b.directory);
    }
    rb.knownTargetGroups(groupsOf(program.requiredGroups(), program.priorityGroups()));
    rb.knownTargetGroups(b.knownTargetGroups);
    for (Map.Entry<FindingCode, Severity> e : b.severities.entrySet()) {
      rb.severity(e.getKey(), e.getValue());
    }
    ImmutableList<Cohort> cohorts = program.cohorts();
    int n = cohorts.size();
    this.plans = new Plan[n];
    Map<CohortId, Integer> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Cohort c = cohorts.get(i);
      rb.knownTargetGroups(groupsOf(c.requiredGroups(), c.priorityGroups()));
      plans[i] = new Plan(program, c);
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
    this.sameSkillRule =
        Arrays.stream(plans)
            .anyMatch(
                p -> p.admission.policy().rules().stream()
                    .anyMatch(r -> r instanceof EligibilityRule.NoRecentSameSkill));
  }

  /** The target groups named by required conditions and priorities: records may name them. */
  private static List<TargetGroup> groupsOf(
      List<GroupRequirement> required, Iterable<TargetGroup> priority) {
    List<TargetGroup> groups = new ArrayList<>();
    for (GroupRequirement r : required) {
      groups.addAll(r.groups());
    }
    for (TargetGroup g : priority) {
      groups.add(g);
    }
    return groups;
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
   * Returns what the rosters this validator checks hold, and so whether the seat rule applies.
   *
   * @return the roster kind, not null
   */
  public RosterKind roster() {
    return roster;
  }

  /**
   * Returns the record validator this batch validator runs on every record; its findings for a
   * record are the first findings of that record in a {@link BatchReport}. It checks the shape of
   * the data only: no age range and no required documents.
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
    Column<Applicant> judged = sameSkillRule ? new Column<>(size) : null;
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
        if (judged != null && c >= 0) {
          judged.set(i, run.applicant);
        }
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
            repeats(nik, indices, from, to, cohortOf, unknownCohorts, side, repeats, judged));
    // Last, in input order, the seats (a record claims one if it has no error) and the reports.
    int n = plans.length;
    int[] requested = new int[n];
    BatchReport.Tally tally = new BatchReport.Tally(size);
    for (i = 0; i < size; i++) {
      List<Finding> found = findingsOf.get(i);
      List<Finding> repeat = repeats.get(i);
      int errors = errorsOf[i] + (repeat == null ? 0 : errorCount(repeat));
      side.reset(i);
      int c = cohortOf[i];
      if (c >= 0 && errors == 0) {
        Seats seats = plans[c].cohort.seats();
        if (roster == RosterKind.ENROLLMENTS && !seats.hasRoomAfter(requested[c])) {
          side.add(
              FindingCode.COHORT_SEATS_EXCEEDED,
              "cohortId",
              ImmutableMap.of("cohort", plans[c].id, "seats", Integer.toString(seats.max())));
        }
        requested[c]++;
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
      loads.add(CohortLoad.of(plans[c].cohort.id(), plans[c].cohort.seats().max(), requested[c]));
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
   * program and the cohort's admission. Returns the index of the record's cohort, or -1 if it
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
    Applicant applicant = run.applicant;
    // Admission judges data of the right shape: a record with an error of its own already has
    // the one finding for that fact (a birth date after the reference date is not also "too
    // young"), and is refused whatever the admission says.
    if (c >= 0 && applicant != null && run.errors() == 0) {
      admission(run, plans[c].admission, applicant);
    }
    return c;
  }

  /**
   * Asks the cohort's admission about the record's person, in the record's role (a citizen
   * applicant where it names none), and reports each unmet rule as the one finding code {@link
   * FindingCode#ofReason} gives it.
   */
  private void admission(RecordCheck run, Admission admission, Applicant applicant) {
    ParticipationHistory history =
        histories.isEmpty() ? null : histories.get(applicant.nik().toLong());
    // A role text that names no role is ROLE_INVALID already: the person is judged as a citizen
    // applicant, and the role is not reported a second time.
    ParticipantRole role = run.role;
    boolean roleKnown = role != null;
    EligibilityDecision decision;
    try {
      decision =
          admission.decide(
              applicant,
              roleKnown ? role : ParticipantRole.CITIZEN_APPLICANT,
              referenceDate,
              history == null ? ParticipationHistory.empty() : history);
    } catch (RuntimeException e) {
      run.add(
          FindingCode.ELIGIBILITY_NOT_EVALUATED,
          "",
          ImmutableMap.of("reason", e.getClass().getSimpleName()));
      return;
    }
    for (UnmetRule unmet : decision.unmet()) {
      FindingCode code = FindingCode.ofReason(unmet.reason());
      if (!roleKnown && unmet.reason() == EligibilityReason.ROLE_NOT_ADMITTED) {
        continue;
      }
      if (unmet.reason() == EligibilityReason.CUSTOM) {
        // A custom rule: its code and parameters are the caller's, so echo them safely.
        Map<String, String> parameters = new HashMap<>();
        for (Map.Entry<String, String> e : unmet.parameters().entrySet()) {
          parameters.put(Texts.echo(e.getKey()), Texts.echo(e.getValue()));
        }
        parameters.put("reason", Texts.echo(unmet.code()));
        unmet.label().ifPresent(label -> {
          parameters.put("labelId", Texts.echo(label.indonesian()));
          parameters.put("labelEn", Texts.echo(label.english()));
        });
        run.add(code, code.eligibilityField(), parameters);
      } else {
        run.add(code, code.eligibilityField(), unmet.parameters());
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
      Column<List<Finding>> repeats,
      @Nullable Column<Applicant> judged) {
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
        sameSkillRepeats(index, slot, firsts, shown, judged, side);
      }
      List<Finding> found = side.findings();
      if (!found.isEmpty()) {
        repeats.set(index, found);
      }
    }
  }

  /**
   * Reports, for a record whose NIK appeared before in other cohorts of the program, each repeat
   * the record's cohort's same-skill rule finds in them: the core rule decides ({@link
   * Admission#sameSkillInOtherCohorts}), this only turns what it reports into findings.
   */
  private void sameSkillRepeats(
      int index, int slot, int[] firsts, String shown, @Nullable Column<Applicant> judged,
      RecordCheck side) {
    Applicant applicant = judged == null ? null : judged.get(index);
    if (applicant == null) {
      return;
    }
    List<CohortId> others = new ArrayList<>();
    for (int other = 0; other < plans.length; other++) {
      // An overlapping cohort is OVERLAPPING_COHORTS already: one finding for that fact.
      if (other != slot && firsts[other] >= 0 && !overlaps[slot][other]) {
        others.add(plans[other].cohort.id());
      }
    }
    for (UnmetRule unmet :
        plans[slot].admission.sameSkillInOtherCohorts(applicant, referenceDate, others)) {
      String otherCohort = unmet.parameters().get("cohort");
      int other = cohortIndex.get(cohortIds.get(otherCohort));
      side.add(
          FindingCode.REPEATED_SKILL_IN_PROGRAM,
          "cohortId",
          ImmutableMap.of(
              "nik", shown,
              "cohort", plans[slot].id,
              "otherCohort", otherCohort,
              "otherIndex", Integer.toString(firsts[other]),
              "skill", unmet.parameters().get("skill"),
              "years", unmet.parameters().get("years")));
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
        + ", roster="
        + roster
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
    private RosterKind roster = RosterKind.APPLICATIONS;
    private @Nullable RecordValidator records;
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
     * Sets what the rosters hold; by default {@link RosterKind#APPLICATIONS}, which are checked
     * without the seat rule. Use {@link RosterKind#ENROLLMENTS} for the people who took seats.
     *
     * @param kind the roster kind, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder roster(RosterKind kind) {
      this.roster = checkNotNull(kind, "roster kind must not be null");
      return this;
    }

    /**
     * Sets the record checks run on every record: required fields, domicile level, region
     * directory, known target groups, severities and whether NIKs are revealed. By default they
     * are {@code RecordValidator.builder(referenceDate).anyAge().build()}. The settings of this
     * builder apply on top: its region directory replaces the validator's, its known target
     * groups and severities are added, and NIKs are revealed if either says so.
     *
     * <p>Inside a batch the record checks check the shape of the data only: age, documents and
     * every other admission rule are judged once, by each cohort's {@linkplain
     * TrainingProgram#admission(CohortId) admission}, so that one fact gives one finding.
     *
     * @param records the record validator, not null, built with {@link
     *     RecordValidator.Builder#anyAge()}, no required documents and this builder's reference
     *     date
     * @return this builder
     * @throws IllegalArgumentException if {@code records} checks an age range (as it does unless
     *     built with {@code anyAge()}), requires documents, or judges at another reference date
     */
    @CanIgnoreReturnValue
    public Builder recordValidator(RecordValidator records) {
      checkNotNull(records, "record validator must not be null");
      checkArgument(
          !records.checksAge(),
          "a BatchValidator's record validator must not check age: each cohort's admission judges"
              + " it (NOT_ELIGIBLE_AGE_*); build the RecordValidator with anyAge() (without it, it"
              + " checks an age range, by default %s-%s): %s",
          EligibilityRule.PRODUCTIVE_AGE_MIN,
          EligibilityRule.PRODUCTIVE_AGE_MAX,
          records);
      checkArgument(
          records.requiredDocumentCodes().isEmpty(),
          "a BatchValidator's record validator must not require documents %s: each cohort's"
              + " admission judges them (NOT_ELIGIBLE_DOCUMENTS); state them in the program's or"
              + " cohort's eligibility policy",
          records.requiredDocumentCodes());
      checkArgument(
          records.referenceDate().equals(referenceDate),
          "a BatchValidator's record validator must judge at the batch's reference date %s: %s",
          referenceDate,
          records.referenceDate());
      this.records = records;
      return this;
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
     * Overrides the severity of a code, for record and cross-record findings alike; e.g. on an
     * enrollment roster a warning for {@link FindingCode#COHORT_SEATS_EXCEEDED} keeps the excess
     * records' applications.
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
     * Adds target groups records may name besides {@link TargetGroup#builtIn()} and the groups the
     * program and its cohorts require or give priority to (which are always known).
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
