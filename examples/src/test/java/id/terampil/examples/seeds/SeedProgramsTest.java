package id.terampil.examples.seeds;

import static id.terampil.examples.seeds.SeedPrograms.KEC_BUKIT_BATU;
import static id.terampil.examples.seeds.SeedPrograms.KEC_RAKUMPIT;
import static id.terampil.examples.seeds.SeedPrograms.KEL_BENDAN_KERGON;
import static id.terampil.examples.seeds.SeedPrograms.KEL_PRINGREJO;
import static id.terampil.examples.seeds.SeedPrograms.KEL_SAPURO_KEBULEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import id.terampil.core.applicant.Applicant;
import id.terampil.core.applicant.Document;
import id.terampil.core.applicant.DocumentKind;
import id.terampil.core.applicant.EducationLevel;
import id.terampil.core.applicant.EmploymentStatus;
import id.terampil.core.classification.Skill;
import id.terampil.core.classification.Skills;
import id.terampil.core.classification.TargetGroup;
import id.terampil.core.eligibility.EligibilityDecision;
import id.terampil.core.eligibility.EligibilityReason;
import id.terampil.core.eligibility.ParticipationHistory;
import id.terampil.core.identity.AgencyKind;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Nik;
import id.terampil.core.identity.PersonName;
import id.terampil.core.identity.Sex;
import id.terampil.core.program.Admission;
import id.terampil.core.program.Cohort;
import id.terampil.core.program.CurriculumModule;
import id.terampil.core.program.FundingSource;
import id.terampil.core.program.GroupRequirement;
import id.terampil.core.program.Intake;
import id.terampil.core.program.ParticipantRole;
import id.terampil.core.program.ProgramKind;
import id.terampil.core.program.Seats;
import id.terampil.core.program.TrainingProgram;
import id.terampil.core.region.RegionCode;
import id.terampil.core.region.RegionLevel;
import id.terampil.core.time.DateRange;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Each seed article's program, built from its facts with the public API: one test of the
 * program's facts and one of its eligibility policy (which must reject, not only accept).
 */
class SeedProgramsTest {

  @Test
  void sorongTeachesSagoCakesAndWorkshopSkillsWithDekranasda() {
    TrainingProgram p = SeedPrograms.sorong2025();
    assertEquals(AgencyKind.REGIONAL_GOVERNMENT, p.organizer().kind());
    assertEquals(RegionCode.parse("96.71"), p.organizer().region());
    assertEquals(
        ImmutableSet.of(AgencyKind.DEKRANASDA),
        p.coOrganizers().stream().map(o -> o.kind()).collect(ImmutableSet.toImmutableSet()));
    assertEquals(ImmutableSet.of(Skills.SAGO_CAKES, Skills.AUTOMOTIVE_WORKSHOP), p.skills());
    assertEquals(2025, p.fiscalYear());
    assertTrue(p.period().contains(LocalDate.of(2025, 11, 10)));
    assertEquals(
        ImmutableSet.of(TargetGroup.HOUSEWIFE, SeedPrograms.SMALL_BUSINESS_OWNER),
        p.priorityGroups(),
        "'ibu-ibu rumah tangga dan pelaku usaha kecil': small businesses, not small and medium");
    assertTrue(p.requiredGroups().isEmpty(), "housewives come first ('terutama'), not only");
    for (Cohort c : p.cohorts()) {
      assertEquals("Gedung YPK", c.venue().orElseThrow().name());
      assertEquals(ImmutableSet.of(RegionCode.parse("96.71")), p.admission(c.id()).regionsServed());
    }
  }

