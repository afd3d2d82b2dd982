package id.terampil.core.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import id.terampil.core.applicant.Applicant;
import id.terampil.core.applicant.EducationLevel;
import id.terampil.core.applicant.EmploymentStatus;
import id.terampil.core.classification.Skill;
import id.terampil.core.classification.Skills;
import id.terampil.core.classification.TargetGroup;
import id.terampil.core.eligibility.EligibilityDecision;
import id.terampil.core.eligibility.EligibilityPolicy;
import id.terampil.core.eligibility.EligibilityReason;
import id.terampil.core.eligibility.EligibilityRule;
import id.terampil.core.eligibility.ParticipationHistory;
import id.terampil.core.eligibility.PastParticipation;
import id.terampil.core.eligibility.UnmetRule;
import id.terampil.core.identity.AgencyKind;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Nik;
import id.terampil.core.identity.Organizer;
import id.terampil.core.identity.PersonName;
import id.terampil.core.identity.ProgramId;
import id.terampil.core.identity.Sex;
import id.terampil.core.region.RegionCode;
import id.terampil.core.time.DateRange;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The admission of a cohort: derived from the cohort's facts and the program's, stated once. */
class AdmissionTest {

  private static final RegionCode KOTA = RegionCode.parse("33.75");
  private static final RegionCode BARAT = RegionCode.parse("33.75.01");
  private static final RegionCode KERGON = RegionCode.parse("33.75.01.1006");
  private static final RegionCode PODOSUGIH = RegionCode.parse("33.75.01.1003");
  private static final DateRange PERIOD =
      DateRange.ofClosed(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 8, 27));
  private static final LocalDate REF = LocalDate.of(2024, 6, 28);

  private static Cohort.Builder cohort(String id) {
    return cohort(id, Seats.exactly(40));
  }

  private static Cohort.Builder cohort(String id, Seats seats) {
    return Cohort.builder()
        .id(CohortId.of(id))
        .addSkills(Skills.SEWING)
        .period(DateRange.ofClosed(LocalDate.of(2024, 7, 2), LocalDate.of(2024, 7, 3)))
        .seats(seats);
  }

  private static Cohort cohortTeaching(String id, Skill skill, DateRange period) {
    return Cohort.builder()
        .id(CohortId.of(id))
        .addSkills(skill)
        .period(period)
        .seats(Seats.exactly(10))
        .build();
  }

  private static TrainingProgram.Builder program(Cohort... cohorts) {
    return TrainingProgram.builder()
        .id(ProgramId.of("PKL-DBHCHT-2024"))
        .title("Pelatihan keterampilan DBHCHT")
        .kind(ProgramKind.JOB_SKILLS)
        .organizer(Organizer.of("Dinas Perindustrian dan Tenaga Kerja", AgencyKind.DINAS, KOTA))
        .fiscalYear(2024)
        .addFunding(Funding.builder().source(FundingSource.DBHCHT).fiscalYear(2024).build())
        .period(PERIOD)
        .addCohorts(cohorts);
  }

  /** A synthetic woman born 1 January 1990, living in {@code domicile}. */
  private static Applicant.Builder person(RegionCode domicile) {
    return personWithoutNik(domicile).nik(Nik.parse("3375014101900001"));
  }

  private static Applicant.Builder personWithoutNik(RegionCode domicile) {
    return Applicant.builder()
        .name(PersonName.of("Sri Sintetis"))
        .sex(Sex.FEMALE)
        .birthDate(LocalDate.of(1990, 1, 1))
        .domicile(domicile)
        .education(EducationLevel.SMA_SMK)
        .employment(EmploymentStatus.HOMEMAKER);
  }

  private static ImmutableList<String> codes(EligibilityDecision d) {
    return d.unmet().stream().map(u -> u.code()).collect(ImmutableList.toImmutableList());
  }

  @Test
  void theCohortsRegionsServedDecideResidenceAndInheritTheProgramsWhereItStatesNone() {
    Cohort kergon = cohort("BENDAN-KERGON").addRegionsServed(KERGON).build();
    Cohort city = cohort("CITY").build();
    TrainingProgram program = program(kergon, city).addRegionsServed(BARAT).build();

    Admission own = program.admission(kergon.id());
    Admission inherited = program.admission(city.id());
    assertEquals(ImmutableSet.of(KERGON), own.regionsServed());
    assertEquals(ImmutableSet.of(BARAT), inherited.regionsServed());

    Applicant fromPodosugih = person(PODOSUGIH).build();
    EligibilityDecision refused = own.decide(fromPodosugih, REF, ParticipationHistory.empty());
    assertEquals(List.of("RESIDENCE_OUTSIDE_REGIONS"), codes(refused));
    assertEquals("33.75.01.1003", refused.unmet().get(0).parameters().get("domicile"));
    assertTrue(inherited.decide(fromPodosugih, REF, ParticipationHistory.empty()).isEligible());
    assertFalse(
        inherited
            .decide(person(RegionCode.parse("33.75.02.1002")).build(), REF, ParticipationHistory.empty())
            .isEligible(),
        "a resident of Pekalongan Timur is outside the program's Pekalongan Barat");
  }

  @Test
  void withNoRegionsAnywhereEveryResidenceIsAdmitted() {
    TrainingProgram program = program(cohort("OPEN").build()).build();
    Admission open = program.admission(CohortId.of("OPEN"));
    assertTrue(open.regionsServed().isEmpty());
    assertTrue(
        open.decide(person(RegionCode.parse("96.71.01.1001")).build(), REF, ParticipationHistory.empty())
            .isEligible());
  }

  @Test
  void requiredGroupsAreAnAndOfAnyOfSets() {
    Cohort c =
        cohort("UMK")
            .addRequiredGroups(
                GroupRequirement.anyOf(TargetGroup.MICRO_BUSINESS_OWNER, TargetGroup.SMALL_INDUSTRY_OWNER),
                GroupRequirement.anyOf(TargetGroup.COVID_AFFECTED))
            .build();
    Admission admission = program(c).build().admission(c.id());

    Applicant both =
        person(KERGON).addTargetGroups(TargetGroup.SMALL_INDUSTRY_OWNER, TargetGroup.COVID_AFFECTED).build();
    Applicant onlyMicro = person(KERGON).addTargetGroups(TargetGroup.MICRO_BUSINESS_OWNER).build();
    Applicant none = person(KERGON).build();

    assertTrue(admission.decide(both, REF, ParticipationHistory.empty()).isEligible());
    assertEquals(
        List.of("TARGET_GROUP_MISSING"),
        codes(admission.decide(onlyMicro, REF, ParticipationHistory.empty())));
    assertEquals(
        List.of("TARGET_GROUP_MISSING", "TARGET_GROUP_MISSING"),
        codes(admission.decide(none, REF, ParticipationHistory.empty())),
        "each unmet condition is reported");
  }

  @Test
  void priorityGroupsNeverExclude() {
    Cohort c = cohort("SORONG").addPriorityGroups(TargetGroup.HOUSEWIFE).build();
    Admission admission = program(c).build().admission(c.id());
    Applicant housewife = person(KERGON).addTargetGroups(TargetGroup.HOUSEWIFE).build();
    Applicant other = person(KERGON).build();
    assertTrue(admission.decide(other, REF, ParticipationHistory.empty()).isEligible());
    assertTrue(admission.hasPriority(housewife));
    assertFalse(admission.hasPriority(other));
  }

  @Test
  void theCohortOverrideReplacesTheProgramRuleOfTheSameKindAndKeepsTheOthers() {
    Cohort young = cohort("YOUNG").eligibilityOverride(EligibilityPolicy.of(EligibilityRule.ageBetween(18, 30))).build();
    Cohort plain = cohort("PLAIN").build();
    TrainingProgram program =
        program(young, plain)
            .eligibility(
                EligibilityPolicy.of(
                    EligibilityRule.productiveAge(),
                    EligibilityRule.notTrainedInSameSkillWithin(2)))
            .build();

    assertEquals(
        List.of(
            EligibilityRule.notTrainedInSameSkillWithin(2),
            EligibilityRule.ageBetween(18, 30),
            EligibilityRule.notEnrolledInOverlappingCohort()),
        program.admission(young.id()).policy().rules());
    assertEquals(
        List.of(
            EligibilityRule.productiveAge(),
            EligibilityRule.notTrainedInSameSkillWithin(2),
            EligibilityRule.notEnrolledInOverlappingCohort()),
        program.admission(plain.id()).policy().rules());
    assertEquals(
        List.of("AGE_ABOVE_MAX"),
        codes(program.admission(young.id()).decide(person(KERGON).build(), REF, ParticipationHistory.empty())),
        "34 years old at the reference date");
  }

  @Test
  void nobodyTakesTwoSeatsAtOnceEvenWithoutAStatedRule() {
    Cohort c = cohort("C").build();
    Admission admission = program(c).build().admission(c.id());
    ParticipationHistory elsewhere =
        ParticipationHistory.of(
            PastParticipation.of(
                CohortId.of("OTHER"),
                DateRange.ofClosed(LocalDate.of(2024, 7, 3), LocalDate.of(2024, 7, 10)),
                ImmutableSet.of(Skills.WELDING),
                false));
    assertEquals(
        List.of("OVERLAPPING_ENROLLMENT"), codes(admission.decide(person(KERGON).build(), REF, elsewhere)));
  }

  @Test
  void aRoleTheCohortDoesNotAdmitIsReportedFirstBesideEveryOtherReason() {
    Cohort managers =
        cohort("SENTRA")
            .addParticipantRoles(ParticipantRole.CENTRE_MANAGER, ParticipantRole.COACH)
            .intake(Intake.NOMINATION)
            .addRegionsServed(BARAT)
            .build();
    Admission admission = program(managers).build().admission(managers.id());
    Applicant outsider = person(RegionCode.parse("33.75.02.1002")).build();

    EligibilityDecision asCitizen = admission.decide(outsider, REF, ParticipationHistory.empty());
    assertEquals(List.of("ROLE_NOT_ADMITTED", "RESIDENCE_OUTSIDE_REGIONS"), codes(asCitizen));
    assertEquals("CITIZEN_APPLICANT", asCitizen.unmet().get(0).parameters().get("role"));
    assertEquals("CENTRE_MANAGER,COACH", asCitizen.unmet().get(0).parameters().get("roles"));
    assertEquals(
        EligibilityReason.ROLE_NOT_ADMITTED, asCitizen.unmet().get(0).reason());

    assertTrue(
        admission
            .decide(person(KERGON).build(), ParticipantRole.COACH, REF, ParticipationHistory.empty())
            .isEligible());
  }

  @Test
  void aPolicyThatRestatesResidenceOrTargetGroupsIsRefusedNamingTheCohortAndTheFact() {
    IllegalArgumentException residence =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                cohort("BENDAN-KERGON")
                    .eligibilityOverride(EligibilityPolicy.of(EligibilityRule.residentOf(KERGON)))
                    .build());
    assertTrue(residence.getMessage().contains("BENDAN-KERGON"), residence.getMessage());
    assertTrue(residence.getMessage().contains("residence"), residence.getMessage());

    IllegalArgumentException groups =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                program(cohort("C").build())
                    .eligibility(EligibilityPolicy.of(EligibilityRule.memberOfAny(TargetGroup.HOUSEWIFE)))
                    .build());
    assertTrue(groups.getMessage().contains("PKL-DBHCHT-2024"), groups.getMessage());
    assertTrue(groups.getMessage().contains("target groups"), groups.getMessage());

    assertThrows(
        IllegalArgumentException.class,
        () ->
            program(cohort("C").build())
                .eligibility(EligibilityPolicy.of(EligibilityRule.waive(EligibilityRule.Residence.class)))
                .build(),
        "a waiver of residence restates residence too");
    IllegalArgumentException waiver =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                cohort("C")
                    .eligibilityOverride(EligibilityPolicy.of(EligibilityRule.waive(EligibilityRule.Residence.class)))
                    .build());
    assertTrue(waiver.getMessage().contains("must not state residence"), waiver.getMessage());
    Cohort waivesAge =
        cohort("C").eligibilityOverride(EligibilityPolicy.of(EligibilityRule.waive(EligibilityRule.Age.class))).build();
    assertEquals(
        List.of(EligibilityRule.waive(EligibilityRule.Age.class)),
        waivesAge.eligibilityOverride().orElseThrow().rules(),
        "a waiver of another rule states no admission fact");
  }

  @Test
  void anUnknownCohortHasNoAdmission() {
    TrainingProgram program = program(cohort("C").build()).build();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> program.admission(CohortId.of("NOPE")));
    assertTrue(e.getMessage().contains("NOPE"), e.getMessage());
  }

  @Test
  void theSeatRuleCountsTheHardCapacity() {
    Seats sixteen = Seats.between(10, 16);
    assertTrue(sixteen.hasRoomAfter(0));
    assertTrue(sixteen.hasRoomAfter(15));
    assertFalse(sixteen.hasRoomAfter(16));
    assertFalse(sixteen.hasRoomAfter(17));
    assertThrows(IllegalArgumentException.class, () -> sixteen.hasRoomAfter(-1));
  }

  private static Applicant personWithNik(String nik, RegionCode domicile) {
    return personWithoutNik(domicile).nik(Nik.parse(nik)).build();
  }

  @Test
  void nomineesAreCheckedAndSeatedInListOrderUpToTheSeats() {
    Cohort sentra =
        cohort("SENTRA-SAGU", Seats.between(1, 2))
            .intake(Intake.NOMINATION)
            .addParticipantRoles(ParticipantRole.CENTRE_MANAGER, ParticipantRole.COACH)
            .build();
    Admission admission = program(sentra).build().admission(sentra.id());
    Nomination manager =
        Nomination.of(personWithNik("3375010101900001", KERGON), ParticipantRole.CENTRE_MANAGER);
    Nomination citizen =
        Nomination.of(personWithNik("3375010101900002", KERGON), ParticipantRole.CITIZEN_APPLICANT);
    Nomination coach =
        Nomination.of(personWithNik("3375010101900003", KERGON), ParticipantRole.COACH);
    Nomination managerAgain =
        Nomination.of(personWithNik("3375010101900001", KERGON), ParticipantRole.COACH);
    Nomination lateCoach =
        Nomination.of(personWithNik("3375010101900004", KERGON), ParticipantRole.COACH);

    List<NominationOutcome> outcomes =
        admission.nominate(
            List.of(manager, citizen, coach, managerAgain, lateCoach), REF, java.util.Map.of());

    assertEquals(
        List.of(
            NominationOutcome.Status.ADMITTED,
            NominationOutcome.Status.INELIGIBLE,
            NominationOutcome.Status.ADMITTED,
            NominationOutcome.Status.DUPLICATE_NIK,
            NominationOutcome.Status.NO_SEAT),
        outcomes.stream().map(NominationOutcome::status).collect(ImmutableList.toImmutableList()));
    assertEquals(List.of("ROLE_NOT_ADMITTED"), codes(outcomes.get(1).decision()));
    assertEquals(manager, outcomes.get(0).nomination());
    assertEquals(sentra.id(), outcomes.get(0).cohort());
    assertTrue(outcomes.get(0).isAdmitted());
    assertFalse(outcomes.get(4).isAdmitted());
  }

  @Test
  void aNomineeInAnOverlappingCohortIsRefused() {
    Cohort sentra =
        cohort("SENTRA").intake(Intake.NOMINATION).addParticipantRoles(ParticipantRole.COACH).build();
    Admission admission = program(sentra).build().admission(sentra.id());
    Applicant coach = personWithNik("3375010101900003", KERGON);
    ParticipationHistory busy =
        ParticipationHistory.of(
            PastParticipation.of(
                CohortId.of("ELSEWHERE"), sentra.period(), ImmutableSet.of(Skills.WELDING), false));
    List<NominationOutcome> outcomes =
        admission.nominate(
            List.of(Nomination.of(coach, ParticipantRole.COACH)), REF, java.util.Map.of(coach.nik(), busy));
    assertEquals(NominationOutcome.Status.INELIGIBLE, outcomes.get(0).status());
    assertEquals(List.of("OVERLAPPING_ENROLLMENT"), codes(outcomes.get(0).decision()));
  }

  @Test
  void aCohortOpenToRegistrationTakesNoNominations() {
    Cohort open = cohort("OPEN").build();
    Admission admission = program(open).build().admission(open.id());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> admission.nominate(List.of(), REF, java.util.Map.of()));
    assertTrue(e.getMessage().contains("OPEN"), e.getMessage());
  }

  @Test
  void anotherCohortOfTheProgramTeachingTheSameSkillIsARepeatUnderTheSameSkillRule() {
    Cohort a1 = cohort("JAHIT-A1").build();
    Cohort a2 =
        cohortTeaching(
            "JAHIT-A2",
            Skills.SEWING,
            DateRange.ofClosed(LocalDate.of(2024, 8, 5), LocalDate.of(2024, 8, 6)));
    Cohort other =
        cohortTeaching(
            "LAS-A3",
            Skills.WELDING,
            DateRange.ofClosed(LocalDate.of(2024, 8, 12), LocalDate.of(2024, 8, 13)));
    TrainingProgram withRule =
        program(a1, a2, other)
            .eligibility(EligibilityPolicy.of(EligibilityRule.notTrainedInSameSkillWithin(2)))
            .build();
    Applicant sri = person(KERGON).build();
    Admission admission = withRule.admission(a1.id());
    List<String> reported =
        admission.sameSkillInOtherCohorts(sri, REF, List.of(a2.id(), other.id())).stream()
            .map(u -> u.code() + u.parameters())
            .toList();
    assertEquals(
        List.of(
            "RECENTLY_TRAINED_SAME_SKILL{skill="
                + Skills.SEWING.code()
                + ", cohort=JAHIT-A2, trainedUntil=2024-08-06, years=2}"),
        reported);
    assertEquals(List.of(), admission.sameSkillInOtherCohorts(sri, REF, List.of(other.id())));
    // Without the rule, the program does not mind repeats.
    assertEquals(
        List.of(),
        program(a1, a2).build().admission(a1.id()).sameSkillInOtherCohorts(sri, REF, List.of(a2.id())));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> admission.sameSkillInOtherCohorts(sri, REF, List.of(CohortId.of("NOPE"))));
    assertEquals("program PKL-DBHCHT-2024 has no cohort NOPE", e.getMessage());
  }

  @Test
  void aParticipationEndedWithoutCompletionDoesNotCountButOneNotEndedDoes() {
    Cohort a1 = cohort("JAHIT-A1").build();
    TrainingProgram withRule =
        program(a1)
            .eligibility(EligibilityPolicy.of(EligibilityRule.notTrainedInSameSkillWithin(1)))
            .build();
    Applicant sri = person(KERGON).build();
    PastParticipation droppedOut =
        PastParticipation.of(
            CohortId.of("JAHIT-2023"),
            DateRange.ofClosed(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 5)),
            List.of(Skills.SEWING),
            false);
    PastParticipation underWay =
        PastParticipation.of(
            CohortId.of("JAHIT-LAIN"),
            DateRange.ofClosed(LocalDate.of(2024, 6, 1), REF),
            List.of(Skills.SEWING),
            false);
    Admission admission = withRule.admission(a1.id());
    assertTrue(admission.decide(sri, REF, ParticipationHistory.of(droppedOut)).isEligible());
    assertEquals(
        List.of(EligibilityReason.RECENTLY_TRAINED_SAME_SKILL),
        admission.decide(sri, REF, ParticipationHistory.of(underWay)).reasons().asList());
  }

  @Test
  void anAdmissionNamesItsProgramCohortRolesAndPolicy() {
    Cohort c = cohort("SENTRA").intake(Intake.NOMINATION).addParticipantRoles(ParticipantRole.COACH).build();
    TrainingProgram program = program(c).build();
    Admission admission = program.admission(c.id());
    assertEquals(program, admission.program());
    assertEquals(c, admission.cohort());
    assertEquals(
        "Admission{cohort=SENTRA, roles=[COACH], policy=" + admission.policy() + "}",
        admission.toString());
  }

  @Test
  void otherCohortsAreJudgedOnlyByTheSameSkillRule() {
    Cohort a1 = cohort("JAHIT-A1").build();
    Cohort overlapping = cohortTeaching("LAS-A2", Skills.WELDING, a1.period());
    TrainingProgram program =
        program(a1, overlapping)
            .eligibility(
                EligibilityPolicy.of(
                    EligibilityRule.ageBetween(18, 30), EligibilityRule.notTrainedInSameSkillWithin(2)))
            .build();
    Admission admission = program.admission(a1.id());
    Applicant tooOld = person(KERGON).build();
    assertEquals(
        List.of("AGE_ABOVE_MAX"), codes(admission.decide(tooOld, REF, ParticipationHistory.empty())));
    assertEquals(
        List.of(),
        admission.sameSkillInOtherCohorts(tooOld, REF, List.of(overlapping.id())),
        "neither the age rule nor the overlap with another skill's cohort is a repeat");
  }

  @Test
  void anOutcomeIsIneligibleExactlyWhenItsDecisionIs() {
    CohortId id = CohortId.of("SENTRA");
    Nomination coach = Nomination.of(personWithNik("3375010101900003", KERGON), ParticipantRole.COACH);
    EligibilityDecision refused =
        EligibilityDecision.of(List.of(UnmetRule.of(EligibilityReason.ROLE_NOT_ADMITTED, Map.of())));
    IllegalArgumentException admittedButRefused =
        assertThrows(
            IllegalArgumentException.class,
            () -> new NominationOutcome(id, coach, NominationOutcome.Status.ADMITTED, refused));
    assertEquals(
        "a decision is ineligible exactly for INELIGIBLE: ADMITTED", admittedButRefused.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new NominationOutcome(
                id, coach, NominationOutcome.Status.INELIGIBLE, EligibilityDecision.eligible()));
  }

  @Test
  void outcomesAreEqualInEveryPartAndShowTheMaskedNikAndAnyUnmetRule() {
    Nomination coach = Nomination.of(personWithNik("3375010101900003", KERGON), ParticipantRole.COACH);
    Nomination manager =
        Nomination.of(personWithNik("3375010101900003", KERGON), ParticipantRole.CENTRE_MANAGER);
    EligibilityDecision eligible = EligibilityDecision.eligible();
    EligibilityDecision roleRefused =
        EligibilityDecision.of(List.of(UnmetRule.of(EligibilityReason.ROLE_NOT_ADMITTED, Map.of())));
    EligibilityDecision overlapRefused =
        EligibilityDecision.of(
            List.of(UnmetRule.of(EligibilityReason.OVERLAPPING_ENROLLMENT, Map.of())));
    NominationOutcome admitted =
        new NominationOutcome(CohortId.of("A-1"), coach, NominationOutcome.Status.ADMITTED, eligible);
    NominationOutcome refused =
        new NominationOutcome(
            CohortId.of("A-1"), coach, NominationOutcome.Status.INELIGIBLE, roleRefused);
    List<NominationOutcome> outcomes =
        List.of(
            admitted,
            new NominationOutcome(CohortId.of("A-2"), coach, NominationOutcome.Status.ADMITTED, eligible),
            new NominationOutcome(CohortId.of("A-1"), manager, NominationOutcome.Status.ADMITTED, eligible),
            new NominationOutcome(CohortId.of("A-1"), coach, NominationOutcome.Status.NO_SEAT, eligible),
            refused,
            new NominationOutcome(
                CohortId.of("A-1"), coach, NominationOutcome.Status.INELIGIBLE, overlapRefused));
    for (int i = 0; i < outcomes.size(); i++) {
      for (int j = 0; j < outcomes.size(); j++) {
        assertEquals(i == j, outcomes.get(i).equals(outcomes.get(j)), i + " against " + j);
      }
    }
    assertEquals(outcomes.size(), outcomes.stream().map(NominationOutcome::hashCode).distinct().count());
    NominationOutcome same =
        new NominationOutcome(CohortId.of("A-1"), coach, NominationOutcome.Status.ADMITTED, eligible);
    assertEquals(admitted, same);
    assertEquals(admitted.hashCode(), same.hashCode());
    assertNotEquals(admitted, coach);
    assertEquals(
        "NominationOutcome{A-1, Nomination{nik=3375********0003, role=COACH}, ADMITTED}",
        admitted.toString());
    assertEquals(
        "NominationOutcome{A-1, Nomination{nik=3375********0003, role=COACH}, INELIGIBLE, "
            + "INELIGIBLE[ROLE_NOT_ADMITTED{}]}",
        refused.toString());
  }

  @Test
  void nominationsAreEqualInPersonAndRole() {
    Applicant sri = personWithNik("3375010101900003", KERGON);
    Nomination coach = Nomination.of(sri, ParticipantRole.COACH);
    List<Nomination> nominations =
        List.of(
            coach,
            Nomination.of(sri, ParticipantRole.CENTRE_MANAGER),
            Nomination.of(personWithNik("3375010101900004", KERGON), ParticipantRole.COACH));
    for (int i = 0; i < nominations.size(); i++) {
      for (int j = 0; j < nominations.size(); j++) {
        assertEquals(i == j, nominations.get(i).equals(nominations.get(j)), i + " against " + j);
      }
    }
    assertEquals(nominations.size(), nominations.stream().map(Nomination::hashCode).distinct().count());
    Nomination same = Nomination.of(personWithNik("3375010101900003", KERGON), ParticipantRole.COACH);
    assertEquals(coach, same);
    assertEquals(coach.hashCode(), same.hashCode());
    assertNotEquals(coach, sri);
  }
}
