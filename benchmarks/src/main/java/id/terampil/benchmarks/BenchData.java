package id.terampil.benchmarks;

import id.terampil.core.applicant.EducationLevel;
import id.terampil.core.applicant.EmploymentStatus;
import id.terampil.core.eligibility.EligibilityPolicy;
import id.terampil.core.eligibility.EligibilityRule;
import id.terampil.core.identity.Nik;
import id.terampil.core.identity.Sex;
import id.terampil.core.program.TrainingProgram;
import id.terampil.testkit.BrokenRecord;
import id.terampil.testkit.Samples;
import id.terampil.testkit.TerampilArbitraries;
import id.terampil.validation.DocumentEntry;
import id.terampil.validation.EnrollmentRecord;
import id.terampil.validation.code.FindingCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The benchmark data, built by the testkit with fixed seeds: a 27-cohort program and batches of
 * enrollment records, 90 % valid and 10 % with exactly one defect. Of the defective records, nine
 * in ten are almost valid (from {@code almostValidRecords}) and one in ten (1 % of all records) is
 * the same person registering twice: an exact copy (same NIK, same cohort, every field equal) of
 * an earlier valid record, placed later in the batch, whose one defect is the repeated NIK
 * ({@code DUPLICATE_NIK}; the earlier record stays clean). Apart from these repeats, all NIKs are
 * distinct.
 *
 * <p>Generating a record with jqwik costs tens of microseconds, so {@value #BASE} records are
 * generated once; larger batches are copies of them whose NIK serial (the last four digits, which
 * nothing else in a record depends on) is renumbered deterministically so that every NIK stays
 * valid and distinct from the other copies' NIKs; within each copy a repeat takes the renumbered
 * NIK of its own copy's original, so every size has the same mix (1 % repeats, 10 % errors).
 * Records whose NIK text is not a NIK (a broken NIK) keep it. Every batch is laid out in memory in
 * batch order, as a batch read from a file is (see {@code readerCopy}). Built once per JVM and
 * shared by the benchmarks of a fork.
 */
final class BenchData {

  /** The number of generated records (repeats included). */
  static final int BASE = 100_000;

  /** The share of records with one defect (almost valid or a repeat), in percent. */
  static final int BROKEN_PERCENT = 10;

  /** Of the records with a defect, one in this many is a repeat of an earlier valid record. */
  static final int REPEAT_ONE_IN = 10;

  /** The seed of the program. */
  static final long PROGRAM_SEED = 20_260_001L;

  /** The seed of the records. */
  static final long RECORD_SEED = 20_260_002L;

  /** The number of cohorts. */
  static final int COHORTS = 27;

  /**
   * Seats per cohort in the validation benchmarks: enough for a million records spread over 27
   * cohorts, so that no clean record exceeds its cohort's seats (seat limits are exercised by the
   * selection benchmark, with 40 seats per cohort).
   */
  static final int VALIDATION_SEATS = 50_000;

  private static BenchData instance;

  final TrainingProgram program;
  final LocalDate referenceDate;
  /** The generated records, in batch order. */
  final List<EnrollmentRecord> base;
  /**
   * For each record of {@link #base}, the index of the earlier record it repeats, or -1 if it is
   * not a repeat.
   */
  private final int[] repeatOf;
  private final List<EnrollmentRecord> million = new ArrayList<>();
  private final Set<Long> usedNiks;

  private BenchData() {
    // One age rule instead of a random policy: the Bean Validation baseline checks the same age
    // range with @ProductiveAge. Cohorts keep their residence overrides.
    this.program =
        Samples.list(
                TerampilArbitraries.programs()
                    .withCohorts(COHORTS)
                    .seatsPerCohort(VALIDATION_SEATS)
                    .fiscalYear(2026)
                    .withEligibility(EligibilityPolicy.of(EligibilityRule.productiveAge())),
                1,
                PROGRAM_SEED)
            .get(0);
    this.referenceDate = program.period().start();
    int brokenCount = BASE * BROKEN_PERCENT / 100;
    int repeatCount = brokenCount / REPEAT_ONE_IN;
    int validCount = BASE - brokenCount;
    List<EnrollmentRecord> valid =
        new ArrayList<>(
            Samples.list(
                TerampilArbitraries.enrollmentRecords(program, referenceDate),
                validCount,
                RECORD_SEED));
    List<BrokenRecord> broken =
        Samples.list(
            TerampilArbitraries.almostValidRecords(program, referenceDate),
            brokenCount - repeatCount,
            RECORD_SEED + 1);
    valid.replaceAll(r -> canonical(r, false));
    List<EnrollmentRecord> all = new ArrayList<>(BASE - repeatCount);
    all.addAll(valid);
    for (BrokenRecord b : broken) {
      all.add(canonical(b.broken(), b.expected() == FindingCode.EMPLOYMENT_INVALID));
    }
    // Which records are valid, by identity (the generated records are distinct objects).
    Set<EnrollmentRecord> validSet = Collections.newSetFromMap(new IdentityHashMap<>());
    validSet.addAll(valid);
    Random random = new Random(RECORD_SEED + 2);
    Collections.shuffle(all, random);
    // The repeats: distinct valid records, each repeated once at a random later point.
    List<Integer> validPositions = new ArrayList<>(validCount);
    for (int i = 0; i < all.size(); i++) {
      if (validSet.contains(all.get(i))) {
        validPositions.add(i);
      }
    }
    Collections.shuffle(validPositions, random);
    // after.get(k): the positions in all of the originals repeated right after all[k].
    List<List<Integer>> after = new ArrayList<>(all.size());
    for (int i = 0; i < all.size(); i++) {
      after.add(new ArrayList<>(1));
    }
    for (int i : validPositions.subList(0, repeatCount)) {
      after.get(i + random.nextInt(all.size() - i)).add(i);
    }
    Set<Long> used = new HashSet<>();
    List<EnrollmentRecord> batch = new ArrayList<>(BASE);
    int[] repeats = new int[BASE];
    int[] indexInBatch = new int[all.size()];
    for (int k = 0; k < all.size(); k++) {
      indexInBatch[k] = batch.size();
      repeats[batch.size()] = -1;
      batch.add(renumber(all.get(k), 0, used));
      for (int original : after.get(k)) {
        int index = indexInBatch[original];
        repeats[batch.size()] = index;
        batch.add(readerCopy(batch.get(index), batch.get(index).nik()));
      }
    }
    if (batch.size() != BASE) {
      throw new IllegalStateException("built " + batch.size() + " records, expected " + BASE);
    }
    this.base = Collections.unmodifiableList(batch);
    this.repeatOf = repeats;
    this.usedNiks = used;
  }

  /** Returns the indices in {@link #base} of the repeats (the later copies). */
  BitSet repeats() {
    BitSet repeats = new BitSet(BASE);
    for (int i = 0; i < BASE; i++) {
      if (repeatOf[i] >= 0) {
        repeats.set(i);
      }
    }
    return repeats;
  }

  /** Returns the data of this JVM, building it on first use. */
  static synchronized BenchData get() {
    if (instance == null) {
      long start = System.nanoTime();
      instance = new BenchData();
      System.err.printf(
          "# data: %,d records generated in %.1f s%n",
          BASE, (System.nanoTime() - start) / 1e9);
    }
    return instance;
  }

  /**
   * Returns the first {@code size} records of the endless batch: the generated records, then
   * renumbered copies of them (in each copy, a repeat has the NIK of its original in that copy).
   */
  synchronized List<EnrollmentRecord> records(int size) {
    if (size <= BASE) {
      return base.subList(0, size);
    }
    int copy = million.size() / BASE + 1;
    while (BASE + million.size() < size) {
      int start = million.size();
      for (int i = 0; i < BASE; i++) {
        EnrollmentRecord r = base.get(i);
        int original = repeatOf[i];
        million.add(
            original < 0
                ? renumber(r, copy, usedNiks)
                : readerCopy(r, million.get(start + original).nik()));
      }
      copy++;
    }
    List<EnrollmentRecord> out = new ArrayList<>(size);
    out.addAll(base);
    out.addAll(million.subList(0, size - BASE));
    return Collections.unmodifiableList(out);
  }

  /**
   * Returns {@code r} with its NIK serial moved (by {@code copy}) to the first serial whose NIK is
   * not used yet; {@code r} itself if its NIK text is not a NIK.
   */
  private static EnrollmentRecord renumber(EnrollmentRecord r, int copy, Set<Long> used) {
    String text = r.nik();
    if (text == null || Nik.read(text).value().isEmpty() || !text.equals(text.strip())) {
      return readerCopy(r, text);
    }
    long prefix = Long.parseLong(text.substring(0, 12));
    int serial = Integer.parseInt(text.substring(12));
    int candidate = (serial - 1 + copy * 1_009) % 9_999 + 1;
    for (int tries = 0; tries < 9_999; tries++) {
      long value = prefix * 10_000 + candidate;
      if (used.add(value)) {
        return readerCopy(r, candidate == serial ? text : String.format("%012d%04d", prefix, candidate));
      }
      candidate = candidate % 9_999 + 1;
    }
    throw new IllegalStateException("no free NIK serial");
  }

  /**
   * Returns a copy of {@code r} with NIK text {@code nik}, allocated as a reader of an export
   * would allocate it: a new string for every field, the record after its fields. Copying the
   * records in batch order puts each record's data next to it and the records in the order the
   * validators walk them, as in a batch just read from a file. Generation order is not batch
   * order (the clean and the broken records are generated apart, then shuffled), so without the
   * copy every record would be a jump in memory, and the benchmarks would time cache misses
   * rather than validation.
   */
  private static EnrollmentRecord readerCopy(EnrollmentRecord r, @Nullable String nik) {
    return copy(r, nik, r.sex(), r.education(), r.employment());
  }

  /**
   * Returns {@code r} in the library's canonical wording: the testkit writes some valid records
   * as the KTP and KK do ({@code PEREMPUAN}, {@code SLTA/SEDERAJAT}, an occupation such as {@code
   * GURU}), which the hand-written floor does not read. A value no reader reads stays as it is
   * (it is what a broken record breaks), except an occupation of a record that the testkit did
   * not break there, which becomes {@code OTHER}: to both validators a record without error.
   */
  private static EnrollmentRecord canonical(EnrollmentRecord r, boolean employmentBroken) {
    String sex = r.sex() == null ? null : Sex.read(r.sex()).map(Sex::code).orElse(r.sex());
    String education =
        r.education() == null
            ? null
            : EducationLevel.read(r.education()).map(Enum::name).orElse(r.education());
    String employment = r.employment();
    if (employment != null) {
      employment =
          EmploymentStatus.read(employment)
              .map(Enum::name)
              .orElse(employmentBroken ? employment : EmploymentStatus.OTHER.name());
    }
    return copy(r, r.nik(), sex, education, employment);
  }

  private static EnrollmentRecord copy(
      EnrollmentRecord r,
      @Nullable String nik,
      @Nullable String sex,
      @Nullable String education,
      @Nullable String employment) {
    EnrollmentRecord.Builder b = EnrollmentRecord.builder();
    for (String group : r.targetGroups()) {
      b.addTargetGroups(fresh(group));
    }
    for (DocumentEntry d : r.documents()) {
      b.addDocuments(DocumentEntry.of(fresh(d.kind()), fresh(d.issueDate())));
    }
    return b.nik(fresh(nik))
        .name(fresh(r.name()))
        .sex(fresh(sex))
        .birthDate(fresh(r.birthDate()))
        .domicileCode(fresh(r.domicileCode()))
        .programId(fresh(r.programId()))
        .cohortId(fresh(r.cohortId()))
        .education(fresh(education))
        .employment(fresh(employment))
        .businessKbli(fresh(r.businessKbli()))
        .businessCapital(fresh(r.businessCapital()))
        .businessAnnualSales(fresh(r.businessAnnualSales()))
        .businessStartDate(fresh(r.businessStartDate()))
        .role(fresh(r.role()))
        .registeredAt(fresh(r.registeredAt()))
        .score(fresh(r.score()))
        .build();
  }

  /** A new string with the characters of {@code text}, as a parser allocates one. */
  private static @Nullable String fresh(@Nullable String text) {
    return text == null ? null : new String(text.toCharArray());
  }
}
