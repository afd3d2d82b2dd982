package id.terampil.core.enrollment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.applicant.Applicant;
import id.terampil.core.applicant.Application;
import id.terampil.core.applicant.EducationLevel;
import id.terampil.core.applicant.EmploymentStatus;
import id.terampil.core.classification.Skills;
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
import id.terampil.core.program.Intake;
import id.terampil.core.program.Nomination;
import id.terampil.core.program.NominationOutcome;
import id.terampil.core.program.ParticipantRole;
import id.terampil.core.program.ProgramKind;
import id.terampil.core.program.Seats;
import id.terampil.core.program.TrainingProgram;
import id.terampil.core.region.RegionCode;
import id.terampil.core.selection.SelectionPolicy;
import id.terampil.core.selection.SelectionResult;
import id.terampil.core.selection.TieBreaker;
import id.terampil.core.time.DateRange;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Enrollments from intake: one per person of a selection or a nomination list. */
class EnrollmentsTest {

  static final ProgramId PROGRAM = ProgramId.of("BLK-LAS-2025");
  static final CohortId LAS = CohortId.of("BLK25-LAS-1");
  static final CohortId JAHIT = CohortId.of("BLK25-JAHIT-1");
  static final DateRange PERIOD =
      DateRange.ofClosed(LocalDate.of(2025, 8, 4), LocalDate.of(2025, 8, 29));
  static final LocalDate REF = LocalDate.of(2025, 7, 15);
  static final LocalDate DECIDED = LocalDate.of(2025, 7, 16);
  static final LocalDate LATER = LocalDate.of(2025, 7, 28);

  static final TrainingProgram BLK = program(cohort(LAS, 2), cohort(JAHIT, 1));

  static final SelectionPolicy POLICY =
      SelectionPolicy.builder().addTieBreakers(TieBreaker.REGISTRATION_TIME).waitlistLimit(1).build();

  private static TrainingProgram program(Cohort... cohorts) {
    return TrainingProgram.builder()
          .id(PROGRAM)
          .title("Pelatihan BLK")
          .kind(ProgramKind.JOB_SKILLS)
          .organizer(Organizer.of("UPTD BLK", AgencyKind.DINAS, RegionCode.parse("33.75")))
          .fiscalYear(2025)
          .addFunding(
              Funding.builder().source(FundingSource.APBD_KABUPATEN_KOTA).fiscalYear(2025).build())
          .period(PERIOD)
          .eligibility(EligibilityPolicy.of(EligibilityRule.productiveAge()))
          .addCohorts(cohorts)
          .build();
  }

  private static Cohort cohort(CohortId id, int seats) {
    return Cohort.builder()
        .id(id)
        .addSkills(Skills.SEWING)
        .period(PERIOD)
        .seats(Seats.exactly(seats))
        .build();
  }

  static Nik nik(int n) {
    return Nik.parse(String.format("337501010190%04d", n + 1));
  }

  /** Applicant {@code person}, registered {@code minute} minutes into the first day. */
  static Application app(int person, int minute, boolean productiveAge, CohortId... choices) {
    Applicant a =
        Applicant.builder()
            .nik(nik(person))
            .name(PersonName.of("Peserta Sintetis"))
            .sex(Sex.MALE)
            .birthDate(productiveAge ? LocalDate.of(1990, 1, 1) : LocalDate.of(1950, 1, 1))
            .domicile(RegionCode.parse("33.75.01.1006"))
            .education(EducationLevel.SMA_SMK)
            .employment(EmploymentStatus.UNEMPLOYED)
            .build();
    return Application.builder()
        .applicant(a)
        .program(PROGRAM)
        .addCohortChoices(choices)
        .registeredAt(LocalDateTime.of(2025, 7, 1, 8, 0).plusMinutes(minute))
        .build();
  }

