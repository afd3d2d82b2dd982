package id.terampil.core.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import id.terampil.core.applicant.Applicant;
import id.terampil.core.applicant.Application;
import id.terampil.core.applicant.EducationLevel;
import id.terampil.core.applicant.EmploymentStatus;
import id.terampil.core.classification.Skills;
import id.terampil.core.classification.TargetGroup;
import id.terampil.core.eligibility.EligibilityPolicy;
import id.terampil.core.eligibility.EligibilityRule;
import id.terampil.core.identity.AgencyKind;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Nik;
import id.terampil.core.identity.Organizer;
import id.terampil.core.identity.PersonName;
import id.terampil.core.identity.ProgramId;
import id.terampil.core.identity.Sex;
import id.terampil.core.program.Cohort;
import id.terampil.core.program.Funding;
import id.terampil.core.program.FundingSource;
import id.terampil.core.program.GroupRequirement;
import id.terampil.core.program.Intake;
import id.terampil.core.program.ParticipantRole;
import id.terampil.core.program.ProgramKind;
import id.terampil.core.program.Seats;
import id.terampil.core.program.TrainingProgram;
import id.terampil.core.region.RegionCode;
import id.terampil.core.time.DateRange;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Selection run on a program: seats, admission and priority all come from its cohorts. */
class ProgramSelectionTest {

  private static final ProgramId PROGRAM = ProgramId.of("PKL-BATIK-2025");
  private static final CohortId KERGON = CohortId.of("BENDAN-KERGON");
  private static final CohortId PODOSUGIH = CohortId.of("PODOSUGIH");
  private static final CohortId SENTRA = CohortId.of("SENTRA");
  private static final RegionCode KERGON_VILLAGE = RegionCode.parse("33.75.01.1006");
  private static final RegionCode PODOSUGIH_VILLAGE = RegionCode.parse("33.75.01.1003");
  private static final DateRange PERIOD = DateRange.ofClosed(LocalDate.of(2025, 7, 7), LocalDate.of(2025, 7, 18));
  private static final LocalDate REF = LocalDate.of(2025, 7, 1);

  private static Cohort.Builder cohort(CohortId id, RegionCode village, int seats) {
    return Cohort.builder()
        .id(id)
        .addSkills(Skills.SEWING)
        .period(PERIOD)
        .seats(Seats.exactly(seats))
        .addRegionsServed(village);
  }

  private static TrainingProgram program(Cohort... cohorts) {
    return TrainingProgram.builder()
        .id(PROGRAM)
        .title("Pelatihan membatik")
        .kind(ProgramKind.JOB_SKILLS)
        .organizer(Organizer.of("Dinas Tenaga Kerja", AgencyKind.DINAS, RegionCode.parse("33.75")))
        .fiscalYear(2025)
        .addFunding(Funding.builder().source(FundingSource.APBD_KABUPATEN_KOTA).fiscalYear(2025).build())
        .period(PERIOD)
        .eligibility(EligibilityPolicy.of(EligibilityRule.productiveAge()))
        .addCohorts(cohorts)
        .build();
  }

  /** A synthetic applicant, the n-th, living in {@code village}. */
  private static Application app(int n, RegionCode village, CohortId... choices) {
    return app(n, village, List.of(), choices);
  }

  private static Application app(
      int n, RegionCode village, List<TargetGroup> groups, CohortId... choices) {
    Applicant a =
        Applicant.builder()
            .nik(Nik.parse(String.format("337501410190%04d", n + 1)))
            .name(PersonName.of("Peserta Sintetis"))
            .sex(Sex.FEMALE)
            .birthDate(LocalDate.of(1990, 1, 1))
            .domicile(village)
            .education(EducationLevel.SMA_SMK)
            .employment(EmploymentStatus.HOMEMAKER)
            .addAllTargetGroups(groups)
            .build();
    return Application.builder()
        .applicant(a)
        .program(PROGRAM)
        .addCohortChoices(choices)
        .registeredAt(LocalDateTime.of(2025, 6, 1, 8, 0).plusMinutes(n))
        .build();
  }

