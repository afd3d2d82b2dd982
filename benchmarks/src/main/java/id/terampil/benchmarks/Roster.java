package id.terampil.benchmarks;

import id.terampil.core.classification.TargetGroup;
import id.terampil.core.program.Admission;
import id.terampil.core.program.Cohort;
import id.terampil.validation.BatchReport;
import id.terampil.validation.BatchValidator;
import id.terampil.validation.EnrollmentRecord;
import id.terampil.validation.RecordReport;
import id.terampil.validation.code.FindingCode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;

/**
 * The three validators of the roster benchmarks over one batch: the batch validator, the Bean
 * Validation baseline (Hibernate Validator per record plus a {@code HashMap} duplicate pass) and
 * the hand-written floor. {@link #verify()} checks once per JVM that all three find errors in
 * exactly the same records of the generated batch.
 */
final class Roster {

  private static boolean verified;

  final BenchData data;
  final List<EnrollmentRecord> records;
  final BatchValidator batchValidator;
  /** The same validator on two threads (the calling one and one it starts). */
  final BatchValidator twoThreads;
  final HandWrittenChecks handWritten;
  private Validator beanValidator;

  Roster(int size) {
    this.data = BenchData.get();
    this.records = data.records(size);
    this.batchValidator = BatchValidator.builder(data.program, data.referenceDate).build();
    this.twoThreads =
        BatchValidator.builder(data.program, data.referenceDate).parallelism(2).build();
    this.handWritten = new HandWrittenChecks(data.program, data.referenceDate, knownGroups(data));
  }

  /**
   * Collects the garbage of the setup (generation, verification) before the first iteration, so
   * that no iteration pays for promoting the setup's data.
   */
  static void settle() {
    System.gc();
    System.gc();
  }

  /** The target group codes the batch validator knows: built-in, and those the admissions name. */
  static Set<String> knownGroups(BenchData data) {
    Set<String> known = new HashSet<>();
    TargetGroup.builtIn().forEach(g -> known.add(g.code()));
    for (Cohort c : data.program.cohorts()) {
      Admission a = data.program.admission(c.id());
      a.requiredGroups().forEach(r -> r.groups().forEach(g -> known.add(g.code())));
      a.priorityGroups().forEach(g -> known.add(g.code()));
    }
    return known;
  }

  /** Returns the Hibernate Validator of the baseline, bootstrapped on first use. */
  synchronized Validator beanValidator() {
    if (beanValidator == null) {
      beanValidator = beanValidator(data);
    }
    return beanValidator;
  }

  /** Bootstraps Hibernate Validator with its clock at the reference date. */
  static Validator beanValidator(BenchData data) {
    KnownTargetGroup.Validator.known = Set.copyOf(knownGroups(data));
    Clock clock =
        Clock.fixed(data.referenceDate.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    ValidatorFactory factory =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .clockProvider(() -> clock)
            .buildValidatorFactory();
    return factory.getValidator();
  }

  /** The records with an error by the batch validator's report. */
  static BitSet errors(BatchReport report) {
    BitSet errors = new BitSet(report.size());
    for (RecordReport r : report.records()) {
      if (!r.isClean()) {
        errors.set(r.index());
      }
    }
    return errors;
  }

  /**
   * The baseline: maps every record to its form (parsing each date once, as a deserializer would)
   * and validates it, then a {@code HashMap} pass for repeated NIKs. Like the batch validator, it
   * starts from the records' texts.
   *
   * @return the records with a violation or a repeated NIK
   */
  static BitSet beanValidation(Validator validator, List<EnrollmentRecord> records) {
    int n = records.size();
    BitSet errors = new BitSet(n);
    for (int i = 0; i < n; i++) {
      Set<ConstraintViolation<EnrollmentForm>> violations =
          validator.validate(EnrollmentForm.of(records.get(i)));
      if (!violations.isEmpty()) {
        errors.set(i);
      }
    }
    Map<String, Integer> first = new HashMap<>(n * 4 / 3 + 1);
    for (int i = 0; i < n; i++) {
      String nik = records.get(i).nik();
      if (nik != null && first.putIfAbsent(nik.strip(), i) != null) {
        errors.set(i);
      }
    }
    return errors;
  }

  /**
   * Checks once per JVM, on the generated records (larger batches are renumbered copies of
   * them), that the three validators find errors in the same records, that {@link
   * BenchData#BROKEN_PERCENT} % of the records have one, and that the batch validator reports a
   * repeated NIK in exactly the records {@link BenchData} made repeats, so that the duplicate
   * passes are exercised; throws otherwise.
   */
  static synchronized void verify() {
    if (verified) {
      return;
    }
    Roster r = new Roster(BenchData.BASE);
    BatchReport report = r.batchValidator.validate(r.records);
    if (!report.equals(r.twoThreads.validate(r.records))) {
      throw new IllegalStateException("the two-thread report differs from the one-thread report");
    }
    BitSet batch = errors(report);
    BitSet bean = beanValidation(r.beanValidator(), r.records);
    BitSet hand = r.handWritten.errors(r.records);
    int expected = BenchData.BASE * BenchData.BROKEN_PERCENT / 100;
    if (batch.cardinality() != expected) {
      throw new IllegalStateException(
          "batch validator found " + batch.cardinality() + " records with errors, expected " + expected);
    }
    // The repeats: exactly the copies BenchData made, each with the repeat as its only error.
    BitSet repeats = new BitSet(r.records.size());
    for (RecordReport rr : report.records()) {
      List<FindingCode> codes =
          rr.findings().stream().filter(f -> f.isError()).map(f -> f.code()).toList();
      if (codes.contains(FindingCode.DUPLICATE_NIK)) {
        repeats.set(rr.index());
        if (codes.size() != 1) {
          throw new IllegalStateException(
              "record #" + rr.index() + " repeats a NIK but has the errors " + codes);
        }
      }
    }
    BitSet made = r.data.repeats();
    if (!repeats.equals(made) || made.cardinality() != expected / BenchData.REPEAT_ONE_IN) {
      throw new IllegalStateException(
          "batch validator found " + repeats.cardinality() + " repeated NIKs, the data has "
              + made.cardinality() + " (expected " + expected / BenchData.REPEAT_ONE_IN
              + "); same records: " + repeats.equals(made));
    }
    check("Bean Validation baseline", batch, bean, report, r.records);
    check("hand-written loop", batch, hand, report, r.records);
    System.err.printf(
        "# verdicts agree: %,d of %,d records have an error, %,d of them a repeated NIK"
            + " (batch, Bean Validation, hand-written)%n",
        batch.cardinality(), r.records.size(), repeats.cardinality());
    verified = true;
  }

  private static void check(
      String what, BitSet batch, BitSet other, BatchReport report, List<EnrollmentRecord> records) {
    if (batch.equals(other)) {
      return;
    }
    BitSet diff = (BitSet) batch.clone();
    diff.xor(other);
    StringBuilder sb = new StringBuilder();
    sb.append(what).append(" disagrees with the batch validator on ").append(diff.cardinality())
        .append(" records, e.g.:");
    int shown = 0;
    for (int i = diff.nextSetBit(0); i >= 0 && shown < 5; i = diff.nextSetBit(i + 1), shown++) {
      sb.append("\n  #").append(i).append(" batch error=").append(batch.get(i)).append(' ')
          .append(report.records().get(i).findings().stream().map(f -> f.code().name()).toList())
          .append(": ").append(records.get(i));
    }
    throw new IllegalStateException(sb.toString());
  }
}
