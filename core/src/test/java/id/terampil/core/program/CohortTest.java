package id.terampil.core.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import id.terampil.core.classification.Skills;
import id.terampil.core.classification.TargetGroup;
import id.terampil.core.eligibility.EligibilityContext;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.PersonName;
import id.terampil.core.region.RegionCode;
import id.terampil.core.time.DateRange;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CohortTest {

  private static final DateRange FIVE_DAYS =
      DateRange.ofClosed(LocalDate.of(2020, 8, 24), LocalDate.of(2020, 8, 28));

  private static Cohort.Builder minimal() {
    return minimal(FIVE_DAYS);
  }

  private static Cohort.Builder minimal(DateRange period) {
    Cohort.Builder b = Cohort.builder();
    b.id(CohortId.of("C1")).addSkills(Skills.RATTAN_WEAVING).period(period).seats(Seats.exactly(30));
    return b;
  }

  @Test
  void defaultsAreMondayToFridayOfThePeriodAndCitizenApplicants() {
    Cohort cohort = minimal().build();
    assertEquals(5, cohort.trainingDayCount());
    assertEquals(LocalDate.of(2020, 8, 24), cohort.trainingDays().first());
    assertEquals(LocalDate.of(2020, 8, 28), cohort.trainingDays().last());
    assertEquals(ImmutableSet.of(ParticipantRole.CITIZEN_APPLICANT), cohort.participantRoles());
    assertTrue(cohort.admits(ParticipantRole.CITIZEN_APPLICANT));
    assertFalse(cohort.admits(ParticipantRole.AGENCY_STAFF));
    assertTrue(cohort.regionsServed().isEmpty());
    assertEquals(Optional.empty(), cohort.venue());
  }

  @Test
  void theEligibilityContextCarriesTheCohortAndTheReferenceDate() {
    Cohort cohort = minimal().build();
    EligibilityContext context = cohort.eligibilityContext(LocalDate.of(2020, 8, 17));
    assertEquals(LocalDate.of(2020, 8, 17), context.referenceDate());
    assertEquals(CohortId.of("C1"), context.cohort());
    assertEquals(FIVE_DAYS, context.cohortPeriod());
    assertEquals(ImmutableSet.of(Skills.RATTAN_WEAVING), context.cohortSkills());
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> cohort.eligibilityContext(null));
    assertEquals("reference date must not be null", e.getMessage());
  }

  @Test
  void defaultsEqualTheSameValuesGivenExplicitly() {
    Cohort explicit =
        minimal()
            .addAllTrainingDays(FIVE_DAYS.dates()::iterator)
            .addParticipantRoles(ParticipantRole.CITIZEN_APPLICANT)
            .build();
    assertEquals(minimal().build(), explicit);
    assertEquals(minimal().build().hashCode(), explicit.hashCode());
  }

  @Test
  void fillingDefaultsKeepsEveryOtherAttribute() {
    Instructor instructor =
        Instructor.of(PersonName.of("Pelatih Sintetis"), Instructor.Affiliation.COMMUNITY);
    Cohort cohort =
        minimal()
            .name("Rotan Bukit Batu")
            .venue(Venue.of("Aula"))
            .addInstructors(instructor)
            .addRegionsServed(RegionCode.parse("62.71.02"))
            .addRequiredGroups(GroupRequirement.anyOf(TargetGroup.CRAFTSPERSON))
            .addPriorityGroups(TargetGroup.HOUSEWIFE)
            .build();
    assertEquals(Optional.of("Rotan Bukit Batu"), cohort.name());
    assertEquals(Optional.of(Venue.of("Aula")), cohort.venue());
    assertEquals(ImmutableList.of(instructor), cohort.instructors());
    assertEquals(ImmutableSet.of(RegionCode.parse("62.71.02")), cohort.regionsServed());
    assertEquals(ImmutableList.of(GroupRequirement.anyOf(TargetGroup.CRAFTSPERSON)), cohort.requiredGroups());
    assertEquals(ImmutableSet.of(TargetGroup.HOUSEWIFE), cohort.priorityGroups());
    assertEquals(ImmutableSet.of(Skills.RATTAN_WEAVING), cohort.skills());
    assertEquals(Seats.exactly(30), cohort.seats());
    assertEquals(CohortId.of("C1"), cohort.id());
  }

  @Test
  void explicitTrainingDaysAreSortedAndMayLeaveGaps() {
    Cohort cohort =
        minimal()
            .addTrainingDays(LocalDate.of(2020, 8, 28), LocalDate.of(2020, 8, 24))
            .build();
    assertEquals(2, cohort.trainingDayCount());
    assertEquals(LocalDate.of(2020, 8, 24), cohort.trainingDays().first());
    assertNotEquals(minimal().build(), cohort);
  }

  @Test
  void aPeriodFromMondayToSundayGivesFiveDefaultTrainingDays() {
    DateRange week = DateRange.ofClosed(LocalDate.of(2020, 8, 24), LocalDate.of(2020, 8, 30));
    Cohort cohort = minimal(week).build();
    assertEquals(5, cohort.trainingDayCount());
    assertEquals(LocalDate.of(2020, 8, 24), cohort.trainingDays().first());
    assertEquals(LocalDate.of(2020, 8, 28), cohort.trainingDays().last());
    assertEquals(minimal(week).addAllTrainingDays(FIVE_DAYS.dates()::iterator).build(), cohort);
  }

  @Test
  void listedDaysAreUsedAsGivenASaturdayIncluded() {
    DateRange week = DateRange.ofClosed(LocalDate.of(2020, 8, 24), LocalDate.of(2020, 8, 30));
    LocalDate saturday = LocalDate.of(2020, 8, 29);
    Cohort cohort =
        minimal(week).addTrainingDays(LocalDate.of(2020, 8, 28), saturday).build();
    assertEquals(List.of(LocalDate.of(2020, 8, 28), saturday), List.copyOf(cohort.trainingDays()));
  }

  @Test
  void aCohortWhosePeriodHoldsNoWeekdayMustListItsDays() {
    LocalDate saturday = LocalDate.of(2020, 8, 29);
    Cohort.Builder oneSaturday = minimal(DateRange.ofDay(saturday));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, oneSaturday::build);
    assertEquals(
        "cohort trainingDays must be listed when the period [2020-08-29, 2020-08-29] holds no"
            + " weekday (Monday to Friday): cohort C1",
        e.getMessage());
    Cohort listed = minimal(DateRange.ofDay(saturday)).addTrainingDays(saturday).build();
    assertEquals(List.of(saturday), List.copyOf(listed.trainingDays()));
  }

  @Test
  void rejectsTrainingDaysOutsideThePeriod() {
    IllegalArgumentException after =
        assertThrows(
            IllegalArgumentException.class,
            () -> minimal().addTrainingDays(LocalDate.of(2020, 8, 29)).build());
    assertTrue(after.getMessage().startsWith("cohort trainingDays must lie within"), after.getMessage());
    assertTrue(after.getMessage().contains("2020-08-29"), after.getMessage());
    IllegalArgumentException before =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                minimal()
                    .addTrainingDays(LocalDate.of(2020, 8, 23), LocalDate.of(2020, 8, 25))
                    .build());
    assertTrue(before.getMessage().contains("2020-08-23"), before.getMessage());
  }

  @Test
  void rejectsACohortWithoutSkills() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Cohort.builder()
                    .id(CohortId.of("C1"))
                    .period(FIVE_DAYS)
                    .seats(Seats.exactly(30))
                    .build());
    assertTrue(e.getMessage().startsWith("cohort skills must not be empty"), e.getMessage());
  }

  @Test
  void rejectsABlankName() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> minimal().name(" ").build());
    assertTrue(e.getMessage().startsWith("cohort name must not be blank"), e.getMessage());
  }

  @Test
  void requiresIdPeriodAndSeats() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> Cohort.builder().addSkills(Skills.COOKING).build());
    assertTrue(e.getMessage().contains("id"), e.getMessage());
    assertTrue(e.getMessage().contains("period"), e.getMessage());
    assertTrue(e.getMessage().contains("seats"), e.getMessage());
  }

  @Test
  void toStringIsShort() {
    assertEquals("Cohort{id=C1, period=" + FIVE_DAYS + ", seats=30}", minimal().build().toString());
  }
}
