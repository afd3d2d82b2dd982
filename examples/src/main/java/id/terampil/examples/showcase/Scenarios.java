package id.terampil.examples.showcase;

import static com.google.common.collect.ImmutableMap.toImmutableMap;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import id.terampil.core.attendance.CompletionRule;
import id.terampil.core.program.Cohort;
import id.terampil.core.program.CohortId;
import id.terampil.core.program.TargetGroup;
import id.terampil.core.program.TrainingProgram;
import id.terampil.core.region.RegionCode;
import id.terampil.core.selection.PriorityTier;
import id.terampil.core.selection.SelectionPolicy;
import id.terampil.core.selection.TieBreaker;
import id.terampil.examples.seeds.SeedPrograms;
import id.terampil.examples.showcase.SyntheticApplicantPool.Profile;
import java.time.LocalDate;

/**
 * The five seed programs as showcase {@link Scenario}s. The programs and their eligibility come
 * from the articles ({@link SeedPrograms}); everything else here is SYNTHETIC, chosen to be
 * plausible: registration closes a week before the first cohort, demand per seat (the BLK of
 * 2025 is oversubscribed, as its article says), who applies, the selection rules, the completion
 * rules and the seeds.
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
        new SyntheticApplicantPool(
            130,
            ImmutableList.of(
                Profile.of(5, TargetGroup.HOUSEWIFE),
                Profile.of(3, TargetGroup.SMALL_INDUSTRY_OWNER),
                Profile.of(2)),
            RegionCode.parse("92.01"),
            2025_000L),
        seatsOf(p)
            .addTiers(
                PriorityTier.memberOf(TargetGroup.HOUSEWIFE),
                PriorityTier.memberOf(TargetGroup.SMALL_INDUSTRY_OWNER))
            .addTieBreakers(TieBreaker.REGISTRATION_TIME)
            .waitlistLimit(6)
            .build(),
        CompletionRule.everySession(),
        ImmutableList.of(
            new FollowUpNote(
                "Pembinaan kelompok peserta yang telah dilatih",
                "Coaching of the trained participants' groups",
                "Dekranasda Kota Sorong"),
            new FollowUpNote(
                "Didaftarkan untuk pelatihan lanjutan dan bantuan usaha",
                "Registration for advanced training and business aid",
                "Dekranasda Kota Sorong")),
        2025_000L);
  }

  /**
   * Seed 001, Kendari: nominated participants, 25 places, by registration time.
   *
   * @return the scenario, not null
   */
  public static Scenario kendari2022() {
    TrainingProgram p = SeedPrograms.kendari2022();
    return new Scenario(
        p,
        LocalDate.of(2022, 7, 12),
        new SyntheticApplicantPool(
            112,
            ImmutableList.of(
                Profile.of(10, SeedPrograms.CENTRE_MANAGERS),
                Profile.of(8, SeedPrograms.CENTRE_COACHES),
                Profile.of(7, SeedPrograms.INDUSTRY_AGENCY_STAFF)),
            RegionCode.parse("74.05"),
            2022_001L),
        seatsOf(p).addTieBreakers(TieBreaker.REGISTRATION_TIME).waitlistLimit(3).build(),
        CompletionRule.atLeastPercent(80),
        ImmutableList.of(
            new FollowUpNote(
                "Studi banding ke beberapa daerah",
                "Comparative study visits to other regions",
                "Dinas Tenaga Kerja dan Perindustrian Kota Kendari")),
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
        new SyntheticApplicantPool(
            110,
            ImmutableList.of(
                Profile.of(4, TargetGroup.HOUSEWIFE),
                Profile.of(3, TargetGroup.JOB_SEEKER),
                Profile.of(2, TargetGroup.YOUTH),
                Profile.of(1)),
            RegionCode.parse("33.26.01"),
            2024_002L),
        seatsOf(p).addTieBreakers(TieBreaker.REGISTRATION_TIME).waitlistLimit(60).build(),
        // Two days: both must be attended.
        CompletionRule.everySession(),
        ImmutableList.of(
            new FollowUpNote(
                "Pembuatan kartu pencari kerja (AK/I), bagian dari materi pelatihan",
                "Job-seeker card (AK/I) registration, part of the curriculum",
                "Dinperinaker Kota Pekalongan")),
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
        new SyntheticApplicantPool(
            150,
            ImmutableList.of(
                Profile.of(
                    8,
                    TargetGroup.MICRO_BUSINESS_OWNER,
                    TargetGroup.COVID_AFFECTED,
                    TargetGroup.CRAFTSPERSON),
                Profile.of(1, TargetGroup.MICRO_BUSINESS_OWNER, TargetGroup.CRAFTSPERSON)),
            SeedPrograms.KEC_PAHANDUT,
            2020_003L),
        seatsOf(p).addTieBreakers(TieBreaker.REGISTRATION_TIME).waitlistLimit(5).build(),
        CompletionRule.atLeastPercent(80),
        ImmutableList.of(
            new FollowUpNote(
                "Bantuan alat dari SOPD teknis",
                "Tool grants from the technical agencies",
                "SOPD teknis Kota Palangka Raya"),
            new FollowUpNote(
                "Pemasaran dan promosi hasil produksi",
                "Marketing and promotion of the products",
                "Pemerintah Kota Palangka Raya")),
        2020_003L);
  }

  /**
   * Seed 004, BLK Pekalongan 2025: oversubscribed; tobacco-sector workers first, then their
   * households, then job seekers, each tier by a seeded lottery; competency assessed.
   *
   * @return the scenario, not null
   */
  public static Scenario pekalonganBlk2025() {
    TrainingProgram p = SeedPrograms.pekalonganBlk2025();
    return new Scenario(
        p,
        LocalDate.of(2025, 1, 27),
        new SyntheticApplicantPool(
            250,
            ImmutableList.of(
                Profile.of(6, TargetGroup.JOB_SEEKER).withAkiCard(),
                Profile.of(1, TargetGroup.JOB_SEEKER),
                Profile.of(2, TargetGroup.CIGARETTE_FACTORY_WORKER),
                Profile.of(1, TargetGroup.TOBACCO_FARM_WORKER),
                Profile.of(2, TargetGroup.TOBACCO_WORKER_HOUSEHOLD)),
            RegionCode.parse("33.26.02"),
            2025_004L),
        seatsOf(p)
            .addTiers(
                PriorityTier.of(
                    "TOBACCO_SECTOR_WORKERS",
                    a ->
                        a.applicant().isMemberOf(TargetGroup.CIGARETTE_FACTORY_WORKER)
                            || a.applicant().isMemberOf(TargetGroup.TOBACCO_FARM_WORKER)),
                PriorityTier.memberOf(TargetGroup.TOBACCO_WORKER_HOUSEHOLD))
            .lotterySeed(20250127L)
            .waitlistLimit(20)
            .build(),
        CompletionRule.atLeastPercent(80).requiringAssessment(),
        ImmutableList.of(
            new FollowUpNote(
                "Hibah gerobak usaha (diserahkan 4 Agustus 2025)",
                "Business cart grants (handed over on 4 August 2025)",
                "Dindagkop-UKM Kota Pekalongan"),
            new FollowUpNote(
                "Dorongan membuka usaha sendiri atau bekerja di luar daerah dan luar negeri",
                "Encouragement to open a business or to work elsewhere in Indonesia or abroad",
                "Pemerintah Kota Pekalongan")),
        2025_004L);
  }

  /** A selection policy builder with the seats of every cohort of {@code program}. */
  private static SelectionPolicy.Builder seatsOf(TrainingProgram program) {
    ImmutableMap<CohortId, Integer> seats =
        program.cohorts().stream().collect(toImmutableMap(Cohort::id, c -> c.seats().max()));
    SelectionPolicy.Builder b = SelectionPolicy.builder();
    b.putAllSeatsPerCohort(seats);
    return b;
  }
}
