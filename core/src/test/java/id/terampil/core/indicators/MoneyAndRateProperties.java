package id.terampil.core.indicators;

import static id.terampil.core.followup.FollowUpFixtures.nik;
import static id.terampil.core.indicators.IndicatorFixtures.END;
import static id.terampil.core.indicators.IndicatorFixtures.SEWING;
import static id.terampil.core.indicators.IndicatorFixtures.completed;
import static id.terampil.core.indicators.IndicatorFixtures.program;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.attendance.Ratio;
import id.terampil.core.classification.Skills;
import id.terampil.core.enrollment.Enrollment;
import id.terampil.core.followup.Outcome;
import id.terampil.core.followup.OutcomeStatus;
import id.terampil.core.identity.CohortId;
import id.terampil.core.money.Rupiah;
import id.terampil.core.program.Cohort;
import id.terampil.core.program.Seats;
import id.terampil.core.time.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** Laws of the honest rates and of the split of a funding line among cohorts. */
class MoneyAndRateProperties {

  /**
   * Each completer has no observation (-1), or one of a status at a day offset from the 6-month
   * due date; the honest rate never exceeds the reached-only rate.
   */
  @Property(tries = 200)
  void theHonestRateIsNeverAboveTheReachedOnlyRate(
      @ForAll @Size(min = 1, max = 12) List<@IntRange(min = -1, max = 7) Integer> statuses,
      @ForAll @Size(min = 12, max = 12) List<@IntRange(min = -30, max = 120) Integer> offsets) {
    List<Enrollment> enrollments = new ArrayList<>();
    List<Outcome> outcomes = new ArrayList<>();
    LocalDate due = END.plusMonths(6);
    for (int i = 0; i < statuses.size(); i++) {
      enrollments.add(completed(nik(i + 1), SEWING));
      if (statuses.get(i) >= 0) {
        OutcomeStatus s = OutcomeStatus.values()[statuses.get(i)];
        outcomes.add(Outcome.of(nik(i + 1), 6, s, due.plusDays(offsets.get(i))));
      }
    }
    CheckpointOutcomes six =
        ProgramIndicators.compute(
                IndicatorInputs.builder()
                    .program(program())
                    .asOf(LocalDate.of(2026, 2, 1))
                    .addAllEnrollments(enrollments)
                    .addAllOutcomes(outcomes)
                    .build())
            .overall()
            .outcomesAt(6)
            .orElseThrow();
    assertEquals(statuses.size(), six.due());
    for (OutcomeStatus s : OutcomeStatus.values()) {
      if (s.isReached()) {
        assertAtMost(six.rateOverDue(s), six.rate(s));
      }
    }
    assertAtMost(six.workingOrInBusinessRateOverDue(), six.workingOrInBusinessRate());
  }

  private static void assertAtMost(Optional<Ratio> honest, Optional<Ratio> reached) {
    assertTrue(honest.isPresent());
    if (reached.isPresent()) {
      Ratio h = honest.get();
      Ratio r = reached.get();
      assertTrue(h.numerator() * r.denominator() <= r.numerator() * h.denominator(), h + " > " + r);
    } else {
      assertEquals(0, honest.get().numerator());
    }
  }

  @Property(tries = 300)
  void theSharesOfALineAddUpToItAndFollowTheSeats(
      @ForAll @LongRange(min = 1, max = Long.MAX_VALUE) long amount,
      @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 1, max = 1_000_000) Integer> seats) {
    List<Cohort> cohorts = new ArrayList<>();
    for (int i = 0; i < seats.size(); i++) {
      cohorts.add(
          Cohort.builder()
              .id(CohortId.of("C" + i))
              .addSkills(Skills.SEWING)
              .period(DateRange.ofDay(END))
              .seats(Seats.exactly(seats.get(i)))
              .build());
    }
    List<Rupiah> shares = IndicatorCalculator.share(Rupiah.of(amount), cohorts);
    assertEquals(Rupiah.of(amount), Rupiah.sum(shares));
    long total = seats.stream().mapToLong(Integer::longValue).sum();
    for (int i = 0; i < shares.size(); i++) {
      // each share is the exact proportion rounded down or up to the next rupiah
      java.math.BigInteger exact =
          java.math.BigInteger.valueOf(amount).multiply(java.math.BigInteger.valueOf(seats.get(i)));
      java.math.BigInteger floor = exact.divide(java.math.BigInteger.valueOf(total));
      long share = shares.get(i).amount();
      assertTrue(share == floor.longValueExact() || share == floor.longValueExact() + 1,
          shares + " for " + seats);
    }
  }
}
