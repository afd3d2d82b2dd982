package id.terampil.examples.showcase;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import id.terampil.core.attendance.CompletionRule;
import id.terampil.core.classification.TargetGroup;
import id.terampil.core.followup.FollowUpKind;
import id.terampil.core.followup.OutcomeStatus;
import id.terampil.core.identity.CohortId;
import id.terampil.core.program.TrainingProgram;
import id.terampil.core.selection.PriorityTier;
import id.terampil.core.selection.SelectionPolicy;
import id.terampil.core.selection.TieBreaker;
import id.terampil.examples.seeds.SeedPrograms;
import java.time.LocalDate;

/**
 * The five seed programs as showcase {@link Scenario}s. The programs, their eligibility and their
 * follow-up plans come from the articles ({@link SeedPrograms}), and so does the date of the BLK's
 * cart grants; everything else here is SYNTHETIC, chosen to be plausible: registration closes a
 * week before the first cohort, demand per seat (the BLK of 2025 is oversubscribed, as its
 * article says), the share of ineligible applicants, the selection rules, the completion rules,
 * how graduates fare at the checkpoints, and the seeds.
 */
public final class Scenarios {

  private Scenarios() {}

  /**
   * Returns the five scenarios in seed order.
   *
   * @return the scenarios, not null
   */
  public static ImmutableList<Scenario> all() {
    return ImmutableList.of(
        sorong2025(), kendari2022(), pekalongan2024(), palangkaRaya2020(), pekalonganBlk2025());
  }

  /**
   * Seed 000, Sorong: housewives and small-business owners first, then the others, each tier by
   * registration time.
   *
   * @return the scenario, not null
   */
  public static Scenario sorong2025() {
    TrainingProgram p = SeedPrograms.sorong2025();
    return new Scenario(
        p,
        LocalDate.of(2025, 11, 3),
        new SyntheticApplicantPool(130, 0.12, 2025_000L),
        // The program's priority groups (housewives, small-business owners) first.
        SelectionPolicy.builder()
            .addTiers(PriorityTier.priorityGroups())
            .addTieBreakers(TieBreaker.REGISTRATION_TIME)
            .waitlistLimit(6)
            .build(),
        CompletionRule.everySession(),
        ImmutableMap.of(),
        ImmutableMap.of(
            OutcomeStatus.BUSINESS_STARTED, 30,
            OutcomeStatus.BUSINESS_GROWN, 10,
            OutcomeStatus.SELF_EMPLOYED, 10,
            OutcomeStatus.EMPLOYED, 10,
            OutcomeStatus.NOT_WORKING, 30,
            OutcomeStatus.UNREACHABLE, 10),
        2025_000L);
  }

  /**
   * Seed 001, Kendari: participants nominated by the agency into the cohort's roles, 25 places;
   * no selection runs (the policy below would rank applicants, and there are none).
   *
   * @return the scenario, not null
   */
  public static Scenario kendari2022() {
    TrainingProgram p = SeedPrograms.kendari2022();
    return new Scenario(
        p,
        LocalDate.of(2022, 7, 12),
        // SYNTHETIC: 33 people put forward for 25 places, each nominated in a role.
        new SyntheticApplicantPool(130, 0.10, 2022_001L),
        SelectionPolicy.builder().build(),
        CompletionRule.atLeastPercent(80),
        ImmutableMap.of(),
        ImmutableMap.of(),
        2022_001L);
  }

  /**
   * Seed 002, Pekalongan 2024: 40 residents per kelurahan, first come first served.
   *
   * @return the scenario, not null
   */
  public static Scenario pekalongan2024() {
    TrainingProgram p = SeedPrograms.pekalongan2024();
    return new Scenario(
        p,
        LocalDate.of(2024, 6, 25),
        new SyntheticApplicantPool(110, 0.08, 2024_002L),
        SelectionPolicy.builder().addTieBreakers(TieBreaker.REGISTRATION_TIME).waitlistLimit(60).build(),
        // Two days: both must be attended.
        CompletionRule.everySession(),
        ImmutableMap.of(),
        ImmutableMap.of(
            OutcomeStatus.BUSINESS_STARTED, 20,
            OutcomeStatus.SELF_EMPLOYED, 10,
            OutcomeStatus.EMPLOYED, 15,
            OutcomeStatus.WORKING_ELSEWHERE_IN_INDONESIA, 5,
            OutcomeStatus.NOT_WORKING, 38,
            OutcomeStatus.UNREACHABLE, 12),
        2024_002L);
  }