  /**
   * 0 and 1 seated in welding, 2 in sewing; 3 (sewing, then welding) waitlisted; 4 (welding)
   * beyond the waitlist; 5 too old; 0 registered a second time.
   */
  static SelectionResult selection() {
    return POLICY.select(
        BLK,
        REF,
        List.of(
            app(0, 0, true, LAS),
            app(1, 1, true, LAS),
            app(2, 2, true, JAHIT),
            app(3, 3, true, JAHIT, LAS),
            app(4, 4, true, LAS),
            app(5, 5, false, LAS),
            app(0, 6, true, JAHIT)));
  }

  private static Map<Nik, Enrollment> byNik(List<Enrollment> enrollments) {
    return enrollments.stream().collect(Collectors.toMap(Enrollment::participant, Function.identity()));
  }

  @Test
  void everyPersonGetsOneEnrollmentWithTheMappedReason() {
    List<Enrollment> all = Enrollments.fromSelection(selection(), DECIDED);
    assertEquals(6, all.size(), "the duplicate registration of 0 gives no second enrollment");
    Map<Nik, Enrollment> e = byNik(all);
    assertEquals(EnrollmentStatus.SELECTED, e.get(nik(0)).status());
    assertEquals(LAS, e.get(nik(0)).cohort());
    assertEquals(LocalDate.of(2025, 7, 1), e.get(nik(0)).appliedOn());
    assertEquals(DECIDED, e.get(nik(0)).statusSince());
    assertEquals(JAHIT, e.get(nik(2)).cohort());
    assertEquals(EnrollmentStatus.WAITLISTED, e.get(nik(3)).status());
    assertEquals(JAHIT, e.get(nik(3)).cohort(), "not seated: in the first choice");
    assertEquals(
        Optional.of(StatusReason.of(ReasonCode.NO_SEATS)), e.get(nik(3)).statusReason());
    assertEquals(EnrollmentStatus.REJECTED, e.get(nik(4)).status());
    assertEquals(
        Optional.of(StatusReason.of(ReasonCode.NO_SEATS)), e.get(nik(4)).statusReason());
    assertEquals(
        Optional.of(StatusReason.of(ReasonCode.INELIGIBLE)), e.get(nik(5)).statusReason());
  }

