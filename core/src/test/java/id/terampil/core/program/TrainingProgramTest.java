package id.terampil.core.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import id.terampil.core.classification.Skills;
import id.terampil.core.classification.TargetGroup;
import id.terampil.core.identity.AgencyKind;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Organizer;
import id.terampil.core.identity.ProgramId;
import id.terampil.core.money.Rupiah;
import id.terampil.core.region.RegionCode;
import id.terampil.core.time.DateRange;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class TrainingProgramTest {

  private static final RegionCode KOTA = RegionCode.parse("33.75");
  private static final Organizer DINAS = Organizer.of("Dinas Contoh", AgencyKind.DINAS, KOTA);
  private static final DateRange JULY = DateRange.ofClosed(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 31));

  private static Cohort cohort(String id, int firstDay, int seats) {
    return Cohort.builder()
        .id(CohortId.of(id))
        .addSkills(Skills.COOKING)
        .period(DateRange.ofDays(LocalDate.of(2024, 7, firstDay), 2))
        .seats(Seats.exactly(seats))
        .build();
  }

  private static TrainingProgram.Builder base() {
    return base(JULY);
  }

  private static TrainingProgram.Builder base(DateRange period) {
    TrainingProgram.Builder b = TrainingProgram.builder();
    b.id(ProgramId.of("P1"))
        .title("Pelatihan contoh")
        .kind(ProgramKind.JOB_SKILLS)
        .organizer(DINAS)
        .fiscalYear(2024)
        .period(period);
    return b;
  }

  private static TrainingProgram.Builder valid() {
    return valid(JULY);
  }

  private static TrainingProgram.Builder valid(DateRange period) {
    return base(period).addFunding(Funding.of(FundingSource.DBHCHT, 2024)).addCohorts(cohort("A", 1, 40));
  }

  private static void assertRejected(String messageStart, Executable executable) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, executable);
    assertTrue(e.getMessage().startsWith(messageStart), e.getMessage());
  }

  @Test
  void buildsWithDefaults() {
    TrainingProgram program = valid().build();
    assertEquals(false, program.multiYear());
    assertTrue(program.coOrganizers().isEmpty());
    assertTrue(program.regionsServed().isEmpty());
    assertTrue(program.requiredGroups().isEmpty());
    assertTrue(program.priorityGroups().isEmpty());
    assertTrue(program.curriculum().isEmpty());
    assertEquals(ImmutableSet.of(ParticipantRole.CITIZEN_APPLICANT), program.participantRoles());
    assertEquals("TrainingProgram{id=P1, title=Pelatihan contoh, period=" + JULY + ", cohorts=1}",
        program.toString());
  }

  @Test
  void equalByValue() {
    assertEquals(valid().build(), valid().build());
    assertEquals(valid().build().hashCode(), valid().build().hashCode());
    assertNotEquals(valid().build(), valid().lastFiscalYear(2025).build());
  }

  @Test
  void rejectsNoFunding() {
    assertRejected(
        "program funding must have at least one line",
        () -> base().addCohorts(cohort("A", 1, 40)).build());
  }

  @Test
  void rejectsNoCohorts() {
    assertRejected(
        "program cohorts must not be empty",
        () -> base().addFunding(Funding.of(FundingSource.DBHCHT, 2024)).build());
  }

  @Test
  void rejectsDuplicateCohortIds() {
    assertRejected(
        "program cohorts must have unique ids: A twice",
        () -> valid().addCohorts(cohort("A", 10, 20)).build());
  }

  @Test
  void rejectsCohortsOutsideTheProgramPeriod() {
    assertRejected(
        "cohort period must lie within the program period",
        () -> valid().addCohorts(cohort("LATE", 31, 20)).build());
    Cohort early =
        Cohort.builder()
            .id(CohortId.of("EARLY"))
            .addSkills(Skills.COOKING)
            .period(DateRange.ofClosed(LocalDate.of(2024, 6, 30), LocalDate.of(2024, 7, 2)))
            .addTrainingDays(LocalDate.of(2024, 7, 1))
            .seats(Seats.exactly(20))
            .build();
    assertRejected(
        "cohort period must lie within the program period",
        () -> valid().addCohorts(early).build());
  }

  @Test
  void acceptsACohortSpanningTheWholeProgramPeriod() {
    Cohort whole =
        Cohort.builder()
            .id(CohortId.of("WHOLE"))
            .addSkills(Skills.COOKING)
            .period(JULY)
            .seats(Seats.exactly(20))
            .build();
    assertEquals(2, valid().addCohorts(whole).build().cohorts().size());
  }

  @Test
  void rejectsFundingOutsideTheProgramsFiscalYears() {
    assertRejected(
        "program funding fiscalYear must lie within the program's fiscal years 2024: APBN line of"
            + " 2023",
        () -> valid().addFunding(Funding.of(FundingSource.APBN, 2023)).build());
    assertRejected(
        "program funding fiscalYear must lie within the program's fiscal years 2024-2025: DBHCHT"
            + " line of 2028",
        () -> twoYears().addFunding(Funding.of(FundingSource.DBHCHT, 2028)).build());
    assertRejected(
        "program funding fiscalYear must lie within the program's fiscal years 2024-2025: DBHCHT"
            + " line of 2026",
        () -> twoYears().addFunding(Funding.of(FundingSource.DBHCHT, 2026)).build());
    assertRejected(
        "program funding fiscalYear must lie within the program's fiscal years 2024-2025: DBHCHT"
            + " line of 2023",
        () -> twoYears().addFunding(Funding.of(FundingSource.DBHCHT, 2023)).build());
    TrainingProgram multi = twoYears().build();
    assertTrue(multi.multiYear());
    assertEquals(DateRange.ofClosed(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31)),
        multi.fiscalPeriod());
  }

  @Test
  void rejectsAPeriodOutsideTheFiscalYearsAndAReversedLastYear() {
    DateRange intoNextYear = DateRange.ofClosed(LocalDate.of(2024, 7, 1), LocalDate.of(2025, 1, 31));
    assertRejected(
        "program period must lie within its fiscal years 2024: [2024-07-01, 2025-01-31]",
        () -> valid(intoNextYear).build());
    assertEquals(intoNextYear, valid(intoNextYear).lastFiscalYear(2025).build().period());
    assertRejected(
        "program lastFiscalYear must not be before its fiscalYear 2024: 2023",
        () -> valid().lastFiscalYear(2023).build());
    assertRejected("program lastFiscalYear must be a four-digit year", () -> valid().lastFiscalYear(2200).build());
    // A cohort outside the fiscal years is outside the program's period, which lies within them.
    assertRejected(
        "cohort period must lie within the program period",
        () -> valid().addCohorts(cohort2025("B")).build());
  }

  @Test
  void aLinePaysForTheCohortsItNamesElseThoseStartingInItsYear() {
    Funding first = Funding.of(FundingSource.APBD_KABUPATEN_KOTA, 2024);
    Funding second = Funding.of(FundingSource.APBD_KABUPATEN_KOTA, 2025);
    Funding named =
        Funding.builder().source(FundingSource.DBHCHT).fiscalYear(2024).addCohorts(CohortId.of("B")).build();
    TrainingProgram p = base(TWO_YEARS).lastFiscalYear(2025)
        .addFunding(first, second, named).addCohorts(cohort("A", 1, 40), cohort2025("B")).build();
    assertEquals(ImmutableList.of(CohortId.of("A")), ids(p.cohortsPaidBy(first)));
    assertEquals(ImmutableList.of(CohortId.of("B")), ids(p.cohortsPaidBy(second)));
    assertEquals(ImmutableList.of(CohortId.of("B")), ids(p.cohortsPaidBy(named)));
    assertRejected(
        "funding line must be a line of program P1",
        () -> p.cohortsPaidBy(Funding.of(FundingSource.CSR, 2024)));
    assertThrows(NullPointerException.class, () -> p.cohortsPaidBy(null));
  }

  @Test
  void rejectsALineNamingAForeignCohortOrPayingForNone() {
    assertRejected(
        "program funding cohorts must be cohorts of program P1: DBHCHT line of 2024 names X",
        () -> valid().addFunding(
            Funding.builder().source(FundingSource.DBHCHT).fiscalYear(2024).addCohorts(CohortId.of("X")).build())
            .build());
    assertRejected(
        "program funding line must pay for a cohort: the APBN line of 2025 names no cohort and no"
            + " cohort starts in 2025",
        () -> twoYears().addFunding(Funding.of(FundingSource.APBN, 2025)).build());
  }

  private static final DateRange TWO_YEARS =
      DateRange.ofClosed(LocalDate.of(2024, 7, 1), LocalDate.of(2025, 7, 31));

  private static Cohort cohort2025(String id) {
    return Cohort.builder()
        .id(CohortId.of(id))
        .addSkills(Skills.COOKING)
        .period(DateRange.ofDays(LocalDate.of(2025, 7, 1), 2))
        .seats(Seats.exactly(10))
        .build();
  }

  /** A 2024-2025 program whose 2024 line pays for cohort A and whose 2025 line names cohort A. */
  private static TrainingProgram.Builder twoYears() {
    return base(TWO_YEARS).lastFiscalYear(2025)
        .addFunding(Funding.of(FundingSource.DBHCHT, 2024))
        .addFunding(Funding.builder().source(FundingSource.APBN).fiscalYear(2025)
            .addCohorts(CohortId.of("A")).build())
        .addCohorts(cohort("A", 1, 40));
  }

  private static ImmutableList<CohortId> ids(ImmutableList<Cohort> cohorts) {
    return cohorts.stream().map(Cohort::id).collect(ImmutableList.toImmutableList());
  }

  @Test
  void rejectsImplausibleFiscalYearAndBlankTitle() {
    assertRejected(
        "program fiscalYear must",
        () ->
            TrainingProgram.builder()
                .id(ProgramId.of("P1"))
                .title("T")
                .kind(ProgramKind.JOB_SKILLS)
                .organizer(DINAS)
                .fiscalYear(24)
                .period(JULY)
                .addFunding(Funding.of(FundingSource.DBHCHT, 2024))
                .addCohorts(cohort("A", 1, 40))
                .build());
    assertRejected(
        "program title must not be blank",
        () ->
            TrainingProgram.builder()
                .id(ProgramId.of("P1"))
                .title(" ")
                .kind(ProgramKind.JOB_SKILLS)
                .organizer(DINAS)
                .fiscalYear(2024)
                .period(JULY)
                .addFunding(Funding.of(FundingSource.DBHCHT, 2024))
                .addCohorts(cohort("A", 1, 40))
                .build());
  }

  @Test
  void rejectsTheOrganizerAsItsOwnCoOrganizer() {
    assertRejected(
        "program coOrganizers must not include the organizer",
        () -> valid().addCoOrganizers(DINAS).build());
  }

  @Test
  void rejectsTotalsThatOverflow() {
    Cohort huge =
        Cohort.builder()
            .id(CohortId.of("HUGE"))
            .addSkills(Skills.COOKING)
            .period(JULY)
            .seats(Seats.exactly(Integer.MAX_VALUE))
            .build();
    assertRejected("program totals must fit", () -> valid().addCohorts(huge).build());
    assertRejected(
        "program totals must fit",
        () ->
            valid()
                .addFunding(Funding.of(FundingSource.APBN, 2024, Rupiah.of(Long.MAX_VALUE)))
                .addFunding(Funding.of(FundingSource.CSR, 2024, Rupiah.of(1)))
                .build());
  }

  @Test
  void derivedSeatsCohortLookupRolesAndSkills() {
    Cohort managers =
        Cohort.builder()
            .id(CohortId.of("B"))
            .addSkills(Skills.QUALITY_MANAGEMENT)
            .period(DateRange.ofDays(LocalDate.of(2024, 7, 10), 6))
            .seats(Seats.between(20, 25))
            .addParticipantRoles(ParticipantRole.COACH, ParticipantRole.CENTRE_MANAGER)
            .build();
    TrainingProgram program =
        valid()
            .addCohorts(managers)
            .addCurriculum(CurriculumModule.of(Skills.ENTREPRENEURSHIP_MANAGEMENT))
            .build();
    assertEquals(Seats.between(60, 65), program.totalSeats());
    assertEquals(Optional.of(managers), program.cohort(CohortId.of("B")));
    assertEquals(Optional.empty(), program.cohort(CohortId.of("Z")));
    assertEquals(
        ImmutableSet.of(
            ParticipantRole.CITIZEN_APPLICANT, ParticipantRole.CENTRE_MANAGER, ParticipantRole.COACH),
        program.participantRoles());
    assertEquals(
        ImmutableList.of(
            Skills.ENTREPRENEURSHIP_MANAGEMENT, Skills.COOKING, Skills.QUALITY_MANAGEMENT),
        program.skills().asList());
  }

  @Test
  void cohortTargetGroupsOverrideTheProgramsOnlyWhenGiven() {
    Cohort own =
        Cohort.builder()
            .id(CohortId.of("B"))
            .addSkills(Skills.WELDING)
            .period(JULY)
            .seats(Seats.exactly(16))
            .addRequiredGroups(GroupRequirement.anyOf(TargetGroup.LAID_OFF_WORKER))
            .addPriorityGroups(TargetGroup.HOUSEWIFE)
            .build();
    TrainingProgram program =
        valid()
            .addRequiredGroups(GroupRequirement.anyOf(TargetGroup.JOB_SEEKER))
            .addPriorityGroups(TargetGroup.YOUTH)
            .addCohorts(own)
            .build();
    Admission inherited = program.admission(CohortId.of("A"));
    assertEquals(
        ImmutableList.of(GroupRequirement.anyOf(TargetGroup.JOB_SEEKER)), inherited.requiredGroups());
    assertEquals(ImmutableSet.of(TargetGroup.YOUTH), inherited.priorityGroups());
    Admission stated = program.admission(own.id());
    assertEquals(
        ImmutableList.of(GroupRequirement.anyOf(TargetGroup.LAID_OFF_WORKER)), stated.requiredGroups());
    assertEquals(ImmutableSet.of(TargetGroup.HOUSEWIFE), stated.priorityGroups());
  }

  @Test
  void fundingTotalsAreKnownOnlyWhenEveryAmountIs() {
    TrainingProgram known =
        base()
            .addCohorts(cohort("A", 1, 40))
            .addFunding(Funding.of(FundingSource.APBD_KABUPATEN_KOTA, 2024, Rupiah.ofMillions(100)))
            .addFunding(Funding.of(FundingSource.DBHCHT, 2024, Rupiah.ofMillions(250)))
            .addFunding(Funding.of(FundingSource.DBHCHT, 2024, Rupiah.ofMillions(50)))
            .build();
    assertEquals(Optional.of(Rupiah.ofMillions(400)), known.totalFunding());
    assertEquals(Optional.of(Rupiah.ofMillions(300)), known.totalFunding(FundingSource.DBHCHT));
    assertEquals(Optional.empty(), known.totalFunding(FundingSource.CSR));
    assertEquals(2, known.fundingBySource().get(FundingSource.DBHCHT).size());
    assertEquals(
        ImmutableList.of(FundingSource.APBD_KABUPATEN_KOTA, FundingSource.DBHCHT),
        known.fundingBySource().keySet().asList());

    TrainingProgram partly =
        base()
            .addCohorts(cohort("A", 1, 40))
            .addFunding(Funding.of(FundingSource.APBD_KABUPATEN_KOTA, 2024, Rupiah.ofMillions(100)))
            .addFunding(Funding.of(FundingSource.DBHCHT, 2024))
            .build();
    assertEquals(Optional.empty(), partly.totalFunding());
    assertEquals(
        Optional.of(Rupiah.ofMillions(100)),
        partly.totalFunding(FundingSource.APBD_KABUPATEN_KOTA));
    assertEquals(Optional.empty(), partly.totalFunding(FundingSource.DBHCHT));
  }
}
