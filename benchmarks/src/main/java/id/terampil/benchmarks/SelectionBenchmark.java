package id.terampil.benchmarks;

import id.terampil.core.applicant.Application;
import id.terampil.core.classification.TargetGroup;
import id.terampil.core.program.Cohort;
import id.terampil.core.program.TrainingProgram;
import id.terampil.core.selection.PriorityTier;
import id.terampil.core.selection.RegionQuota;
import id.terampil.core.selection.SelectionPolicy;
import id.terampil.core.selection.SelectionResult;
import id.terampil.core.selection.TargetGroupReservation;
import id.terampil.core.selection.TieBreaker;
import id.terampil.testkit.Samples;
import id.terampil.testkit.TerampilArbitraries;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * (d) Selecting among 100,000 applications for a 27-cohort program of 40 seats per cohort, with a
 * quota of 40 per kelurahan (village), two priority tiers (job seekers, then residents of the
 * organizer's region), the score as tie-breaker and a seeded lottery; and the same with 100 seats
 * reserved for each of up to three of the program's target groups.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+UseTransparentHugePages", "-XX:+AlwaysPreTouch"})
public class SelectionBenchmark {

  /** The number of applications. */
  static final int APPLICATIONS = 100_000;

  /** The applications and the policy. */
  @State(Scope.Benchmark)
  public static class Pool {
    List<Application> applications;
    TrainingProgram program;
    LocalDate referenceDate;
    SelectionPolicy policy;
    /** The same policy with seats reserved for the program's target groups. */
    SelectionPolicy reservedPolicy;

    /** Generates the program and the applications with fixed seeds. */
    @Setup(Level.Trial)
    public void setUp() {
      program =
          Samples.list(
                  TerampilArbitraries.programs()
                      .withCohorts(BenchData.COHORTS)
                      .seatsPerCohort(40)
                      .fiscalYear(2026),
                  1,
                  BenchData.PROGRAM_SEED + 10)
              .get(0);
      referenceDate = program.period().start();
      applications =
          Samples.list(
              TerampilArbitraries.applications(program, referenceDate).withScores(),
              APPLICATIONS,
              BenchData.RECORD_SEED + 10);
      policy = policy(program).build();
      // 100 seats (about a tenth) reserved for each of up to three of the program's groups: their
      // members hold seats that later, better-ranked applications may need them to move from.
      SelectionPolicy.Builder reserved = policy(program);
      Stream.concat(
              program.priorityGroups().stream(),
              program.requiredGroups().stream().flatMap(r -> r.groups().stream()))
          .distinct()
          .limit(3)
          .forEach(g -> reserved.addReservations(TargetGroupReservation.of(g, 100)));
      reservedPolicy = reserved.build();
      if (reservedPolicy.reservations().isEmpty()) {
        throw new IllegalStateException("the generated program has no target group to reserve for");
      }
    }

    private static SelectionPolicy.Builder policy(TrainingProgram program) {
      // The seats are the cohorts' own.
      return SelectionPolicy.builder().addTiers(
              PriorityTier.memberOf(TargetGroup.JOB_SEEKER),
              PriorityTier.residentOf("ORGANIZER_REGION", program.organizer().region()))
          .addRegionQuotas(RegionQuota.perVillage(40))
          .addTieBreakers(TieBreaker.SCORE_DESC, TieBreaker.LOTTERY)
          .lotterySeed(20_260_101L);
    }
  }

  /**
   * Selects.
   *
   * @param p the pool
   * @param bh the blackhole
   */
  @Benchmark
  public void select100k(Pool p, Blackhole bh) {
    SelectionResult result = p.policy.select(p.program, p.referenceDate, p.applications);
    bh.consume(result);
  }

  /**
   * Selects with reserved seats held for target groups (not a target of the issue; it shows the
   * cost of holding and moving reserved seats).
   *
   * @param p the pool
   * @param bh the blackhole
   */
  @Benchmark
  public void select100kWithReservations(Pool p, Blackhole bh) {
    SelectionResult result = p.reservedPolicy.select(p.program, p.referenceDate, p.applications);
    bh.consume(result);
  }
}