  @Test
  void aReleasedResultIsRefusedForFreshEnrollments() {
    SelectionResult released = selection().release(nik(0));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Enrollments.fromSelection(released, DECIDED));
    assertTrue(e.getMessage().contains("released"), e.getMessage());
  }

  @Test
  void releasesAndPromotionsMoveTheEnrollments() {
    SelectionResult first = selection();
    List<Enrollment> all = new ArrayList<>(Enrollments.fromSelection(first, DECIDED));
    Map<Nik, Enrollment> before = byNik(all);
    // 0 misses re-registration: the administrator records why, then releases the seat.
    all.replaceAll(
        e ->
            e.participant().equals(nik(0))
                ? e.lapse(LATER, StatusReason.of(ReasonCode.MISSED_RE_REGISTRATION))
                : e);
    SelectionResult later = first.releaseAndPromote(nik(0), LATER);
    Map<Nik, Enrollment> after = byNik(Enrollments.update(all, later, LATER));

    Enrollment promoted = after.get(nik(3));
    assertEquals(EnrollmentStatus.SELECTED, promoted.status());
    assertEquals(LAS, promoted.cohort(), "promoted into the second choice");
    assertEquals(before.get(nik(3)).history(), promoted.history().subList(0, 1));
    Enrollment nowWaiting = after.get(nik(4));
    assertEquals(EnrollmentStatus.WAITLISTED, nowWaiting.status());
    assertEquals(
        Optional.of(EnrollmentStatus.APPLIED),
        nowWaiting.history().stream()
            .filter(ev -> ev.reason().equals(Optional.of(StatusReason.of(ReasonCode.READMITTED))))
            .map(EnrollmentEvent::to)
            .findFirst());
    assertEquals(EnrollmentStatus.LAPSED, after.get(nik(0)).status());
    assertEquals(before.get(nik(1)), after.get(nik(1)), "untouched");
    assertEquals(before.get(nik(5)), after.get(nik(5)), "ineligible stays rejected");

    SelectionResult third = later.releaseAndPromote(nik(1), LATER);
    List<Enrollment> again = new ArrayList<>(after.values());
    again.replaceAll(
        e ->
            e.participant().equals(nik(1))
                ? e.withdraw(LATER, StatusReason.of(ReasonCode.FOUND_WORK))
                : e);
    Enrollment last = byNik(Enrollments.update(again, third, LATER)).get(nik(4));
    assertEquals(EnrollmentStatus.SELECTED, last.status());
    assertEquals(LAS, last.cohort());
  }

  @Test
  void aReleasedSeatMustFirstBeGivenBackOnTheEnrollment() {
    SelectionResult first = selection();
    List<Enrollment> all = Enrollments.fromSelection(first, DECIDED);
    SelectionResult later = first.releaseAndPromote(nik(0), LATER);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Enrollments.update(all, later, LATER));
    assertTrue(e.getMessage().contains("record why it was given back"), e.getMessage());
    assertFalse(e.getMessage().contains(nik(0).toString()), "the NIK is masked");
  }

  @Test
  void updateRefusesEnrollmentsOfOtherPeople() {
    List<Enrollment> all = Enrollments.fromSelection(selection(), DECIDED);
    List<Enrollment> missing = all.subList(1, all.size());
    assertThrows(
        IllegalArgumentException.class, () -> Enrollments.update(missing, selection(), LATER));
    List<Enrollment> twice = new ArrayList<>(all);
    twice.set(1, all.get(0));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Enrollments.update(twice, selection(), LATER));
    assertTrue(e.getMessage().contains("twice"), e.getMessage());
    List<Enrollment> extra = new ArrayList<>(all);
    extra.add(Enrollment.apply(nik(99), LAS, REF));
    IllegalArgumentException more =
        assertThrows(
            IllegalArgumentException.class, () -> Enrollments.update(extra, selection(), LATER));
    assertTrue(more.getMessage().contains("7 people"), more.getMessage());
    List<Enrollment> stranger = new ArrayList<>(all);
    stranger.set(0, Enrollment.apply(nik(99), LAS, REF));
    assertThrows(
        IllegalArgumentException.class, () -> Enrollments.update(stranger, selection(), LATER));
  }

  @Test
  void aRejectionTheAdministratorRecordedIsNotUndoneBySelection() {
    List<Enrollment> all = new ArrayList<>(Enrollments.fromSelection(selection(), DECIDED));
    all.replaceAll(
        e ->
            e.participant().equals(nik(1))
                ? e.reject(LATER, StatusReason.of(ReasonCode.INCOMPLETE_DOCUMENTS))
                : e);
    Enrollment kept = byNik(Enrollments.update(all, selection(), LATER)).get(nik(1));
    assertEquals(EnrollmentStatus.REJECTED, kept.status(), "not back in the pool");
    assertEquals(
        Optional.of(StatusReason.of(ReasonCode.INCOMPLETE_DOCUMENTS)), kept.statusReason());
  }

  @Test
  void updateWithTheSameResultChangesNothing() {
    List<Enrollment> all = Enrollments.fromSelection(selection(), DECIDED);
    assertEquals(all, Enrollments.update(all, selection(), LATER));
  }

  @Test
  void nomineesGetOneEnrollmentEachWithTheNominationReason() {
    Cohort sentra =
        Cohort.builder()
            .id(CohortId.of("SENTRA-1"))
            .addSkills(Skills.SEWING)
            .period(PERIOD)
            .seats(Seats.exactly(1))
            .intake(Intake.NOMINATION)
            .addParticipantRoles(ParticipantRole.COACH)
            .build();
    TrainingProgram program =
        program(sentra);
    List<NominationOutcome> outcomes =
        program
            .admission(sentra.id())
            .nominate(
                List.of(
                    Nomination.of(app(0, 0, true, LAS).applicant(), ParticipantRole.COACH),
                    Nomination.of(
                        app(1, 0, true, LAS).applicant(), ParticipantRole.CITIZEN_APPLICANT),
                    Nomination.of(app(2, 0, true, LAS).applicant(), ParticipantRole.COACH),
                    Nomination.of(app(0, 0, true, LAS).applicant(), ParticipantRole.COACH)),
                REF,
                Map.of());
    List<Enrollment> all = Enrollments.fromNominations(outcomes, REF, DECIDED);
    assertEquals(3, all.size(), "the person nominated twice gets one enrollment");
    assertEquals(EnrollmentStatus.SELECTED, all.get(0).status());
    assertEquals(sentra.id(), all.get(0).cohort());
    assertEquals(REF, all.get(0).appliedOn());
    assertEquals(Optional.of(StatusReason.of(ReasonCode.INELIGIBLE)), all.get(1).statusReason());
    assertEquals(Optional.of(StatusReason.of(ReasonCode.NO_SEATS)), all.get(2).statusReason());
    IllegalArgumentException early =
        assertThrows(
            IllegalArgumentException.class,
            () -> Enrollments.fromNominations(outcomes, DECIDED, REF));
    assertTrue(early.getMessage().contains("decidedOn"), early.getMessage());
  }

  @Test
  void everyNominationStatusAndSelectionReasonHasItsRow() {
    assertEquals(Optional.empty(), ReasonCode.ofNomination(NominationOutcome.Status.ADMITTED));
    assertEquals(
        Optional.of(ReasonCode.DUPLICATE),
        ReasonCode.ofNomination(NominationOutcome.Status.DUPLICATE_NIK));
  }

  @Property(tries = 60)
  void everyApplicantOfASelectionGetsExactlyOneEnrollment(
      @ForAll("applications") List<Application> applications) {
    SelectionResult result = POLICY.select(BLK, REF, applications);
    List<Enrollment> enrollments = Enrollments.fromSelection(result, DECIDED);
    Set<Nik> people =
        applications.stream().map(a -> a.applicant().nik()).collect(Collectors.toSet());
    assertEquals(people.size(), enrollments.size());
    assertEquals(
        people, enrollments.stream().map(Enrollment::participant).collect(Collectors.toSet()));
    for (Enrollment e : enrollments) {
      var outcome = result.outcomeOf(e.participant()).orElseThrow();
      assertEquals(outcome.status().name(), e.status().name());
      outcome.cohort().ifPresent(c -> assertEquals(c, e.cohort()));
    }
  }

  @Property(tries = 60)
  void afterAReleaseTheSelectedEnrollmentsAreTheSeatedOutcomes(
      @ForAll("applications") List<Application> applications) {
    SelectionResult result = POLICY.select(BLK, REF, applications);
    if (result.selected().isEmpty()) {
      return;
    }
    Nik leaving = result.selected().get(0).nik();
    List<Enrollment> enrollments = new ArrayList<>(Enrollments.fromSelection(result, DECIDED));
    enrollments.replaceAll(
        e ->
            e.participant().equals(leaving)
                ? e.lapse(LATER, StatusReason.of(ReasonCode.MISSED_RE_REGISTRATION))
                : e);
    SelectionResult later = result.releaseAndPromote(leaving, LATER);
    List<Enrollment> updated = Enrollments.update(enrollments, later, LATER);
    Set<Nik> seated = new HashSet<>();
    later.selected().forEach(o -> seated.add(o.nik()));
    Set<Nik> selected =
        updated.stream()
            .filter(e -> e.status() == EnrollmentStatus.SELECTED)
            .map(Enrollment::participant)
            .collect(Collectors.toSet());
    assertEquals(seated, selected);
    assertEquals(enrollments.size(), updated.size());
  }

  @Provide
  Arbitrary<List<Application>> applications() {
    Arbitrary<Application> one =
        net.jqwik.api.Combinators.combine(
                Arbitraries.integers().between(0, 14),
                Arbitraries.integers().between(0, 500),
                Arbitraries.frequency(
                    net.jqwik.api.Tuple.of(9, true), net.jqwik.api.Tuple.of(1, false)),
                Arbitraries.of(
                    List.of(LAS), List.of(JAHIT), List.of(LAS, JAHIT), List.of(JAHIT, LAS)))
            .as((p, m, age, choices) -> app(p, m, age, choices.toArray(new CohortId[0])));
    return one.list().ofMinSize(1).ofMaxSize(20);
  }
}
