package id.terampil.validation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Throwables;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Lists;
import com.google.common.collect.Maps;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import id.terampil.core.applicant.Applicant;
import id.terampil.core.applicant.Application;
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
import id.terampil.validation.internal.Texts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
 * record is checked on its own (on several threads with {@link Builder#parallelism(int)}), the
 * records that share a NIK are then grouped, a last pass in input order adds the findings across
 * records and counts the seats, and messages are formatted only when asked for.
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
  private final Map<Nik, ParticipationHistory> histories;
  private final Map<CohortId, Integer> cohortIndex;
  /** The program's cohort ids, each by itself. */
  private final ImmutableMap<CohortId, CohortId> cohortIds;
  private final Plan[] plans;
  private final boolean[][] overlaps;
  private final int parallelism;
  private final @Nullable Executor executor;

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
    this.cohortIds = Maps.toMap(index.keySet(), id -> id);
    this.overlaps = new boolean[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        overlaps[i][j] = i != j && cohorts.get(i).period().overlaps(cohorts.get(j).period());
      }
    }
    this.records = rb.build();
    this.parallelism = b.parallelism;
    this.executor = b.executor;
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
    // First every record on its own.
    int size = batch.size();
    List<@Nullable EnrollmentRecord> records = new ArrayList<>(size);
    for (EnrollmentRecord record : batch) {
      checkArgument(records.size() < size, "the batch grew while it was validated");
      records.add(record);
    }
    checkArgument(records.size() == size, "the batch shrank while it was validated");
    Alones alones = checkEachAlone(records);
    // Then the NIKs that repeat: only their records get findings across records.
    Map<Nik, List<Integer>> repeated = repeatedNiks(alones.niks);
    Map<Integer, List<Finding>> repeats = new HashMap<>();
    BitSet repeatFound = new BitSet(size);
    for (Map.Entry<Nik, List<Integer>> e : repeated.entrySet()) {
      repeats(e.getKey(), e.getValue(), alones.alone, repeats);
    }
    repeats.keySet().forEach(repeatFound::set);
    // Last, in input order, the seats (a record claims one if it has no error); a report changes
    // only where a record repeats a NIK or finds its cohort full.
    int n = plans.length;
    int[] requested = new int[n];
    for (int index = 0; index < size; index++) {
      List<Finding> repeat = repeatFound.get(index) ? repeats.get(index) : null;
      boolean errorFree = alones.errorFree[index] && (repeat == null || errorCount(repeat) == 0);
      int c = alones.cohorts[index];
      Finding exceeded = null;
      if (c >= 0 && errorFree) {
        Seats seats = plans[c].cohort.seats();
        if (roster == RosterKind.ENROLLMENTS && !seats.hasRoomAfter(requested[c])) {
          exceeded =
              finding(
                  FindingCode.COHORT_SEATS_EXCEEDED,
                  index,
                  "cohortId",
                  ImmutableMap.of("cohort", plans[c].id, "seats", Integer.toString(seats.max())));
        }
        requested[c]++;
      }
      if (repeat != null || exceeded != null) {
        Alone a = alones.alone[index];
        List<Finding> found = new ArrayList<>(a.findings);
        if (repeat != null) {
          found.addAll(repeat);
        }
        if (exceeded != null) {
          found.add(exceeded);
        }
        alones.reports[index] = report(index, found, a.checked.application());
      }
    }
    ImmutableList.Builder<CohortLoad> loads = ImmutableList.builderWithExpectedSize(n);
    for (int c = 0; c < n; c++) {
      loads.add(CohortLoad.of(plans[c].cohort.id(), plans[c].cohort.seats().max(), requested[c]));
    }
    return BatchReport.of(program.id(), referenceDate, Arrays.asList(alones.reports), loads.build());
  }

  /**
   * Checks every record on its own, on {@link #parallelism} threads: each takes one contiguous
   * part of the batch, the calling thread the first.
   */
  private Alones checkEachAlone(List<@Nullable EnrollmentRecord> records) {
    int size = records.size();
    Alones alones = new Alones(size);
    int parts = Math.max(1, Math.min(parallelism, size));
    if (parts == 1) {
      checkRange(records, alones, 0, size);
      return alones;
    }
    ExecutorService started =
        executor == null ? Executors.newFixedThreadPool(parts - 1, BatchValidator::daemon) : null;
    Executor runner = started != null ? started : checkNotNull(executor);
    try {
      List<CompletableFuture<Void>> others = new ArrayList<>(parts - 1);
      for (int p = 1; p < parts; p++) {
        int from = (int) ((long) size * p / parts);
        int to = (int) ((long) size * (p + 1) / parts);
        others.add(CompletableFuture.runAsync(() -> checkRange(records, alones, from, to), runner));
      }
      checkRange(records, alones, 0, (int) ((long) size / parts));
      for (CompletableFuture<Void> other : others) {
        other.join();
      }
    } catch (CompletionException e) {
      Throwables.throwIfUnchecked(e.getCause());
      throw e;
    } finally {
      if (started != null) {
        started.shutdown();
      }
    }
    return alones;
  }

  /** Checks records {@code [from, to)} on their own. */
  private void checkRange(List<@Nullable EnrollmentRecord> records, Alones alones, int from, int to) {
    for (int i = from; i < to; i++) {
      Alone a = checkAlone(records.get(i), i);
      alones.alone[i] = a;
      Nik nik = a.checked.nik();
      alones.niks[i] = nik == null ? -1 : nik.toLong();
      alones.cohorts[i] = a.cohort;
      RecordReport report = report(i, a.findings, a.checked.application());
      alones.errorFree[i] = report.isClean();
      alones.reports[i] = report;
    }
  }

  /**
   * Returns the report of record {@code index} with {@code found}: with its application if no
   * finding is an error, else without. A record the record validator left without error has its
   * application (else it reported {@code CONVERSION_FAILED}, which always stays an error).
   */
  private static RecordReport report(
      int index, List<Finding> found, @Nullable Application application) {
    return RecordReport.of(index, found, errorCount(found) == 0 ? application : null);
  }

  /**
   * Returns, for each NIK that more than one record carries, the indices of its records in
   * order. An open-addressing table of NIK numbers holds each one's first record (linear
   * probing, at most half full).
   */
  private static Map<Nik, List<Integer>> repeatedNiks(long[] niks) {
    int capacity = Integer.highestOneBit(Math.max(2, niks.length) * 2 - 1) << 1;
    int mask = capacity - 1;
    int shift = 64 - Integer.numberOfTrailingZeros(capacity);
    long[] keys = new long[capacity];
    Arrays.fill(keys, -1);
    int[] firsts = new int[capacity];
    Map<Nik, List<Integer>> repeated = new HashMap<>();
    for (int i = 0; i < niks.length; i++) {
      long nik = niks[i];
      if (nik < 0) {
        continue;
      }
      int slot = (int) ((nik * 0x9E3779B97F4A7C15L) >>> shift);
      while (keys[slot] != -1 && keys[slot] != nik) {
        slot = (slot + 1) & mask;
      }
      if (keys[slot] == -1) {
        keys[slot] = nik;
        firsts[slot] = i;
      } else {
        int first = firsts[slot];
        repeated.computeIfAbsent(Nik.ofLong(nik), k -> Lists.newArrayList(first)).add(i);
      }
    }
    return repeated;
  }

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "terampil-batch-validator");
    thread.setDaemon(true);
    return thread;
  }

  /**
   * A record checked on its own: the record validator's result, the index of its cohort (-1 if it
   * names none of the program's), and its findings so far.
   */
  private record Alone(CheckedRecord checked, int cohort, ImmutableList<Finding> findings) {}

  /**
   * Every record checked on its own, by index: its result, its NIK as a number (-1: none), its
   * cohort's index (-1: none), whether it has no error, and its report as long as no check across
   * records changes it. The passes across records read the arrays and remake only the reports
   * they change.
   */
  private static final class Alones {
    final Alone[] alone;
    final long[] niks;
    final int[] cohorts;
    final boolean[] errorFree;
    final RecordReport[] reports;

    Alones(int size) {
      alone = new Alone[size];
      niks = new long[size];
      cohorts = new int[size];
      errorFree = new boolean[size];
      reports = new RecordReport[size];
    }
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

  /** Returns a finding about record {@code index} with the severity this validator gives it. */
  private Finding finding(
      FindingCode code, int index, String field, Map<String, String> parameters) {
    return records.finding(code, index, field, parameters, null);
  }

  /**
   * Runs the checks of a record that need no other record: the record validator's, then cohort,
   * program and the cohort's admission.
   */
  private Alone checkAlone(@Nullable EnrollmentRecord record, int index) {
    if (record == null) {
      CheckedRecord none =
          new CheckedRecord(
              index,
              ImmutableList.of(finding(FindingCode.RECORD_NULL, index, "", ImmutableMap.of())),
              null, null, null, null, null, null);
      return new Alone(none, -1, none.findings());
    }
    CheckedRecord checked = records.check(record, index, program.id(), cohortIds);
    List<Finding> found = new ArrayList<>(checked.findings());
    int c = -1;
    CohortId cohortId = checked.cohortId();
    if (cohortId != null) {
      Integer known = cohortIndex.get(cohortId);
      if (known != null) {
        c = known;
      } else {
        found.add(
            finding(
                FindingCode.COHORT_UNKNOWN,
                index,
                "cohortId",
                ImmutableMap.of(
                    "cohort", Texts.echo(cohortId.toString()), "program", program.id().toString())));
      }
    }
    ProgramId programId = checked.programId();
    if (programId != null && !programId.equals(program.id())) {
      found.add(
          finding(
              FindingCode.PROGRAM_MISMATCH,
              index,
              "programId",
              ImmutableMap.of(
                  "value", Texts.echo(programId.toString()), "program", program.id().toString())));
    }
    Applicant applicant = checked.applicant();
    // Admission judges data of the right shape: a record with an error of its own already has
    // the one finding for that fact (a birth date after the reference date is not also "too
    // young"), and is refused whatever the admission says.
    if (c >= 0 && applicant != null && errorCount(found) == 0) {
      found.addAll(admission(index, checked.role(), plans[c].admission, applicant));
    }
    return new Alone(checked, c, ImmutableList.copyOf(found));
  }

  /**
   * Asks the cohort's admission about the record's person, in the record's role (a citizen
   * applicant where it names none), and reports each unmet rule as the one finding code {@link
   * FindingCode#ofReason} gives it.
   */
  private List<Finding> admission(
      int index, @Nullable ParticipantRole role, Admission admission, Applicant applicant) {
    ParticipationHistory history =
        histories.getOrDefault(applicant.nik(), ParticipationHistory.empty());
    // A role text that names no role is ROLE_INVALID already: the person is judged as a citizen
    // applicant, and the role is not reported a second time.
    boolean roleKnown = role != null;
    EligibilityDecision decision;
    try {
      decision =
          admission.decide(
              applicant,
              roleKnown ? role : ParticipantRole.CITIZEN_APPLICANT,
              referenceDate,
              history);
    } catch (RuntimeException e) {
      return List.of(
          finding(
              FindingCode.ELIGIBILITY_NOT_EVALUATED,
              index,
              "",
              ImmutableMap.of("reason", e.getClass().getSimpleName())));
    }
    List<Finding> found = new ArrayList<>();
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
        found.add(finding(code, index, code.eligibilityField(), parameters));
      } else {
        found.add(finding(code, index, code.eligibilityField(), unmet.parameters()));
      }
    }
    return found;
  }

  /**
   * Reports, for the records {@code indices} that share one NIK (in input order), each one whose
   * NIK appeared before: in the same cohort (records without a known cohort count as one), or in
   * an overlapping cohort.
   */
  private void repeats(
      Nik nik, List<Integer> indices, Alone[] alone, Map<Integer, List<Finding>> repeats) {
    int n = plans.length;
    // The first record of each cohort, by cohort index; slot n holds the records without one.
    int[] firsts = new int[n + 1];
    Arrays.fill(firsts, -1);
    String shown = revealNik ? nik.toString() : nik.masked();
    for (int index : indices) {
      Alone a = alone[index];
      int slot = a.cohort >= 0 ? a.cohort : n;
      List<Finding> found = new ArrayList<>();
      if (firsts[slot] >= 0) {
        found.add(
            finding(
                FindingCode.DUPLICATE_NIK,
                index,
                "nik",
                ImmutableMap.of(
                    "nik", shown,
                    "cohort", slot < n ? plans[slot].id : unknownCohort(a.checked.cohortId()),
                    "firstIndex", Integer.toString(firsts[slot]))));
      } else {
        firsts[slot] = index;
      }
      if (slot < n) {
        for (int other = 0; other < n; other++) {
          if (firsts[other] >= 0 && overlaps[slot][other]) {
            found.add(
                finding(
                    FindingCode.OVERLAPPING_COHORTS,
                    index,
                    "cohortId",
                    ImmutableMap.of(
                        "nik", shown,
                        "cohort", plans[slot].id,
                        "otherCohort", plans[other].id,
                        "otherIndex", Integer.toString(firsts[other]))));
          }
        }
        found.addAll(sameSkillRepeats(a, slot, firsts, shown));
      }
      if (!found.isEmpty()) {
        repeats.put(index, found);
      }
    }
  }

  /**
   * Reports, for a record whose NIK appeared before in other cohorts of the program, each repeat
   * the record's cohort's same-skill rule finds in them: the core rule decides ({@link
   * Admission#sameSkillInOtherCohorts}), this only turns what it reports into findings.
   */
  private List<Finding> sameSkillRepeats(Alone a, int slot, int[] firsts, String shown) {
    Applicant applicant = a.checked.applicant();
    if (applicant == null) {
      return List.of();
    }
    List<CohortId> others = new ArrayList<>();
    for (int other = 0; other < plans.length; other++) {
      // An overlapping cohort is OVERLAPPING_COHORTS already: one finding for that fact.
      if (other != slot && firsts[other] >= 0 && !overlaps[slot][other]) {
        others.add(plans[other].cohort.id());
      }
    }
    List<Finding> found = new ArrayList<>();
    for (UnmetRule unmet :
        plans[slot].admission.sameSkillInOtherCohorts(applicant, referenceDate, others)) {
      String otherCohort = unmet.parameters().get("cohort");
      int other = cohortIndex.get(CohortId.parse(otherCohort));
      found.add(
          finding(
              FindingCode.REPEATED_SKILL_IN_PROGRAM,
              a.checked.index(),
              "cohortId",
              ImmutableMap.of(
                  "nik", shown,
                  "cohort", plans[slot].id,
                  "otherCohort", otherCohort,
                  "otherIndex", Integer.toString(firsts[other]),
                  "skill", unmet.parameters().get("skill"),
                  "years", unmet.parameters().get("years"))));
    }
    return found;
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
    private final Map<Nik, ParticipationHistory> histories = new HashMap<>();
    private final List<TargetGroup> knownTargetGroups = new ArrayList<>();
    private int parallelism = 1;
    private @Nullable Executor executor;

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
          checkNotNull(nik, "nik must not be null"),
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

    /**
     * Checks the records of a batch on {@code threads} threads at once: the calling thread and
     * {@code threads - 1} more, from the {@linkplain #executor(Executor) executor} if one is set,
     * else started for the call and ended with it. Only the checks of each record on its own run
     * in parallel; the findings across records and the seats are then counted in input order, so
     * the report is the same for every parallelism. By default 1: the calling thread alone, and
     * no thread is started.
     *
     * @param threads the number of threads, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code threads} is less than 1
     */
    @CanIgnoreReturnValue
    public Builder parallelism(int threads) {
      checkArgument(threads >= 1, "parallelism must be at least 1: %s", threads);
      this.parallelism = threads;
      return this;
    }

    /**
     * Sets the executor that runs the extra threads of {@link #parallelism(int)}, e.g. an
     * application's shared pool; the validator never shuts it down. Without one, a validator
     * with a parallelism above 1 starts its threads for each call.
     *
     * @param executor the executor, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder executor(Executor executor) {
      this.executor = checkNotNull(executor, "executor must not be null");
      return this;
    }
  }
}
