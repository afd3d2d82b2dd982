package id.terampil.core.indicators;

import static id.terampil.core.followup.FollowUpFixtures.BLK;
import static id.terampil.core.followup.FollowUpFixtures.nik;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import id.terampil.core.classification.Skills;
import id.terampil.core.enrollment.CompletionFixtures;
import id.terampil.core.enrollment.Enrollment;
import id.terampil.core.enrollment.ReasonCode;
import id.terampil.core.enrollment.StatusReason;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.ProgramId;
import id.terampil.core.money.Rupiah;
import id.terampil.core.program.Cohort;
import id.terampil.core.program.Funding;
import id.terampil.core.program.FundingSource;
import id.terampil.core.program.ProgramKind;
import id.terampil.core.program.Seats;
import id.terampil.core.program.TrainingProgram;
import id.terampil.core.time.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Cost per participant counts only the funding of fiscal years begun, by year and by cohort: a
 * synthetic 2025-2026 sewing program, one cohort a year, and a tobacco-workers cohort in 2025.
 */
class CostByYearAndCohortTest {

  private static final CohortId Y2025 = CohortId.of("JAHIT-2025");
  private static final CohortId Y2026 = CohortId.of("JAHIT-2026");
  private static final CohortId TOBACCO = CohortId.of("JAHIT-DBHCHT");
  private static final DateRange MARCH_2025 = DateRange.ofDays(LocalDate.of(2025, 3, 3), 19);
  private static final DateRange MARCH_2026 = DateRange.ofDays(LocalDate.of(2026, 3, 2), 19);
  private static final DateRange JUNE_2025 = DateRange.ofDays(LocalDate.of(2025, 6, 2), 19);
  private static final Funding KOTA_2025 =
      Funding.of(FundingSource.APBD_KABUPATEN_KOTA, 2025, Rupiah.ofMillions(100));
  private static final Funding KOTA_2026 =
      Funding.of(FundingSource.APBD_KABUPATEN_KOTA, 2026, Rupiah.ofMillions(120));

  private static Funding kotaNaming(CohortId cohort) {
    return Funding.builder()
        .source(FundingSource.APBD_KABUPATEN_KOTA)
        .fiscalYear(2025)
        .amount(Rupiah.ofMillions(100))
        .addCohorts(cohort)
        .build();
  }

  private static Cohort cohort(CohortId id, DateRange period, int seats) {
    return Cohort.builder().id(id).addSkills(Skills.SEWING).period(period).seats(Seats.exactly(seats)).build();
  }

  private static TrainingProgram program(List<Cohort> cohorts, Funding... funding) {
    return TrainingProgram.builder()
        .id(ProgramId.of("JAHIT-2025-2026"))
        .title("Pelatihan Menjahit")
        .kind(ProgramKind.JOB_SKILLS)
        .organizer(BLK)
        .fiscalYear(2025)
        .lastFiscalYear(2026)
        .period(DateRange.ofClosed(LocalDate.of(2025, 3, 1), LocalDate.of(2026, 6, 30)))
        .addFunding(funding)
        .addAllCohorts(cohorts)
        .build();
  }

  /** {@code count} participants of {@code cohort} from serial {@code from}; the first drops out. */
  private static List<Enrollment> trained(CohortId cohort, DateRange period, int from, int count) {
    List<Enrollment> out = new ArrayList<>();
    LocalDate start = period.start();
    LocalDate end = period.endInclusive();
    for (int i = from; i < from + count; i++) {
      Enrollment e =
          Enrollment.apply(nik(i), cohort, start.minusDays(20))
              .select(start.minusDays(10))
              .confirmReRegistration(start.minusDays(5))
              .start(start);
      out.add(
          i == from
              ? e.dropOut(start.plusDays(2), StatusReason.of(ReasonCode.PERSONAL))
              : e.complete(end, CompletionFixtures.satisfied(nik(i), cohort, end)));
    }
    return out;
  }