  @Test
  void kendariTrainsCentreManagersCoachesAndStaffForSixDays() {
    TrainingProgram p = SeedPrograms.kendari2022();
    assertEquals(ProgramKind.INDUSTRY_CENTRE_MANAGEMENT, p.kind());
    assertEquals(AgencyKind.DINAS, p.organizer().kind());
    assertEquals(RegionCode.parse("74.71"), p.organizer().region());
    assertEquals(2022, p.fiscalYear());
    assertEquals(1, p.cohorts().size());
    Cohort c = p.cohorts().get(0);
    assertEquals(6, c.trainingDayCount());
    assertEquals(LocalDate.of(2022, 7, 19), c.trainingDays().first());
    assertEquals(DayOfWeek.TUESDAY, c.trainingDays().first().getDayOfWeek());
    // Six days from a Tuesday: the weekend is listed, since by default a cohort trains on weekdays.
    assertEquals(LocalDate.of(2022, 7, 24), c.trainingDays().last());
    assertEquals(DayOfWeek.SUNDAY, c.trainingDays().last().getDayOfWeek());
    assertEquals(Provenance.STATED, SeedPrograms.provenance(c.id().toString(), SeedValue.TRAINING_DAYS));
    // "antara 25 hingga 25 orang" is garbled: at most 25, the minimum unknown (1, marked synthetic).
    assertEquals(Seats.between(1, 25), c.seats());
    assertEquals(Provenance.SYNTHETIC, SeedPrograms.provenance(c.id().toString(), SeedValue.SEATS));
    assertEquals(ImmutableSet.of(Skills.QUALITY_MANAGEMENT, Skills.INDUSTRY_CENTRE_MANAGEMENT), c.skills());
    assertEquals(
        ImmutableSet.of(
            ParticipantRole.CENTRE_MANAGER, ParticipantRole.COACH, ParticipantRole.AGENCY_STAFF),
        p.participantRoles());
    assertFalse(c.admits(ParticipantRole.CITIZEN_APPLICANT));
  }

