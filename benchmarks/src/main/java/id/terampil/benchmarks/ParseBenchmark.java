package id.terampil.benchmarks;

import id.terampil.core.identity.Nik;
import id.terampil.core.program.Cohort;
import id.terampil.core.program.TrainingProgram;
import id.terampil.core.region.RegionCode;
import id.terampil.testkit.Samples;
import id.terampil.testkit.TerampilArbitraries;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * (e) Core parsing and building: {@code Nik.parse} and {@code RegionCode.parse} over 1,024
 * generated texts per invocation (the score is per parse), and building a 27-cohort
 * {@code TrainingProgram} and its cohorts from their parts (their invariants checked).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-XX:+UseTransparentHugePages")
public class ParseBenchmark {

  /** The number of texts per invocation. */
  static final int TEXTS = 1024;

  /** The texts and the program parts. */
  @State(Scope.Benchmark)
  public static class Texts {
    String[] niks;
    String[] regions;
    TrainingProgram program;

    /** Generates the texts and a 27-cohort program with fixed seeds. */
    @Setup(Level.Trial)
    public void setUp() {
      niks =
          Samples.list(TerampilArbitraries.niks(), TEXTS, BenchData.RECORD_SEED + 20).stream()
              .map(Nik::toString)
              .toArray(String[]::new);
      regions =
          Samples.list(TerampilArbitraries.regionCodes(), TEXTS, BenchData.RECORD_SEED + 21).stream()
              .map(RegionCode::toString)
              .toArray(String[]::new);
      List<TrainingProgram> programs =
          Samples.list(
              TerampilArbitraries.programs().withCohorts(BenchData.COHORTS).seatsPerCohort(40),
              1,
              BenchData.PROGRAM_SEED);
      program = programs.get(0);
    }
  }

  /**
   * Parses 1,024 NIKs.
   *
   * @param t the texts
   * @param bh the blackhole
   */
  @Benchmark
  @OperationsPerInvocation(TEXTS)
  public void nikParse(Texts t, Blackhole bh) {
    for (String s : t.niks) {
      bh.consume(Nik.parse(s));
    }
  }

  /**
   * Parses 1,024 region codes of every level.
   *
   * @param t the texts
   * @param bh the blackhole
   */
  @Benchmark
  @OperationsPerInvocation(TEXTS)
  public void regionCodeParse(Texts t, Blackhole bh) {
    for (String s : t.regions) {
      bh.consume(RegionCode.parse(s));
    }
  }

  /**
   * Builds a 27-cohort program from the parts of a generated one: each cohort, then the program
   * (the invariants of both checked).
   *
   * @param t the program parts
   * @return the program
   */
  @Benchmark
  public TrainingProgram build27CohortProgram(Texts t) {
    TrainingProgram p = t.program;
    List<Cohort> cohorts = new ArrayList<>(p.cohorts().size());
    for (Cohort c : p.cohorts()) {
      cohorts.add(
          Cohort.builder()
              .id(c.id())
              .name(c.name())
              .addAllSkills(c.skills())
              .venue(c.venue())
              .period(c.period())
              .addAllTrainingDays(c.trainingDays())
              .seats(c.seats())
              .addAllInstructors(c.instructors())
              .addAllRegionsServed(c.regionsServed())
              .addAllParticipantRoles(c.participantRoles())
              .addAllRequiredGroups(c.requiredGroups())
              .addAllPriorityGroups(c.priorityGroups())
              .intake(c.intake())
              .eligibilityOverride(c.eligibilityOverride())
              .build());
    }
    TrainingProgram.Builder b = TrainingProgram.builder();
    b.id(p.id())
        .title(p.title())
        .kind(p.kind())
        .organizer(p.organizer())
        .addAllCoOrganizers(p.coOrganizers())
        .fiscalYear(p.fiscalYear())
        .addAllFunding(p.funding())
        .lastFiscalYear(p.lastFiscalYear())
        .period(p.period())
        .addAllRegionsServed(p.regionsServed())
        .addAllRequiredGroups(p.requiredGroups())
        .addAllPriorityGroups(p.priorityGroups())
        .addAllCurriculum(p.curriculum())
        .addAllCohorts(cohorts)
        .eligibility(p.eligibility())
        .followUpPlan(p.followUpPlan());
    return b.build();
  }
}
