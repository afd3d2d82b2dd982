package id.terampil.core.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import id.terampil.core.applicant.Applicant;
import id.terampil.core.applicant.Application;
import id.terampil.core.applicant.BusinessProfile;
import id.terampil.core.applicant.Document;
import id.terampil.core.applicant.DocumentKind;
import id.terampil.core.applicant.EducationLevel;
import id.terampil.core.applicant.EmploymentStatus;
import id.terampil.core.classification.KbliCode;
import id.terampil.core.classification.TargetGroup;
import id.terampil.core.eligibility.EligibilityDecision;
import id.terampil.core.eligibility.EligibilityReason;
import id.terampil.core.eligibility.UnmetRule;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Nik;
import id.terampil.core.identity.PersonName;
import id.terampil.core.identity.ProgramId;
import id.terampil.core.identity.Sex;
import id.terampil.core.money.Rupiah;
import id.terampil.core.region.RegionCode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Reserved seats held, not fixed to a cohort, until the member's turn: a reservation does not cost
 * a better-ranked applicant a seat that the member could leave for another of its choices, and one
 * reservation's members do not take the only seat another's could use. Also: which of one NIK's
 * applications registered at the same time is kept does not depend on the input order, and the
 * capacity is the smaller of the total and the cohorts' sum.
 */
class SelectionReservedSeatsTest {

  private static final ProgramId PROGRAM = ProgramId.of("PKL-2026");
  private static final CohortId X = CohortId.of("BLK26-LAS-1");
  private static final CohortId Y = CohortId.of("BLK26-JAHIT-1");
  private static final CohortId Z = CohortId.of("BLK26-MOTOR-1");
  private static final LocalDateTime OPEN = LocalDateTime.of(2026, 2, 2, 8, 0);
  private static final LocalDate BIRTH = LocalDate.of(1995, 3, 9);

  private static Applicant.Builder person(int serial, TargetGroup... groups) {
    return person(serial, "Peserta " + (char) ('A' + serial), groups);
  }

  private static Applicant.Builder person(int serial, String name, TargetGroup... groups) {
    return person(serial, name, BIRTH, groups);
  }

  /** The NIK encodes {@link #BIRTH} whatever {@code birthDate} is declared. */
  private static Applicant.Builder person(int serial, String name, LocalDate birthDate, TargetGroup... groups) {
    return Applicant.builder()
        .nik(Nik.of(RegionCode.parse("33.75.01"), BIRTH, Sex.FEMALE, serial))
        .name(PersonName.of(name))
        .sex(Sex.FEMALE)
        .birthDate(birthDate)
        .domicile(RegionCode.parse("33.75.01.1003"))
        .education(EducationLevel.SMA_SMK)
        .employment(EmploymentStatus.UNEMPLOYED)
        .addTargetGroups(groups);
  }

  /** Registered {@code minute} minutes after the opening: earlier ranks better. */
  private static Application app(int serial, int minute, List<CohortId> choices, TargetGroup... groups) {
    return Application.builder()
        .applicant(person(serial, groups).build())
        .program(PROGRAM)
        .addAllCohortChoices(choices)
        .registeredAt(OPEN.plusMinutes(minute))
        .build();
  }

  private static SelectionPolicy.Builder policy() {
    return SelectionPolicy.builder().addTieBreakers(TieBreaker.REGISTRATION_TIME);
  }

  /** One seat in X and one in Y, ranked by registration time. */
  private static SelectionPolicy.Builder oneSeatEachInXAndY() {
    return policy().putSeatsPerCohort(X, 1).putSeatsPerCohort(Y, 1);
  }

  private static void assertSeat(SelectionResult r, Application a, CohortId cohort, SelectionReason reason) {
    SelectionOutcome o = r.outcomeOf(a.applicant().nik()).orElseThrow();
    assertEquals(SelectionStatus.SELECTED, o.status(), o.toString());
    assertEquals(cohort, o.cohort().orElseThrow(), o.toString());
    assertEquals(reason, o.reason(), o.toString());
  }

