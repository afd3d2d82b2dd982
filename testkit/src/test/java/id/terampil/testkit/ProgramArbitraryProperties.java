package id.terampil.testkit;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.classification.Skills;
import id.terampil.core.eligibility.EligibilityPolicy;
import id.terampil.core.eligibility.EligibilityRule;
import id.terampil.core.identity.CohortId;
import id.terampil.core.program.Cohort;
import id.terampil.core.program.Funding;
import id.terampil.core.program.Seats;
import id.terampil.core.program.TrainingProgram;
import id.terampil.core.region.RegionCode;
import id.terampil.core.time.DateRange;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Generated programs and cohorts are valid, consistent and configured as asked. */
class ProgramArbitraryProperties {

  @Property(tries = 200)
  void programsAreConsistent(@ForAll TrainingProgram program) {
    DateRange year =
        DateRange.ofClosed(LocalDate.of(program.fiscalYear(), 1, 1), LocalDate.of(program.fiscalYear(), 12, 31));
    Set<CohortId> ids = program.cohorts().stream().map(Cohort::id).collect(Collectors.toSet());
    RegionCode organizerRegion = program.organizer().region();
    assertAll(
        () -> assertTrue(year.encloses(program.period()), "period in the fiscal year"),
        () -> assertTrue(program.cohorts().size() >= 1 && program.cohorts().size() <= 5),
        () -> assertEquals(program.cohorts().size(), ids.size(), "unique cohort ids"),
        () ->
            assertTrue(
                program.cohorts().stream().allMatch(c -> program.period().encloses(c.period()))),
        () ->
            assertTrue(
                program.funding().stream().allMatch(f -> f.fiscalYear() == program.fiscalYear())),
        () ->
            assertTrue(
                program.cohorts().stream()
                    .flatMap(c -> c.regionsServed().stream())
                    .allMatch(organizerRegion::contains),
                "regions served lie in the organizer's region"),
        () ->
            assertTrue(
                program.cohorts().stream()
                    .allMatch(
                        c ->
                            program
                                .admission(c.id())
                                .regionsServed()
                                .equals(
                                    c.regionsServed().isEmpty()
                                        ? program.regionsServed()
                                        : c.regionsServed())),
                "a cohort's admission serves its own regions, else the program's"));
  }

  @Property(tries = 10)
  void configuredProgramsHaveTheCohortsSeatsYearAndPolicyAsked(
      @ForAll("twentySevenCohortsOfForty") TrainingProgram program) {
    assertEquals(27, program.cohorts().size());
    assertTrue(program.cohorts().stream().allMatch(c -> c.seats().equals(Seats.exactly(40))));
    assertEquals(Seats.exactly(27 * 40), program.totalSeats());
    assertEquals(2024, program.fiscalYear());
    assertEquals(2024, program.period().start().getYear());
    assertEquals(2024, program.period().endInclusive().getYear());
    assertEquals(POLICY, program.eligibility().orElseThrow());
  }

  private static final EligibilityPolicy POLICY =
      EligibilityPolicy.of(EligibilityRule.productiveAge());

  @Provide
  Arbitrary<TrainingProgram> twentySevenCohortsOfForty() {
    return TerampilArbitraries.programs()
        .withCohorts(27)
        .seatsPerCohort(40)
        .fiscalYear(2024)
        .withEligibility(POLICY);
  }

  @Property(tries = 50)
  void cohortRangesAreRespected(@ForAll("twoToThreeCohorts") TrainingProgram program) {
    assertTrue(program.cohorts().size() >= 2 && program.cohorts().size() <= 3);
  }

  @Provide
  Arbitrary<TrainingProgram> twoToThreeCohorts() {
    return TerampilArbitraries.programs().withCohorts(2, 3);
  }

  @Property(tries = 200)
  void cohortsAreValidAndConfigured(@ForAll("cohortsIn2024") Cohort cohort) {
    assertTrue(WINDOW.encloses(cohort.period()));
    assertEquals(Seats.exactly(12), cohort.seats());
    assertTrue(cohort.regionsServed().stream().allMatch(PEKALONGAN::contains));
    assertTrue(cohort.skills().size() >= 1 && cohort.skills().size() <= 2);
  }