  @Test
  void theCohortsSeatsAreTheCapacity() {
    TrainingProgram program = program(cohort(KERGON, KERGON_VILLAGE, 2).build());
    List<Application> apps = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      apps.add(app(i, KERGON_VILLAGE, KERGON));
    }
    SelectionResult result = SelectionPolicy.builder().build().select(program, REF, apps);
    assertEquals(2, result.selected().size());
    assertEquals(3, result.waitlisted().size());
  }

  @Test
  void aPolicyMayLowerTheSeatsButNeverRaiseThem() {
    TrainingProgram program = program(cohort(KERGON, KERGON_VILLAGE, 16).build());
    SelectionPolicy lower = SelectionPolicy.builder().putSeatsPerCohort(KERGON, 10).build();
    assertEquals(ImmutableMap.of(KERGON, 10), lower.seatsIn(program));

    SelectionPolicy raise = SelectionPolicy.builder().putSeatsPerCohort(KERGON, 20).build();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> raise.select(program, REF, List.of()));
    assertTrue(e.getMessage().contains("BENDAN-KERGON"), e.getMessage());
    assertTrue(e.getMessage().contains("20") && e.getMessage().contains("16"), e.getMessage());

    SelectionPolicy unknown = SelectionPolicy.builder().putSeatsPerCohort(CohortId.of("NOPE"), 1).build();
    assertThrows(IllegalArgumentException.class, () -> unknown.seatsIn(program));
  }

  @Test
  void aPolicyMayKeepEverySeatAndReserveThemAllButNoMore() {
    TrainingProgram program = program(cohort(KERGON, KERGON_VILLAGE, 16).build());
    SelectionPolicy all =
        SelectionPolicy.builder()
            .putSeatsPerCohort(KERGON, 16)
            .addReservations(TargetGroupReservation.of(TargetGroup.YOUTH, 16))
            .build();
    assertEquals(ImmutableMap.of(KERGON, 16), all.seatsIn(program));

    SelectionPolicy tooMany =
        SelectionPolicy.builder().addReservations(TargetGroupReservation.of(TargetGroup.YOUTH, 17)).build();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> tooMany.seatsIn(program));
    assertEquals(
        "reserved seats must not exceed the 16 seats of program PKL-BATIK-2025: 17", e.getMessage());
  }

  @Test
  void aResidentOfAnotherKelurahanIsNotSeatedInAOneKelurahanCohort() {
    TrainingProgram program = program(cohort(KERGON, KERGON_VILLAGE, 5).build());
    SelectionResult result =
        SelectionPolicy.builder()
            .build()
            .select(program, REF, List.of(app(1, PODOSUGIH_VILLAGE, KERGON), app(2, KERGON_VILLAGE, KERGON)));
    SelectionOutcome outsider = result.all().stream().filter(o -> o.application().applicant().domicile().equals(PODOSUGIH_VILLAGE)).findFirst().orElseThrow();
    assertEquals(SelectionReason.INELIGIBLE, outsider.reason());
    assertEquals("RESIDENCE_OUTSIDE_REGIONS", outsider.unmet().get(0).code());
    assertEquals(1, result.selected().size());
  }

  @Test
  void eachChoiceIsJudgedByItsOwnCohort() {
    TrainingProgram program =
        program(
            cohort(KERGON, KERGON_VILLAGE, 5).build(),
            cohort(PODOSUGIH, PODOSUGIH_VILLAGE, 5).build());
    // First choice Bendan Kergon (not her kelurahan), second Podosugih (hers): seated in the second.
    Application a = app(1, PODOSUGIH_VILLAGE, KERGON, PODOSUGIH);
    SelectionResult result = SelectionPolicy.builder().build().select(program, REF, List.of(a));
    SelectionOutcome o = result.selected().get(0);
    assertEquals(PODOSUGIH, o.cohort().orElseThrow());
    assertEquals(ImmutableList.of(PODOSUGIH), o.eligibleChoices());
  }

  @Test
  void aNominatedCohortIsNotOfferedToApplicants() {
    Cohort sentra =
        cohort(SENTRA, KERGON_VILLAGE, 5)
            .intake(Intake.NOMINATION)
            .addParticipantRoles(ParticipantRole.CENTRE_MANAGER)
            .build();
    TrainingProgram program = program(sentra, cohort(KERGON, KERGON_VILLAGE, 5).build());
    SelectionResult result =
        SelectionPolicy.builder().build().select(program, REF, List.of(app(1, KERGON_VILLAGE, SENTRA)));
    assertEquals(SelectionReason.COHORT_NOT_OFFERED, result.rejected().get(0).reason());
    assertEquals(ImmutableMap.of(KERGON, 5), SelectionPolicy.builder().build().seatsIn(program));
  }

  @Test
  void requiredGroupsExcludeAndPriorityGroupsRankFirst() {
    Cohort c =
        cohort(KERGON, KERGON_VILLAGE, 1)
            .addRequiredGroups(GroupRequirement.anyOf(TargetGroup.HOUSEWIFE, TargetGroup.MICRO_BUSINESS_OWNER))
            .addPriorityGroups(TargetGroup.HOUSEWIFE)
            .build();
    TrainingProgram program = program(c);
    Application early = app(1, KERGON_VILLAGE, KERGON);
    Application micro = app(2, KERGON_VILLAGE, List.of(TargetGroup.MICRO_BUSINESS_OWNER), KERGON);
    Application housewife = app(3, KERGON_VILLAGE, List.of(TargetGroup.HOUSEWIFE), KERGON);
    SelectionResult result =
        SelectionPolicy.builder()
            .addTiers(PriorityTier.priorityGroups())
            .addTieBreakers(TieBreaker.REGISTRATION_TIME)
            .build()
            .select(program, REF, List.of(early, micro, housewife));
    assertEquals(housewife, result.selected().get(0).application(), "the housewife has priority");
    assertEquals(micro, result.waitlisted().get(0).application(), "micro-business owners may apply");
    assertEquals(SelectionReason.INELIGIBLE, result.rejected().get(0).reason(), "neither group");
  }

  @Test
  void aTierMaySeeTheReferenceDate() {
    TrainingProgram program = program(cohort(KERGON, KERGON_VILLAGE, 1).build());
    Application first = app(1, KERGON_VILLAGE, KERGON);
    Application second = app(2, KERGON_VILLAGE, KERGON);
    PriorityTier registeredLastWeek =
        PriorityTier.of(
            "LATE", (a, ref) -> a.registeredAt().toLocalDate().isAfter(ref.minusDays(31)) && a.equals(second));
    SelectionResult result =
        SelectionPolicy.builder()
            .addTiers(registeredLastWeek)
            .addTieBreakers(TieBreaker.REGISTRATION_TIME)
            .build()
            .select(program, REF, List.of(first, second));
    assertEquals(second, result.selected().get(0).application());
  }
}