  @Test
  void pekalongan2024Has27KelurahanCohortsOf40SeatsAndTwoDaysEach() {
    TrainingProgram p = SeedPrograms.pekalongan2024();
    assertEquals(ProgramKind.ENTREPRENEURSHIP, p.kind());
    assertEquals(DateRange.ofClosed(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 8, 27)), p.period());
    assertEquals(27, p.cohorts().size());
    assertEquals(Seats.exactly(27 * 40), p.totalSeats());
    assertEquals(ImmutableSet.of(FundingSource.DBHCHT), p.fundingBySource().keySet());
    Set<RegionCode> kelurahan = new HashSet<>();
    for (Cohort c : p.cohorts()) {
      assertEquals(Seats.exactly(40), c.seats());
      assertEquals(2, c.trainingDayCount());
      assertEquals(c.period().dates().toList(), List.copyOf(c.trainingDays()), "both days, weekend or not");
      assertTrue(p.period().encloses(c.period()));
      assertEquals(1, c.regionsServed().size());
      RegionCode region = c.regionsServed().iterator().next();
      assertEquals(RegionLevel.VILLAGE, region.level());
      assertTrue(RegionCode.parse("33.75").contains(region));
      assertTrue(kelurahan.add(region), "one cohort per kelurahan");
    }
    // Every participant also gets entrepreneurship management and AK/I registration.
    assertEquals(
        ImmutableSet.of(
            CurriculumModule.of(Skills.ENTREPRENEURSHIP_MANAGEMENT),
            SeedPrograms.AKI_REGISTRATION),
        ImmutableSet.copyOf(p.curriculum()));
  }

  @Test
  void pekalongan2024TeachesDifferentSkillsPerKelurahan() {
    TrainingProgram p = SeedPrograms.pekalongan2024();
    Cohort bendanKergon = p.cohort(CohortId.of("PKL24-BENDAN-KERGON")).orElseThrow();
    assertEquals(ImmutableSet.of(KEL_BENDAN_KERGON), bendanKergon.regionsServed());
    assertTrue(bendanKergon.trainingDays().contains(LocalDate.of(2024, 7, 2)));
    assertEquals(
        ImmutableSet.of(Skills.KNITTING, Skills.PRODUCT_PACKAGING_DESIGN), bendanKergon.skills());
    Cohort pringrejo = p.cohort(CohortId.of("PKL24-PRINGREJO")).orElseThrow();
    assertEquals(ImmutableSet.of(KEL_PRINGREJO), pringrejo.regionsServed());
    assertEquals(ImmutableSet.of(Skills.BOUQUET, Skills.BREAD, Skills.COOKING), pringrejo.skills());
    assertEquals(
        ImmutableSet.of(EligibilityReason.RESIDENCE_OUTSIDE_REGIONS),
        decide(p, bendanKergon, LocalDate.of(2024, 6, 25),
                applicant(LocalDate.of(2024, 6, 25), "33.75.01.1012", 30, Set.of()))
            .reasons(),
        "a resident of Pringrejo is not served by Bendan Kergon's cohort");
    assertEquals(27, p.cohorts().size());
    assertEquals(
        27,
        p.cohorts().stream().map(c -> c.regionsServed()).distinct().count(),
        "one cohort per kelurahan");
    Set<Skill> taught = p.skills();
    assertTrue(taught.containsAll(
        Set.of(Skills.GIFT_ARRANGEMENT, Skills.BAG_MAKING, Skills.HANDICRAFT)));
  }

  @Test
  void palangkaRayaTrainsThirtyRattanWeaversFromTwoDistricts() {
    TrainingProgram p = SeedPrograms.palangkaRaya2020();
    Cohort c = p.cohorts().get(0);
    assertEquals(Seats.exactly(30), c.seats());
    assertEquals(DateRange.ofClosed(LocalDate.of(2020, 8, 24), LocalDate.of(2020, 8, 28)), c.period());
    assertEquals(5, c.trainingDayCount());
    assertEquals(ImmutableSet.of(Skills.RATTAN_WEAVING), c.skills());
    Admission admission = p.admission(c.id());
    assertEquals(ImmutableSet.of(KEC_BUKIT_BATU, KEC_RAKUMPIT), admission.regionsServed());
    assertEquals(Optional.of(KEC_BUKIT_BATU), c.venue().orElseThrow().region());
    assertEquals(
        List.of(
            GroupRequirement.anyOf(TargetGroup.MICRO_BUSINESS_OWNER, SeedPrograms.SMALL_BUSINESS_OWNER),
            GroupRequirement.anyOf(TargetGroup.COVID_AFFECTED)),
        admission.requiredGroups());
  }

  @Test
  void pekalonganBlk2025HasThreeFundingSourcesAndSeveralCohorts() {
    TrainingProgram p = SeedPrograms.pekalonganBlk2025();
    assertEquals(AgencyKind.BLK, p.organizer().kind());
    assertEquals(
        ImmutableSet.of(
            FundingSource.APBD_KABUPATEN_KOTA, FundingSource.APBD_PROVINSI, FundingSource.DBHCHT),
        p.fundingBySource().keySet());
    assertTrue(p.funding().stream().allMatch(f -> f.fiscalYear() == 2025));
    assertEquals(Optional.empty(), p.totalFunding(), "the article gives no amounts");
    assertTrue(p.cohorts().size() >= 5);
    assertTrue(
        p.skills()
            .containsAll(
                Set.of(
                    Skills.DIGITAL_MARKETING, Skills.COOKING, Skills.MAKE_UP, Skills.WELDING,
                    Skills.MOTORCYCLE_REPAIR, Skills.CAR_REPAIR, Skills.SEWING)));
    Cohort sewing = p.cohort(CohortId.of("BLK25-SEWING")).orElseThrow();
    assertEquals(
        ImmutableSet.of(RegionCode.parse("33.75")), p.admission(sewing.id()).regionsServed(),
        "the whole city, Kelurahan Sapuro Kebulen included");
    for (Cohort c : p.cohorts()) {
      assertTrue(
          c.trainingDays().stream()
              .noneMatch(d -> d.getDayOfWeek() == DayOfWeek.SATURDAY
                  || d.getDayOfWeek() == DayOfWeek.SUNDAY));
      assertEquals(15, c.trainingDayCount());
    }
  }

  @Test
  void sorongAdmitsResidentsOfKotaSorongOnly() {
    TrainingProgram p = SeedPrograms.sorong2025();
    Cohort c = p.cohorts().get(0);
    LocalDate ref = LocalDate.of(2025, 11, 3);
    assertTrue(decide(p, c, ref, applicant(ref, "96.71.01.1001", 35, Set.of())).isEligible());
    assertEquals(
        ImmutableSet.of(EligibilityReason.RESIDENCE_OUTSIDE_REGIONS),
        decide(p, c, ref, applicant(ref, "74.71.01.1005", 35, Set.of())).reasons());
    assertEquals(
        ImmutableSet.of(EligibilityReason.AGE_ABOVE_MAX),
        decide(p, c, ref, applicant(ref, "96.71.01.1001", 70, Set.of())).reasons());
  }

  @Test
  void kendariIsFilledByNominationIntoItsThreeRoles() {
    TrainingProgram p = SeedPrograms.kendari2022();
    Cohort c = p.cohorts().get(0);
    assertEquals(Intake.NOMINATION, c.intake());
    assertEquals(
        ImmutableSet.of(
            ParticipantRole.CENTRE_MANAGER, ParticipantRole.COACH, ParticipantRole.AGENCY_STAFF),
        c.participantRoles());
    LocalDate ref = LocalDate.of(2022, 7, 12);
    Admission admission = p.admission(c.id());
    for (ParticipantRole role : c.participantRoles()) {
      assertTrue(
          admission
              .decide(applicant(ref, "74.71.01.1005", 40, Set.of()), role, ref, ParticipationHistory.empty())
              .isEligible());
    }
    assertEquals(
        ImmutableSet.of(EligibilityReason.ROLE_NOT_ADMITTED),
        decide(p, c, ref, applicant(ref, "74.71.01.1005", 40, Set.of(TargetGroup.HOUSEWIFE))).reasons(),
        "a citizen applicant is not one of the nominated roles");
  }

  @Test
  void pekalongan2024CohortsAdmitResidentsOfTheirOwnKelurahanOnly() {
    TrainingProgram p = SeedPrograms.pekalongan2024();
    Cohort bendanKergon = p.cohort(CohortId.of("PKL24-BENDAN-KERGON")).orElseThrow();
    LocalDate ref = LocalDate.of(2024, 6, 28);
    assertTrue(decide(p, bendanKergon, ref, applicant(ref, "33.75.01.1006", 30, Set.of())).isEligible());
    EligibilityDecision neighbour =
        decide(p, bendanKergon, ref, applicant(ref, "33.75.01.1012", 30, Set.of()));
    assertEquals(ImmutableSet.of(EligibilityReason.RESIDENCE_OUTSIDE_REGIONS), neighbour.reasons());
    assertEquals("33.75.01.1006", neighbour.unmet().get(0).parameters().get("regions"));
    // The program's age rule still applies in every cohort.
    assertEquals(
        ImmutableSet.of(EligibilityReason.AGE_BELOW_MIN),
        decide(p, bendanKergon, ref, applicant(ref, "33.75.01.1006", 14, Set.of())).reasons());
  }

  @Test
  void palangkaRayaRejectsApplicantsFromOutsideBukitBatuAndRakumpit() {
    TrainingProgram p = SeedPrograms.palangkaRaya2020();
    Cohort c = p.cohorts().get(0);
    LocalDate ref = LocalDate.of(2020, 8, 17);
    Set<TargetGroup> covidMicro = Set.of(TargetGroup.MICRO_BUSINESS_OWNER, TargetGroup.COVID_AFFECTED);
    assertTrue(decide(p, c, ref, applicant(ref, "62.71.05.1001", 45, covidMicro)).isEligible());
    assertTrue(decide(p, c, ref, applicant(ref, "62.71.02.1001", 45, covidMicro)).isEligible());
    EligibilityDecision pahandut = decide(p, c, ref, applicant(ref, "62.71.01.1001", 45, covidMicro));
    assertEquals(ImmutableSet.of("RESIDENCE_OUTSIDE_REGIONS"), pahandut.codes());
    EligibilityDecision notCovid =
        decide(p, c, ref, applicant(ref, "62.71.05.1001", 45, Set.of(TargetGroup.MICRO_BUSINESS_OWNER)));
    assertEquals(ImmutableSet.of(EligibilityReason.TARGET_GROUP_MISSING), notCovid.reasons());
    assertEquals("COVID_AFFECTED", notCovid.unmet().get(0).parameters().get("missing"));
    // "pelaku usaha mikro kecil": small businesses too, an interpretation marked as such.
    assertTrue(
        decide(p, c, ref, applicant(ref, "62.71.05.1001", 45,
                Set.of(SeedPrograms.SMALL_BUSINESS_OWNER, TargetGroup.COVID_AFFECTED)))
            .isEligible());
    assertEquals(
        Provenance.INFERRED, SeedPrograms.provenance("PLK-ROTAN-2020", SeedValue.REQUIRED_GROUPS));
  }

  @Test
  void pekalonganBlk2025AppliesTheDbhchtExamplePolicyOnlyToTheClassesItLetsDbhchtPayFor() {
    TrainingProgram p = SeedPrograms.pekalonganBlk2025();
    assertTrue(p.requiredGroups().isEmpty(), "the article states no target group for the BLK");
    Cohort sewing = p.cohort(CohortId.of("BLK25-SEWING")).orElseThrow();
    Cohort welding = p.cohort(CohortId.of("BLK25-WELDING")).orElseThrow();
    LocalDate ref = LocalDate.of(2025, 1, 27);
    Applicant seeker = applicant(ref, "33.75.01.1004", 25, Set.of(TargetGroup.JOB_SEEKER));
    Applicant housewife = applicant(ref, "33.75.01.1004", 25, Set.of(TargetGroup.HOUSEWIFE));
    // A class the example does not let DBHCHT pay for: people come on their own.
    assertTrue(decide(p, sewing, ref, seeker).isEligible());
    assertTrue(decide(p, sewing, ref, housewife).isEligible());
    // A DBHCHT class: the fund's beneficiary groups, and job seekers with a valid AK/I card.
    assertTrue(SeedPrograms.BLK_DBHCHT_COHORTS.contains(welding.id()));
    assertEquals(
        ImmutableSet.of(SeedPrograms.JOB_SEEKER_WITHOUT_AKI), decide(p, welding, ref, seeker).codes());
    Applicant withCard =
        applicant(
            ref,
            "33.75.01.1004",
            25,
            Set.of(TargetGroup.JOB_SEEKER),
            Document.of(DocumentKind.AK_I, LocalDate.of(2024, 3, 1)));
    assertTrue(decide(p, welding, ref, withCard).isEligible());
    Applicant expiredCard =
        applicant(
            ref,
            "33.75.01.1004",
            25,
            Set.of(TargetGroup.JOB_SEEKER),
            Document.of(DocumentKind.AK_I, LocalDate.of(2022, 3, 1)));
    assertFalse(decide(p, welding, ref, expiredCard).isEligible());
    assertTrue(
        decide(p, welding, ref, applicant(ref, "33.75.01.1004", 25, Set.of(TargetGroup.CIGARETTE_FACTORY_WORKER)))
            .isEligible());
    assertEquals(
        ImmutableSet.of(EligibilityReason.TARGET_GROUP_MISSING),
        decide(p, welding, ref, housewife).reasons());
    assertEquals(
        Provenance.SYNTHETIC, SeedPrograms.provenance("PKL-BLK-2025", SeedValue.COHORT_RULES));
    assertEquals(Provenance.INFERRED, SeedPrograms.provenance("PKL-BLK-2025", SeedValue.FOLLOW_UP));
  }

  @Test
  void valuesTheArticlesDoNotStateAreMarked() {
    assertEquals(
        Provenance.SYNTHETIC, SeedPrograms.provenance("SORONG-IKM-2025-2", SeedValue.REGIONS_SERVED));
    assertEquals(Provenance.SYNTHETIC, SeedPrograms.provenance("SORONG-IKM-2025-2", SeedValue.FUNDING));
    assertEquals(Provenance.STATED, SeedPrograms.provenance("PKL-DBHCHT-2024", SeedValue.FUNDING));
    assertEquals(Provenance.STATED, SeedPrograms.provenance("PKL-DBHCHT-2024", SeedValue.PERIOD));
    // Pekalongan 2024: only Bendan Kergon's day comes from the article.
    assertEquals(Provenance.STATED, SeedPrograms.provenance("PKL24-BENDAN-KERGON", SeedValue.PERIOD));
    assertEquals(Provenance.SYNTHETIC, SeedPrograms.provenance("PKL24-PRINGREJO", SeedValue.PERIOD));
    assertEquals(Provenance.STATED, SeedPrograms.provenance("PKL24-PRINGREJO", SeedValue.SKILLS));
    assertEquals(Provenance.SYNTHETIC, SeedPrograms.provenance("PKL24-MEDONO", SeedValue.SKILLS));
    // Medono's Saturday and Sunday are listed training days, as synthetic as its dates.
    assertEquals(
        Provenance.SYNTHETIC, SeedPrograms.provenance("PKL24-MEDONO", SeedValue.TRAINING_DAYS));
    assertEquals(
        Provenance.STATED, SeedPrograms.provenance("PKL24-BENDAN-KERGON", SeedValue.TRAINING_DAYS));
    assertTrue(
        SeedPrograms.pekalongan2024().cohort(CohortId.of("PKL24-MEDONO")).orElseThrow()
            .trainingDays().contains(LocalDate.of(2024, 7, 6)));
    for (TrainingProgram p : SeedPrograms.all()) {
      boolean assumedSource = p.funding().stream().anyMatch(f -> f.note().orElse("").contains("diasumsikan"));
      assertEquals(
          assumedSource,
          SeedPrograms.provenance(p.id().toString(), SeedValue.FUNDING) == Provenance.SYNTHETIC,
          p.id() + ": an assumed funding source says so in its note and is marked");
    }
  }

  private static EligibilityDecision decide(
      TrainingProgram program, Cohort cohort, LocalDate referenceDate, Applicant applicant) {
    return program.admission(cohort.id()).decide(applicant, referenceDate, ParticipationHistory.empty());
  }

  /** A synthetic applicant living in {@code village}, {@code age} years old at {@code ref}. */
  private static Applicant applicant(
      LocalDate ref, String village, int age, Set<TargetGroup> groups, Document... documents) {
    RegionCode domicile = RegionCode.parse(village);
    LocalDate birth = ref.minusYears(age).minusMonths(2);
    return Applicant.builder()
        .nik(Nik.of(domicile.truncateTo(RegionLevel.DISTRICT), birth, Sex.FEMALE, 9001))
        .name(PersonName.of("Sintetis Contoh"))
        .sex(Sex.FEMALE)
        .birthDate(birth)
        .domicile(domicile)
        .education(EducationLevel.SMA_SMK)
        .employment(EmploymentStatus.UNEMPLOYED)
        .addAllTargetGroups(groups)
        .addDocuments(documents)
        .build();
  }

  @Test
  void fixturesAreDeterministicValues() {
    assertEquals(SeedPrograms.all(), SeedPrograms.all());
    assertEquals(5, SeedPrograms.all().size());
  }
}
