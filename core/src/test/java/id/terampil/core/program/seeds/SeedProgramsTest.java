package id.terampil.core.program.seeds;

import static id.terampil.core.program.seeds.SeedProgramFixtures.KEC_BUKIT_BATU;
import static id.terampil.core.program.seeds.SeedProgramFixtures.KEC_RAKUMPIT;
import static id.terampil.core.program.seeds.SeedProgramFixtures.KEL_BENDAN_KERGON;
import static id.terampil.core.program.seeds.SeedProgramFixtures.KEL_PRINGREJO;
import static id.terampil.core.program.seeds.SeedProgramFixtures.KEL_SAPURO_KEBULEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import id.terampil.core.program.AgencyKind;
import id.terampil.core.program.Cohort;
import id.terampil.core.program.CohortId;
import id.terampil.core.program.CurriculumModule;
import id.terampil.core.program.FundingSource;
import id.terampil.core.program.ParticipantRole;
import id.terampil.core.program.ProgramKind;
import id.terampil.core.program.Seats;
import id.terampil.core.program.Skill;
import id.terampil.core.program.Skills;
import id.terampil.core.program.TargetGroup;
import id.terampil.core.program.TrainingProgram;
import id.terampil.core.region.RegionCode;
import id.terampil.core.region.RegionLevel;
import id.terampil.core.time.Period;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each seed article's program, built from its facts with the public API. */
class SeedProgramsTest {

  @Test
  void sorongTeachesSagoCakesAndWorkshopSkillsWithDekranasda() {
    TrainingProgram p = SeedProgramFixtures.sorong2025();
    assertEquals(AgencyKind.REGIONAL_GOVERNMENT, p.organizer().kind());
    assertEquals(RegionCode.parse("96.71"), p.organizer().region());
    assertEquals(
        ImmutableSet.of(AgencyKind.DEKRANASDA),
        p.coOrganizers().stream().map(o -> o.kind()).collect(ImmutableSet.toImmutableSet()));
    assertEquals(ImmutableSet.of(Skills.SAGO_CAKES, Skills.AUTOMOTIVE_WORKSHOP), p.skills());
    assertEquals(2025, p.fiscalYear());
    assertTrue(p.period().contains(LocalDate.of(2025, 11, 10)));
    assertTrue(p.targetGroups().contains(TargetGroup.HOUSEWIFE));
    for (Cohort c : p.cohorts()) {
      assertEquals("Gedung YPK", c.venue().orElseThrow().name());
      assertTrue(c.serves(RegionCode.parse("96.71.01.1001")));
    }
  }

  @Test
  void kendariTrainsCentreManagersCoachesAndStaffForSixDays() {
    TrainingProgram p = SeedProgramFixtures.kendari2022();
    assertEquals(ProgramKind.INDUSTRY_CENTRE_MANAGEMENT, p.kind());
    assertEquals(AgencyKind.DINAS, p.organizer().kind());
    assertEquals(RegionCode.parse("74.71"), p.organizer().region());
    assertEquals(2022, p.fiscalYear());
    assertEquals(1, p.cohorts().size());
    Cohort c = p.cohorts().get(0);
    assertEquals(6, c.trainingDayCount());
    assertEquals(LocalDate.of(2022, 7, 19), c.trainingDays().first());
    assertEquals(DayOfWeek.TUESDAY, c.trainingDays().first().getDayOfWeek());
    assertEquals(Seats.exactly(25), c.seats());
    assertEquals(ImmutableSet.of(Skills.QUALITY_MANAGEMENT, Skills.INDUSTRY_CENTRE_MANAGEMENT), c.skills());
    assertEquals(
        ImmutableSet.of(
            ParticipantRole.CENTRE_MANAGER, ParticipantRole.COACH, ParticipantRole.AGENCY_STAFF),
        p.participantRoles());
    assertFalse(c.admits(ParticipantRole.CITIZEN_APPLICANT));
  }