  @Test
  void aMemberWhoCanSitElsewhereLeavesABetterRankedApplicantsOnlyChoice() {
    Application other = app(1, 0, List.of(X));
    Application member = app(2, 5, List.of(X, Y), TargetGroup.JOB_SEEKER);
    SelectionResult r =
        oneSeatEachInXAndY()
            .addReservations(TargetGroupReservation.of(TargetGroup.JOB_SEEKER, 1))
            .build()
            .select(List.of(member, other));
    assertSeat(r, other, X, SelectionReason.SELECTED);
    assertSeat(r, member, Y, SelectionReason.SELECTED_RESERVED);
    assertEquals(List.of(), r.waitlisted());
  }

  @Test
  void oneReservationsMemberMovesSoAnothersCanBeSeated() {
    Application youth = app(1, 0, List.of(X), TargetGroup.YOUTH);
    Application seeker = app(2, 5, List.of(X, Y), TargetGroup.JOB_SEEKER);
    SelectionResult r =
        policy()
            .putSeatsPerCohort(X, 1)
            .putSeatsPerCohort(Y, 1)
            // The job seekers' reservation comes first and would take X for its member.
            .addReservations(
                TargetGroupReservation.of(TargetGroup.JOB_SEEKER, 1),
                TargetGroupReservation.of(TargetGroup.YOUTH, 1))
            .build()
            .select(List.of(seeker, youth));
    assertSeat(r, youth, X, SelectionReason.SELECTED_RESERVED);
    assertSeat(r, seeker, Y, SelectionReason.SELECTED_RESERVED);
  }

  @Test
  void aSeatIsFreedAlongAChainOfHolders() {
    Application other = app(1, 0, List.of(X));
    Application first = app(2, 5, List.of(X, Y), TargetGroup.JOB_SEEKER);
    Application second = app(3, 6, List.of(Y, Z), TargetGroup.JOB_SEEKER);
    SelectionResult r =
        policy()
            .putSeatsPerCohort(X, 1)
            .putSeatsPerCohort(Y, 1)
            .putSeatsPerCohort(Z, 1)
            .addReservations(TargetGroupReservation.of(TargetGroup.JOB_SEEKER, 2))
            .build()
            .select(List.of(second, first, other));
    assertSeat(r, other, X, SelectionReason.SELECTED);
    assertSeat(r, first, Y, SelectionReason.SELECTED_RESERVED);
    assertSeat(r, second, Z, SelectionReason.SELECTED_RESERVED);
  }

  @Test
  void aBetterRankedHolderMovedAwayForAnotherMemberGetsItsFirstChoiceBackAtItsTurn() {
    // Holding: the first member takes X, then is moved to Y so the second can hold X; at its turn
    // the first (better-ranked) takes X back and the second moves to Y.
    Application better = app(1, 0, List.of(X, Y), TargetGroup.JOB_SEEKER);
    Application worse = app(2, 5, List.of(X, Y), TargetGroup.JOB_SEEKER);
    SelectionResult r =
        oneSeatEachInXAndY()
            .addReservations(TargetGroupReservation.of(TargetGroup.JOB_SEEKER, 2))
            .build()
            .select(List.of(worse, better));
    assertSeat(r, better, X, SelectionReason.SELECTED_RESERVED);
    assertSeat(r, worse, Y, SelectionReason.SELECTED_RESERVED);
  }

  @Test
  void aMemberWithNoOtherChoiceStillHasTheReservedSeatBeforeBetterRankedOthers() {
    Application other = app(1, 0, List.of(X));
    Application member = app(2, 5, List.of(X), TargetGroup.JOB_SEEKER);
    SelectionResult r =
        oneSeatEachInXAndY()
            .addReservations(TargetGroupReservation.of(TargetGroup.JOB_SEEKER, 1))
            .build()
            .select(List.of(other, member));
    assertSeat(r, member, X, SelectionReason.SELECTED_RESERVED);
    SelectionOutcome waiting = r.outcomeOf(other.applicant().nik()).orElseThrow();
    assertEquals(SelectionStatus.WAITLISTED, waiting.status());
    assertEquals(SelectionReason.NO_SEATS, waiting.reason());
    assertEquals(1, r.freeSeats(Y));
  }