  private static ProgramIndicators compute(TrainingProgram p, LocalDate asOf, List<Enrollment> e) {
    return ProgramIndicators.compute(
        IndicatorInputs.builder().program(p).asOf(asOf).addAllEnrollments(e).build());
  }

  @Test
  void at_the_end_of_the_first_year_only_its_budget_is_divided_by_its_trainees() {
    TrainingProgram p =
        program(List.of(cohort(Y2025, MARCH_2025, 10), cohort(Y2026, MARCH_2026, 10)), KOTA_2025, KOTA_2026);
    List<Enrollment> enrollments = trained(Y2025, MARCH_2025, 1, 10);

    ProgramIndicators firstYear = compute(p, LocalDate.of(2025, 12, 31), enrollments);
    // Rp 100 juta / 10, not (100 + 120) / 10 = Rp 22 juta
    assertEquals(Optional.of(Rupiah.ofMillions(100)), firstYear.totalCost().funding());
    assertEquals(Optional.of(Rupiah.ofMillions(10)), firstYear.totalCost().perParticipant());
    assertEquals(Optional.of(Rupiah.of(11_111_111)), firstYear.totalCost().perCompleter());
    assertEquals(List.of(2025), List.copyOf(firstYear.costsByFiscalYear().keySet()));
    assertEquals(Optional.of(2025), firstYear.costsByFiscalYear().get(2025).fiscalYear());
    assertEquals(Optional.of(Rupiah.ZERO), firstYear.costsByCohort().get(Y2026).funding());
    assertEquals(Optional.empty(), firstYear.costsByCohort().get(Y2026).perParticipant());

    enrollments.addAll(trained(Y2026, MARCH_2026, 11, 10));
    ProgramIndicators bothYears = compute(p, LocalDate.of(2026, 12, 31), enrollments);
    assertEquals(Optional.of(Rupiah.ofMillions(11)), bothYears.totalCost().perParticipant());
    FundingCost y2026 = bothYears.costsByFiscalYear().get(2026);
    assertEquals(10, y2026.participants());
    assertEquals(Optional.of(Rupiah.ofMillions(12)), y2026.perParticipant());
    assertEquals(Optional.of(Rupiah.ofMillions(12)), bothYears.costsByCohort().get(Y2026).perParticipant());
    assertEquals(Optional.of(Y2026), bothYears.costsByCohort().get(Y2026).cohort());
  }

  @Test
  void a_line_naming_its_cohort_pays_only_for_it_and_a_shared_line_is_split_by_seats() {
    Funding tobacco =
        Funding.builder()
            .source(FundingSource.DBHCHT)
            .fiscalYear(2025)
            .amount(Rupiah.ofMillions(30))
            .addCohorts(TOBACCO)
            .build();
    Funding province = Funding.of(FundingSource.APBD_PROVINSI, 2025, Rupiah.of(15_000_001));
    Funding kota = kotaNaming(Y2025);
    TrainingProgram p =
        program(
            List.of(cohort(Y2025, MARCH_2025, 10), cohort(TOBACCO, JUNE_2025, 5), cohort(Y2026, MARCH_2026, 10)),
            kota, tobacco, province, KOTA_2026);
    List<Enrollment> enrollments = trained(Y2025, MARCH_2025, 1, 10);
    enrollments.addAll(trained(TOBACCO, JUNE_2025, 11, 5));
    ProgramIndicators ind = compute(p, LocalDate.of(2025, 12, 31), enrollments);

    FundingCost dbhcht = ind.cost(FundingSource.DBHCHT).orElseThrow();
    assertEquals(5, dbhcht.participants());
    assertEquals(Optional.of(Rupiah.ofMillions(6)), dbhcht.perParticipant());
    // Rp 15,000,001 over 10 and 5 seats: 10,000,000.67 and 5,000,000.33; the rupiah left goes to
    // the larger remainder
    Map<CohortId, FundingCost> byCohort = ind.costsByCohort();
    assertEquals(Optional.of(Rupiah.of(110_000_001)), byCohort.get(Y2025).funding());
    assertEquals(Optional.of(Rupiah.of(35_000_000)), byCohort.get(TOBACCO).funding());
    assertEquals(Optional.of(Rupiah.ofMillions(7)), byCohort.get(TOBACCO).perParticipant());
    assertEquals(Optional.of(Rupiah.ofMillions(35).dividedBy(4, FundingCost.ROUNDING)),
        byCohort.get(TOBACCO).perCompleter());
    assertEquals(Optional.of(Rupiah.of(145_000_001)), ind.totalCost().funding());
    assertEquals(15, ind.totalCost().participants());
    Rupiah sum = Rupiah.sum(byCohort.values().stream().map(c -> c.funding().orElseThrow())::iterator);
    assertEquals(ind.totalCost().funding().orElseThrow(), sum);
    // the unknown 2026 line is not yet begun; the known total stays known
    assertTrue(ind.cost(FundingSource.APBD_KABUPATEN_KOTA).orElseThrow().funding().isPresent());
  }