  @Test
  void pekalongan2024Has27KelurahanCohortsOf40SeatsAndTwoDaysEach() {
    TrainingProgram p = SeedProgramFixtures.pekalongan2024();
    assertEquals(ProgramKind.ENTREPRENEURSHIP, p.kind());
    assertEquals(Period.of(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 8, 27)), p.period());
    assertEquals(27, p.cohorts().size());
    assertEquals(Seats.exactly(27 * 40), p.totalSeats());
    assertEquals(ImmutableSet.of(FundingSource.DBHCHT), p.fundingBySource().keySet());
    Set<RegionCode> kelurahan = new HashSet<>();
    for (Cohort c : p.cohorts()) {
      assertEquals(Seats.exactly(40), c.seats());
      assertEquals(2, c.trainingDayCount());
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
            SeedProgramFixtures.AKI_REGISTRATION),
        ImmutableSet.copyOf(p.curriculum()));
  }

  @Test
  void pekalongan2024TeachesDifferentSkillsPerKelurahan() {
    TrainingProgram p = SeedProgramFixtures.pekalongan2024();
    Cohort bendanKergon = p.cohort(CohortId.of("PKL24-BENDAN-KERGON")).orElseThrow();
    assertEquals(ImmutableSet.of(KEL_BENDAN_KERGON), bendanKergon.regionsServed());
    assertTrue(bendanKergon.trainingDays().contains(LocalDate.of(2024, 7, 2)));
    assertEquals(
        ImmutableSet.of(Skills.KNITTING, Skills.PRODUCT_PACKAGING_DESIGN), bendanKergon.skills());
    Cohort pringrejo = p.cohort(CohortId.of("PKL24-PRINGREJO")).orElseThrow();
    assertEquals(ImmutableSet.of(KEL_PRINGREJO), pringrejo.regionsServed());
    assertEquals(ImmutableSet.of(Skills.BOUQUET, Skills.BREAD, Skills.COOKING), pringrejo.skills());
    assertFalse(bendanKergon.serves(KEL_PRINGREJO));
    Set<Skill> taught = p.skills();
    assertTrue(taught.containsAll(
        Set.of(Skills.GIFT_ARRANGEMENT, Skills.BAG_MAKING, Skills.HANDICRAFT)));
  }

  @Test
  void palangkaRayaTrainsThirtyRattanWeaversFromTwoDistricts() {
    TrainingProgram p = SeedProgramFixtures.palangkaRaya2020();
    Cohort c = p.cohorts().get(0);
    assertEquals(Seats.exactly(30), c.seats());
    assertEquals(Period.of(LocalDate.of(2020, 8, 24), LocalDate.of(2020, 8, 28)), c.period());
    assertEquals(5, c.trainingDayCount());
    assertEquals(ImmutableSet.of(Skills.RATTAN_WEAVING), c.skills());
    assertEquals(ImmutableSet.of(KEC_BUKIT_BATU, KEC_RAKUMPIT), c.regionsServed());
    assertTrue(c.serves(RegionCode.parse("62.71.05.2001")));
    assertFalse(c.serves(RegionCode.parse("62.71.01")));
    assertEquals(Optional.of(KEC_BUKIT_BATU), c.venue().orElseThrow().region());
    assertTrue(p.targetGroupsOf(c).contains(TargetGroup.COVID_AFFECTED));
    assertTrue(p.targetGroupsOf(c).contains(TargetGroup.MICRO_BUSINESS_OWNER));
  }

  @Test
  void pekalonganBlk2025HasThreeFundingSourcesAndSeveralCohorts() {
    TrainingProgram p = SeedProgramFixtures.pekalonganBlk2025();
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
    assertTrue(sewing.serves(KEL_SAPURO_KEBULEN));
    for (Cohort c : p.cohorts()) {
      assertTrue(
          c.trainingDays().stream()
              .noneMatch(d -> d.getDayOfWeek() == DayOfWeek.SATURDAY
                  || d.getDayOfWeek() == DayOfWeek.SUNDAY));
      assertEquals(15, c.trainingDayCount());
    }
  }

  @Test
  void fixturesAreDeterministicValues() {
    assertEquals(SeedProgramFixtures.all(), SeedProgramFixtures.all());
    assertEquals(5, SeedProgramFixtures.all().size());
  }
}