  @Test
  void holdersAreNotMovedForAnApplicantTheTotalOrAQuotaLeavesNoSeat() {
    Application member = app(1, 5, List.of(X, Y), TargetGroup.JOB_SEEKER);
    Application other = app(2, 0, List.of(X));
    SelectionResult r =
        oneSeatEachInXAndY()
            .totalSeats(1)
            .addReservations(TargetGroupReservation.of(TargetGroup.JOB_SEEKER, 1))
            .build()
            .select(List.of(other, member));
    assertSeat(r, member, X, SelectionReason.SELECTED_RESERVED);
    assertEquals(SelectionStatus.WAITLISTED, r.outcomeOf(other.applicant().nik()).orElseThrow().status());
  }

  // --- which application of one NIK is kept ---

  @Test
  void ofOneNiksApplicationsRegisteredAtOnceThatDifferNoneIsKeptInEitherInputOrder() {
    Applicant withCard =
        person(7).addDocuments(Document.of(DocumentKind.AK_I, LocalDate.of(2025, 6, 1))).build();
    Applicant without = person(7).build();
    Application a = Application.of(withCard, PROGRAM, X, OPEN);
    Application b = Application.of(without, PROGRAM, X, OPEN);
    // The masked descriptions are the same; no text decides: the two conflict.
    assertEquals(a.toString(), b.toString());
    Function<Application, EligibilityDecision> needsCard =
        app ->
            app.applicant().documents().isEmpty()
                ? EligibilityDecision.of(
                    List.of(UnmetRule.of(EligibilityReason.DOCUMENT_MISSING, ImmutableMap.of("document", "AK_I"))))
                : EligibilityDecision.eligible();
    SelectionPolicy p = policy().putSeatsPerCohort(X, 1).build();
    SelectionResult ab = p.select(List.of(a, b), needsCard);
    SelectionResult ba = p.select(List.of(b, a), needsCard);
    assertEquals(List.of(), ab.selected());
    assertEquals(List.of(), ba.selected());
    assertEquals(ab.outcomeOf(a.applicant().nik()).orElseThrow().reason(), SelectionReason.DUPLICATE_NIK_CONFLICT);
    assertTrue(ab.rejected().stream().allMatch(o -> o.reason() == SelectionReason.DUPLICATE_NIK_CONFLICT));
    assertEquals(Set.copyOf(ab.rejected()), Set.copyOf(ba.rejected()));
  }

  @Test
  void ofOneNiksApplicationsDifferingOnlyInAMaskedAttributeBothConflictInEitherInputOrder() {
    // Names that mask alike (S*** A*****), a birth date, a business: none is in the masked text.
    List<List<Applicant>> pairs =
        List.of(
            List.of(person(8, "Siti Aminah").build(), person(8, "Sari Amirah").build()),
            List.of(person(8).build(), person(8, "Peserta I", BIRTH.plusDays(1)).build()),
            List.of(
                person(8).build(),
                person(8)
                    .business(
                        BusinessProfile.builder().kbli(KbliCode.parse("10794")).capital(Rupiah.of(5_000_000)).build())
                    .build()));
    SelectionPolicy p = policy().putSeatsPerCohort(X, 1).build();
    for (List<Applicant> pair : pairs) {
      Application a = Application.of(pair.get(0), PROGRAM, X, OPEN);
      Application b = Application.of(pair.get(1), PROGRAM, X, OPEN);
      assertEquals(a.toString(), b.toString());
      for (SelectionResult r : List.of(p.select(List.of(a, b)), p.select(List.of(b, a)))) {
        assertEquals(List.of(), r.selected(), pair.toString());
        assertEquals(
            List.of(SelectionReason.DUPLICATE_NIK_CONFLICT, SelectionReason.DUPLICATE_NIK_CONFLICT),
            r.rejected().stream().map(SelectionOutcome::reason).toList(),
            pair.toString());
      }
    }
  }

}