  private static final DateRange WINDOW = DateRange.ofClosed(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 10));
  private static final RegionCode PEKALONGAN = RegionCode.parse("33.75");

  @Provide
  Arbitrary<Cohort> cohortsIn2024() {
    return TerampilArbitraries.cohorts().within(WINDOW).seats(12).servingWithin(PEKALONGAN);
  }

  @Property(tries = 100)
  void fundingLinesOfAFiscalYear(@ForAll("funding2023") Funding funding) {
    assertEquals(2023, funding.fiscalYear());
    assertTrue(funding.amount().map(a -> !a.isZero()).orElse(true));
  }

  @Provide
  Arbitrary<Funding> funding2023() {
    return TerampilArbitraries.funding().fiscalYear(2023);
  }

  @Example
  void partsAreGenerated() {
    assertTrue(TerampilArbitraries.organizers().sampleStream().limit(50).allMatch(o -> !o.name().isBlank()));
    assertTrue(TerampilArbitraries.venues().sampleStream().limit(50).allMatch(v -> !v.name().isBlank()));
    assertTrue(
        TerampilArbitraries.instructors().sampleStream().limit(50).map(i -> i.affiliation()).distinct().count() > 1);
  }

  @Example
  void skillsDefaultToTheCatalogueAndMixInSyntheticOnRequest() {
    List<String> catalogue = Skills.all().stream().map(s -> s.labelId()).collect(Collectors.toList());
    assertTrue(
        TerampilArbitraries.skills().sampleStream().limit(200).allMatch(s -> catalogue.contains(s.labelId())));
    assertTrue(
        TerampilArbitraries.skills()
            .withSynthetic()
            .sampleStream()
            .limit(200)
            .anyMatch(s -> !catalogue.contains(s.labelId())));
  }

  @Example
  void singleDayCohortsAreFrequent() {
    long singleDay =
        Samples.list(TerampilArbitraries.programs(), 500, 5L).stream()
            .flatMap(p -> p.cohorts().stream())
            .filter(c -> c.period().days() == 1)
            .count();
    assertTrue(singleDay >= 40, "single-day cohorts: " + singleDay);
  }

  @Example
  void rejectsInvalidConfigurations() {
    ProgramArbitrary programs = TerampilArbitraries.programs();
    assertAll(
        () -> assertThrows(IllegalArgumentException.class, () -> programs.withCohorts(0)),
        () -> assertThrows(IllegalArgumentException.class, () -> programs.withCohorts(1001)),
        () -> assertThrows(IllegalArgumentException.class, () -> programs.withCohorts(3, 2)),
        () -> assertThrows(IllegalArgumentException.class, () -> programs.seatsPerCohort(0)),
        () -> assertThrows(IllegalArgumentException.class, () -> programs.fiscalYear(1900)),
        () -> assertThrows(NullPointerException.class, () -> programs.withEligibility(null)),
        () -> assertThrows(IllegalArgumentException.class, () -> TerampilArbitraries.cohorts().seats(-1)),
        () -> assertThrows(IllegalArgumentException.class, () -> TerampilArbitraries.funding().fiscalYear(3000)));
  }

  @Example
  void programsAndFundingAcceptTheSameFiscalYears() {
    ProgramArbitrary programs = TerampilArbitraries.programs();
    FundingArbitrary funding = TerampilArbitraries.funding();
    assertAll(
        () -> assertEquals(1970, programs.fiscalYear(1970).sample().fiscalYear()),
        () -> assertEquals(2199, programs.fiscalYear(2199).sample().fiscalYear()),
        () -> assertEquals(1970, funding.fiscalYear(1970).sample().fiscalYear()),
        () -> assertEquals(2199, funding.fiscalYear(2199).sample().fiscalYear()),
        () -> assertThrows(IllegalArgumentException.class, () -> programs.fiscalYear(1969)),
        () -> assertThrows(IllegalArgumentException.class, () -> programs.fiscalYear(2200)),
        () -> assertThrows(IllegalArgumentException.class, () -> funding.fiscalYear(1969)),
        () -> assertThrows(IllegalArgumentException.class, () -> funding.fiscalYear(2200)));
  }

  @Example
  void configurationReturnsNewArbitraries() {
    ProgramArbitrary programs = TerampilArbitraries.programs();
    ProgramArbitrary one = programs.withCohorts(1);
    assertFalse(programs == one);
    assertTrue(Samples.list(one, 20, 1L).stream().allMatch(p -> p.cohorts().size() == 1));
    assertTrue(Samples.list(programs, 200, 2L).stream().anyMatch(p -> p.cohorts().size() > 1));
  }
}
