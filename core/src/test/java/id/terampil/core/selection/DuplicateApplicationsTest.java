package id.terampil.core.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.HashMultiset;
import id.terampil.core.applicant.Applicant;
import id.terampil.core.applicant.Application;
import id.terampil.core.applicant.EducationLevel;
import id.terampil.core.applicant.EmploymentStatus;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Nik;
import id.terampil.core.identity.PersonName;
import id.terampil.core.identity.ProgramId;
import id.terampil.core.identity.Sex;
import id.terampil.core.region.RegionCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Duplicates of one NIK (issue 34, point 5): the earliest registration wins; different
 * applications registered at the same earliest time conflict unless application numbers order
 * them; equal ones count once; nothing depends on the order of the input or on any text.
 */
class DuplicateApplicationsTest {

  private static final ProgramId PROGRAM = ProgramId.of("DUP-2026");
  private static final CohortId JAHIT = CohortId.of("DUP-JAHIT-1");
  private static final CohortId LAS = CohortId.of("DUP-LAS-1");
  private static final LocalDateTime OPEN = LocalDateTime.of(2026, 3, 2, 8, 0);
  private static final LocalDate BIRTH = LocalDate.of(1995, 4, 9);
  private static final SelectionPolicy POLICY =
      SelectionPolicy.builder()
          .putSeatsPerCohort(JAHIT, 3)
          .putSeatsPerCohort(LAS, 3)
          .addTieBreakers(TieBreaker.SCORE_DESC)
          .build();

  private static Applicant person(int serial, String name) {
    return Applicant.builder()
        .nik(Nik.of(RegionCode.parse("33.75.01"), BIRTH, Sex.FEMALE, serial))
        .name(PersonName.of(name))
        .sex(Sex.FEMALE)
        .birthDate(BIRTH)
        .domicile(RegionCode.parse("33.75.01.1003"))
        .education(EducationLevel.SMA_SMK)
        .employment(EmploymentStatus.UNEMPLOYED)
        .build();
  }

  private static Application app(Applicant who, CohortId cohort, int minute, int score, long number) {
    Application.Builder b =
        Application.builder()
            .applicant(who)
            .program(PROGRAM)
            .addCohortChoices(cohort)
            .registeredAt(OPEN.plusMinutes(minute))
            .score(BigDecimal.valueOf(score));
    if (number > 0) {
      b.applicationNumber(number);
    }
    return b.build();
  }

  private static SelectionReason reasonOf(SelectionResult r, Application a) {
    return r.all().stream()
        .filter(o -> o.application() == a)
        .findFirst()
        .orElseThrow()
        .reason();
  }

  @Test
  void theEarliestRegistrationWinsOverABetterScoredLaterOne() {
    Applicant siti = person(1, "Siti Aminah");
    Application early = app(siti, JAHIT, 0, 10, 0);
    Application late = app(siti, LAS, 5, 99, 1);
    for (List<Application> input : List.of(List.of(early, late), List.of(late, early))) {
      SelectionResult r = POLICY.select(input);
      assertEquals(List.of(early), r.selected().stream().map(SelectionOutcome::application).toList());
      assertEquals(SelectionReason.DUPLICATE_NIK, reasonOf(r, late));
    }
  }

  @Test
  void anEqualApplicationSubmittedTwiceIsKeptOnceAndTheCopyIsADuplicate() {
    Applicant siti = person(1, "Siti Aminah");
    Application once = app(siti, JAHIT, 0, 50, 0);
    Application again = app(siti, JAHIT, 0, 50, 0);
    assertEquals(once, again);
    SelectionResult r = POLICY.select(List.of(once, again));
    assertEquals(1, r.selected().size());
    assertEquals(SelectionReason.SELECTED, r.outcomeOf(siti.nik()).orElseThrow().reason());
    assertEquals(List.of(SelectionReason.DUPLICATE_NIK), r.rejected().stream().map(SelectionOutcome::reason).toList());
  }

  @Test
  void differentApplicationsAtTheEarliestTimeConflictAndLaterOnesAreDuplicates() {
    Applicant siti = person(1, "Siti Aminah");
    Application jahit = app(siti, JAHIT, 0, 50, 0);
    Application las = app(siti, LAS, 0, 50, 0);
    Application later = app(siti, LAS, 9, 80, 0);
    Application other = app(person(2, "Dewi Lestari"), JAHIT, 3, 10, 0);
    SelectionResult r = POLICY.select(List.of(later, jahit, other, las));
    assertEquals(List.of(other), r.selected().stream().map(SelectionOutcome::application).toList());
    assertEquals(SelectionReason.DUPLICATE_NIK_CONFLICT, reasonOf(r, jahit));
    assertEquals(SelectionReason.DUPLICATE_NIK_CONFLICT, reasonOf(r, las));
    assertEquals(SelectionReason.DUPLICATE_NIK, reasonOf(r, later));
    assertEquals(SelectionStatus.REJECTED, r.outcomeOf(siti.nik()).orElseThrow().status());
    assertEquals(SelectionReason.DUPLICATE_NIK_CONFLICT, r.outcomeOf(siti.nik()).orElseThrow().reason());
    assertEquals(4, r.all().size());
  }

