package id.terampil.core.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.classification.Skills;
import id.terampil.core.identity.AgencyKind;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Organizer;
import id.terampil.core.identity.ProgramId;
import id.terampil.core.region.RegionCode;
import id.terampil.core.time.DateRange;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ProgramProperties {

  @Property
  void seatsParseOfToStringIsIdentity(@ForAll("seats") Seats seats) {
    assertEquals(seats, Seats.parse(seats.toString()));
  }

  @Property
  void seatsWithEqualBoundsAreExact(@ForAll @IntRange(min = 1) int n) {
    assertEquals(Seats.exactly(n), Seats.between(n, n));
    assertEquals(Integer.toString(n), Seats.between(n, n).toString());
  }

  @Property
  void seatsPlusIsCommutativeAndKeepsMinAtMostMax(
      @ForAll("seats") Seats a, @ForAll("seats") Seats b) {
    assertEquals(a.plus(b), b.plus(a));
    assertTrue(a.plus(b).min() <= a.plus(b).max());
  }

  @Property
  void identifiersParseOfToStringIsIdentity(@ForAll("ids") String text) {
    assertEquals(CohortId.parse(text), CohortId.parse(CohortId.parse(text).toString()));
    assertEquals(text, ProgramId.parse(text).toString());
  }

  @Property
  void defaultTrainingDaysAreTheWeekdaysOfThePeriod(
      @ForAll("dateRanges") DateRange period, @ForAll @IntRange(min = 1, max = 500) int seats) {
    Cohort.Builder b = cohort(period).seats(Seats.exactly(seats));
    List<LocalDate> weekdays =
        period.dates().filter(d -> d.getDayOfWeek().getValue() <= 5).toList();
    if (weekdays.isEmpty()) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
      assertTrue(e.getMessage().contains("holds no weekday"), e.getMessage());
      assertTrue(e.getMessage().endsWith("cohort C"), e.getMessage());
    } else {
      assertEquals(weekdays, List.copyOf(b.build().trainingDays()));
    }
  }

  @Property
  void aTrainingDayOutsideThePeriodIsRejected(
      @ForAll("dateRanges") DateRange period, @ForAll @IntRange(min = 1, max = 400) int offset,
      @ForAll boolean before) {
    LocalDate outside = before ? period.start().minusDays(offset) : period.endInclusive().plusDays(offset);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> cohort(period).seats(Seats.exactly(10)).addTrainingDays(outside).build());
    assertTrue(e.getMessage().startsWith("cohort trainingDays must lie within"));
  }

  @Property
  void fundingYearsMustLieWithinTheProgramsFiscalYears(
      @ForAll @IntRange(min = 2000, max = 2100) int programYear,
      @ForAll @IntRange(min = 0, max = 3) int extraYears,
      @ForAll @IntRange(min = 1995, max = 2105) int fundingYear) {
    DateRange period = DateRange.ofDays(LocalDate.of(programYear, 7, 1), 10);
    // The funding line names the cohort, so it pays for one in whichever year it falls.
    TrainingProgram.Builder b =
        program(programYear, period, fundingYear).lastFiscalYear(programYear + extraYears);
    if (fundingYear >= programYear && fundingYear <= programYear + extraYears) {
      assertEquals(fundingYear, b.build().funding().get(0).fiscalYear());
    } else {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
      assertTrue(
          e.getMessage().startsWith("program funding fiscalYear must lie within the program's"
              + " fiscal years"),
          e.getMessage());
    }
  }

  private static Cohort.Builder cohort(DateRange period) {
    Cohort.Builder b = Cohort.builder();
    b.id(CohortId.of("C")).addSkills(Skills.WELDING).period(period);
    return b;
  }

  private static TrainingProgram.Builder program(int year, DateRange period, int fundingYear) {
    TrainingProgram.Builder b = TrainingProgram.builder();
    b.id(ProgramId.of("P"))
        .title("Program")
        .kind(ProgramKind.JOB_SKILLS)
        .organizer(Organizer.of("BLK Contoh", AgencyKind.BLK, RegionCode.parse("33.75")))
        .fiscalYear(year)
        .period(period)
        .addFunding(Funding.builder().source(FundingSource.APBD_KABUPATEN_KOTA).fiscalYear(fundingYear)
            .addCohorts(CohortId.of("C")).build())
        .addCohorts(cohort(period).seats(Seats.exactly(16)).build());
    return b;
  }

  @Provide
  Arbitrary<Seats> seats() {
    Arbitrary<Integer> n = Arbitraries.integers().between(1, 1_000_000);
    return Combinators.combine(n, n)
        .as((a, b) -> Seats.between(Math.min(a, b), Math.max(a, b)));
  }

  @Provide
  Arbitrary<DateRange> dateRanges() {
    Arbitrary<LocalDate> starts =
        Arbitraries.integers()
            .between(0, 365 * 50)
            .map(d -> LocalDate.of(2000, 1, 1).plusDays(d));
    return Combinators.combine(starts, Arbitraries.integers().between(1, 120))
        .as(DateRange::ofDays);
  }

  @Provide
  Arbitrary<String> ids() {
    List<Character> rest = List.of('.', '_', '-');
    Arbitrary<Character> first =
        Arbitraries.oneOf(
            Arbitraries.chars().range('a', 'z'),
            Arbitraries.chars().range('A', 'Z'),
            Arbitraries.chars().range('0', '9'));
    Arbitrary<Character> later = Arbitraries.oneOf(first, Arbitraries.of(rest));
    return Combinators.combine(first, later.list().ofMaxSize(63))
        .as(
            (f, l) -> {
              StringBuilder sb = new StringBuilder().append(f);
              l.forEach(sb::append);
              return sb.toString();
            });
  }
}