  /**
   * Seed 003, Palangka Raya: 30 places by registration time, a short waitlist.
   *
   * @return the scenario, not null
   */
  public static Scenario palangkaRaya2020() {
    TrainingProgram p = SeedPrograms.palangkaRaya2020();
    return new Scenario(
        p,
        LocalDate.of(2020, 8, 17),
        new SyntheticApplicantPool(160, 0.20, 2020_003L),
        SelectionPolicy.builder().addTieBreakers(TieBreaker.REGISTRATION_TIME).waitlistLimit(5).build(),
        CompletionRule.atLeastPercent(80),
        ImmutableMap.of(),
        ImmutableMap.of(
            OutcomeStatus.BUSINESS_GROWN, 45,
            OutcomeStatus.BUSINESS_STARTED, 10,
            OutcomeStatus.NOT_WORKING, 30,
            OutcomeStatus.UNREACHABLE, 15),
        2020_003L);
  }

  /**
   * Seed 004, BLK Pekalongan 2025: oversubscribed; in the classes the example lets DBHCHT pay for
   * ({@link SeedPrograms#BLK_DBHCHT_COHORTS}), tobacco-sector workers first, then their
   * households, then job seekers; in the other classes no priority; each tier by a seeded
   * lottery; competency assessed.
   *
   * @return the scenario, not null
   */
  public static Scenario pekalonganBlk2025() {
    TrainingProgram p = SeedPrograms.pekalonganBlk2025();
    return new Scenario(
        p,
        LocalDate.of(2025, 1, 27),
        // SYNTHETIC: one applicant in 40 declares being a job seeker without an AK/I card.
        new JobSeekersWithoutCard(new SyntheticApplicantPool(250, 0.15, 2025_004L), 40),
        SelectionPolicy.builder()
            // A fund's beneficiary rules apply to what the fund pays for: the DBHCHT classes. An
            // application ranks by its first choice, also for the later choices it may be seated in.
            .addTiers(
                PriorityTier.of(
                    "TOBACCO_SECTOR_WORKERS",
                    a ->
                        SeedPrograms.BLK_DBHCHT_COHORTS.contains(a.firstChoice())
                            && (a.applicant().isMemberOf(TargetGroup.CIGARETTE_FACTORY_WORKER)
                                || a.applicant().isMemberOf(TargetGroup.TOBACCO_FARM_WORKER))),
                PriorityTier.of(
                    "TOBACCO_WORKER_HOUSEHOLD",
                    a ->
                        SeedPrograms.BLK_DBHCHT_COHORTS.contains(a.firstChoice())
                            && a.applicant().isMemberOf(TargetGroup.TOBACCO_WORKER_HOUSEHOLD)))
            .lotterySeed(20250127L)
            .waitlistLimit(20)
            .build(),
        CompletionRule.atLeastPercent(80).requiringAssessment(),
        // The article's hand-over: SYNTHETIC that the carts went to the cooking class.
        ImmutableMap.of(
            FollowUpKind.CART_GRANT,
            new Scenario.HandOver(
                SeedPrograms.BLK_CART_HANDOVER, ImmutableSet.of(CohortId.of("BLK25-COOKING")))),
        ImmutableMap.of(
            OutcomeStatus.EMPLOYED, 30,
            OutcomeStatus.SELF_EMPLOYED, 10,
            OutcomeStatus.BUSINESS_STARTED, 15,
            OutcomeStatus.WORKING_ELSEWHERE_IN_INDONESIA, 10,
            OutcomeStatus.WORKING_ABROAD, 6,
            OutcomeStatus.NOT_WORKING, 19,
            OutcomeStatus.UNREACHABLE, 10),
        2025_004L);
  }
}