  @Test
  void an_unknown_amount_makes_the_cost_of_every_cohort_it_pays_for_unknown() {
    TrainingProgram p =
        program(
            List.of(cohort(Y2025, MARCH_2025, 10), cohort(TOBACCO, JUNE_2025, 5)),
            kotaNaming(Y2025),
            Funding.of(FundingSource.DBHCHT, 2025));
    ProgramIndicators ind = compute(p, LocalDate.of(2025, 12, 31), trained(Y2025, MARCH_2025, 1, 10));
    assertEquals(Optional.empty(), ind.costsByCohort().get(Y2025).funding());
    assertEquals(Optional.empty(), ind.costsByCohort().get(TOBACCO).funding());
    assertEquals(Optional.empty(), ind.totalCost().funding());
    assertEquals(Optional.empty(), ind.costsByFiscalYear().get(2025).perParticipant());
  }

  @Test
  void before_its_first_fiscal_year_a_program_has_no_funding_counted() {
    TrainingProgram p = program(List.of(cohort(Y2025, MARCH_2025, 10), cohort(Y2026, MARCH_2026, 10)),
        KOTA_2025, KOTA_2026);
    ProgramIndicators ind = compute(p, LocalDate.of(2024, 12, 31), List.of());
    assertEquals(Optional.of(Rupiah.ZERO), ind.totalCost().funding());
    assertEquals(1, ind.costs().size());
    assertTrue(ind.costsByFiscalYear().isEmpty());
    assertEquals(Optional.empty(), ind.cost(FundingSource.APBD_KABUPATEN_KOTA));
  }

  @Test
  void a_line_is_shared_in_proportion_to_seats_to_the_last_rupiah() {
    List<Cohort> three =
        List.of(cohort(Y2025, MARCH_2025, 1), cohort(TOBACCO, JUNE_2025, 1), cohort(Y2026, MARCH_2026, 1));
    assertEquals(
        ImmutableList.of(Rupiah.of(34), Rupiah.of(33), Rupiah.of(33)),
        IndicatorCalculator.share(Rupiah.of(100), three));
    assertEquals(
        ImmutableList.of(Rupiah.of(1), Rupiah.ZERO, Rupiah.ZERO),
        IndicatorCalculator.share(Rupiah.of(1), three));
    // 3 x 2/4 = 1 remainder 2, 3 x 1/4 = 0 remainder 3 twice: the two rupiah left over go to the
    // largest remainders, the last two cohorts, not to the first two.
    assertEquals(
        ImmutableList.of(Rupiah.of(1), Rupiah.of(1), Rupiah.of(1)),
        IndicatorCalculator.share(
            Rupiah.of(3),
            List.of(cohort(Y2025, MARCH_2025, 2), cohort(TOBACCO, JUNE_2025, 1), cohort(Y2026, MARCH_2026, 1))));
  }
}