  @Test
  void theLowestApplicationNumberWinsWhenNoOtherApplicationSharesIt() {
    Applicant siti = person(1, "Siti Aminah");
    Application five = app(siti, LAS, 0, 10, 5);
    Application eightA = app(siti, JAHIT, 0, 90, 8);
    Application eightB = app(siti, LAS, 0, 70, 8);
    SelectionResult r = POLICY.select(List.of(eightA, eightB, five));
    assertEquals(five, r.outcomeOf(siti.nik()).orElseThrow().application());
    assertEquals(SelectionReason.DUPLICATE_NIK, reasonOf(r, eightA));
    assertEquals(SelectionReason.DUPLICATE_NIK, reasonOf(r, eightB));

    Application fiveToo = app(siti, JAHIT, 0, 10, 5);
    SelectionResult tied = POLICY.select(List.of(fiveToo, eightA, five));
    assertEquals(List.of(), tied.selected());
    assertEquals(SelectionReason.DUPLICATE_NIK_CONFLICT, reasonOf(tied, five));
    assertEquals(SelectionReason.DUPLICATE_NIK_CONFLICT, reasonOf(tied, fiveToo));
    assertEquals(SelectionReason.DUPLICATE_NIK_CONFLICT, reasonOf(tied, eightA));
  }

  @Test
  void theOutcomeOfEveryNikIsTheSameWhateverTheOrderOfTheInput() {
    Random rnd = new Random(34);
    List<Application> input = new ArrayList<>();
    for (int serial = 1; serial <= 30; serial++) {
      Applicant who = person(serial, serial % 2 == 0 ? "Siti Aminah" : "Sari Amirah");
      CohortId cohort = serial % 3 == 0 ? LAS : JAHIT;
      input.add(app(who, cohort, serial % 4, serial * 7 % 100, 0));
      switch (serial % 5) {
        case 0: // an equal copy
          input.add(app(who, cohort, serial % 4, serial * 7 % 100, 0));
          break;
        case 1: // a conflicting one at the same time
          input.add(app(who, cohort == LAS ? JAHIT : LAS, serial % 4, 55, 0));
          break;
        case 2: // a later one
          input.add(app(who, LAS, 10, 99, 0));
          break;
        case 3: // same time, ordered by numbers
          input.set(input.size() - 1, app(who, cohort, serial % 4, serial * 7 % 100, 2));
          input.add(app(who, LAS, serial % 4, 99, 1));
          break;
        default:
          break;
      }
    }
    SelectionResult first = POLICY.select(input);
    assertTrue(first.rejected().stream().anyMatch(o -> o.reason() == SelectionReason.DUPLICATE_NIK_CONFLICT));
    assertTrue(first.rejected().stream().anyMatch(o -> o.reason() == SelectionReason.DUPLICATE_NIK));
    for (int round = 0; round < 50; round++) {
      List<Application> shuffled = new ArrayList<>(input);
      Collections.shuffle(shuffled, rnd);
      SelectionResult r = POLICY.select(shuffled);
      assertEquals(first.selected(), r.selected());
      assertEquals(first.waitlisted(), r.waitlisted());
      assertEquals(HashMultiset.create(first.rejected()), HashMultiset.create(r.rejected()));
      for (Application a : input) {
        Nik nik = a.applicant().nik();
        assertEquals(
            first.outcomeOf(nik).orElseThrow().reason(), r.outcomeOf(nik).orElseThrow().reason());
      }
    }
  }

  @Test
  void anApplicationNumberIsAtLeastOneAndShownInTheText() {
    Applicant siti = person(1, "Siti Aminah");
    IllegalArgumentException zero =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Application.builder()
                    .applicant(siti)
                    .program(PROGRAM)
                    .addCohortChoices(LAS)
                    .registeredAt(OPEN)
                    .applicationNumber(0)
                    .build());
    assertTrue(zero.getMessage().contains("application number must be at least 1"), zero.getMessage());
    assertTrue(app(siti, LAS, 0, 1, 42).toString().endsWith(", applicationNumber=42}"));
  }
}
