package id.terampil.examples.showcase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import id.terampil.core.applicant.Application;
import id.terampil.core.attendance.AttendanceMark;
import id.terampil.core.attendance.AttendanceSheet;
import id.terampil.core.attendance.Ratio;
import id.terampil.core.attendance.TrainingSession;
import id.terampil.core.classification.TargetGroup;
import id.terampil.core.eligibility.ParticipationHistory;
import id.terampil.core.enrollment.Enrollment;
import id.terampil.core.enrollment.EnrollmentStatus;
import id.terampil.core.followup.FollowUpActivity;
import id.terampil.core.followup.FollowUpKind;
import id.terampil.core.followup.FollowUpLedger;
import id.terampil.core.followup.GrantConflict;
import id.terampil.core.followup.OutcomeStatus;
import id.terampil.core.followup.Recipient;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Nik;
import id.terampil.core.indicators.CheckpointOutcomes;
import id.terampil.core.indicators.EnrollmentCounts;
import id.terampil.core.indicators.FundingCost;
import id.terampil.core.indicators.IndicatorSet;
import id.terampil.core.indicators.SupportTotal;
import id.terampil.core.program.Cohort;
import id.terampil.core.program.FundingSource;
import id.terampil.core.program.NominationOutcome;
import id.terampil.core.program.TrainingProgram;
import id.terampil.core.region.RegionCode;
import id.terampil.core.selection.SelectionOutcome;
import id.terampil.core.selection.SelectionReason;
import id.terampil.core.selection.SelectionResult;
import id.terampil.core.selection.SelectionStatus;
import id.terampil.examples.seeds.SeedPrograms;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each seed program run end to end (issue 4, point 8): the facts of its article hold after
 * eligibility, selection, enrollment, attendance, completion, follow-up and indicators, and the
 * bookkeeping of every run adds up.
 */
class SeedProgramsEndToEndTest {

  private static Map<String, RunResult> runs;

  @BeforeAll
  static void runAll() {
    runs = new HashMap<>();
    for (Scenario s : Scenarios.all()) {
      runs.put(s.program().id().toString(), SeedRun.run(s));
    }
  }

  static Stream<RunResult> allRuns() {
    if (runs == null) {
      runAll();
    }
    return Scenarios.all().stream().map(s -> runs.get(s.program().id().toString()));
  }

  private static RunResult run(String programId) {
    return runs.get(programId);
  }

  // ---- Laws of every run ----

  @ParameterizedTest
  @MethodSource("allRuns")
  void seatsAreNeverExceeded(RunResult run) {
    TrainingProgram p = run.scenario().program();
    for (SelectionResult s : List.of(run.selection(), run.finalSelection())) {
      Map<CohortId, Long> taken = s.selected().stream()
          .collect(Collectors.groupingBy(o -> o.cohort().orElseThrow(), Collectors.counting()));
      for (Cohort c : p.cohorts()) {
        assertTrue(taken.getOrDefault(c.id(), 0L) <= c.seats().max(), c.id().toString());
      }
    }
    Map<CohortId, Long> started = run.enrollments().stream()
        .filter(e -> e.history().stream().anyMatch(ev -> ev.to() == EnrollmentStatus.ACTIVE))
        .collect(Collectors.groupingBy(Enrollment::cohort, Collectors.counting()));
    for (Cohort c : p.cohorts()) {
      assertTrue(started.getOrDefault(c.id(), 0L) <= c.seats().max(), c.id().toString());
    }
    assertTrue(run.indicators().overall().counts().started() <= p.totalSeats().max());
  }

  @ParameterizedTest
  @MethodSource("allRuns")
  void everyRejectionAndEveryNegativeStatusCarriesAReason(RunResult run) {
    for (SelectionOutcome o : run.selection().rejected()) {
      assertEquals(SelectionStatus.REJECTED, o.status());
      if (o.reason() == SelectionReason.INELIGIBLE) {
        assertFalse(o.unmet().isEmpty(), o.toString());
        assertFalse(run.eligibility().get(o.application()).isEligible(), o.toString());
      }
    }
    for (Enrollment e : run.enrollments()) {
      if (e.status() == EnrollmentStatus.REJECTED
          || e.status() == EnrollmentStatus.LAPSED
          || e.status() == EnrollmentStatus.NOT_COMPLETED) {
        assertTrue(e.statusReason().isPresent(), e.toString());
      }
      // Nobody is left waiting, selected-but-not-started or in training once it is over.
      assertFalse(
          e.status() == EnrollmentStatus.WAITLISTED
              || e.status() == EnrollmentStatus.SELECTED
              || e.status() == EnrollmentStatus.ACTIVE,
          e.toString());
    }
  }

  @ParameterizedTest
  @MethodSource("allRuns")
  void midCourseCountsOnlyTheSessionsHeldByTheHalfwayDate(RunResult run) {
    // Recounted from the marks: each cohort's sessions up to its middle one, the rule's minimum
    // over them (every session is marked in these runs).
    boolean excused = run.scenario().completion().excusedCountsAsPresent();
    Ratio minimum = run.scenario().completion().minimumAttendance();
    int below = 0;
    int belowAtEnd = 0;
    int participants = 0;
    for (AttendanceSheet sheet : run.attendance().values()) {
      List<TrainingSession> sessions = sheet.sessions().asList();
      LocalDate halfway = sessions.get((sessions.size() - 1) / 2).date();
      for (Nik nik : sheet.participants()) {
        participants++;
        int held = 0;
        int attended = 0;
        int attendedAll = 0;
        for (TrainingSession s : sessions) {
          AttendanceMark m = sheet.mark(s, nik).orElseThrow();
          boolean counts = m == AttendanceMark.PRESENT || (excused && m == AttendanceMark.EXCUSED);
          attendedAll += counts ? 1 : 0;
          if (!s.date().isAfter(halfway)) {
            held++;
            attended += counts ? 1 : 0;
          }
        }
        below += Ratio.of(attended, held).compareTo(minimum) < 0 ? 1 : 0;
        belowAtEnd += Ratio.of(attendedAll, sessions.size()).compareTo(minimum) < 0 ? 1 : 0;
      }
    }
    Report.MidCourse mid = Report.midCourse(run);
    assertEquals(participants, mid.participants());
    assertEquals(below, mid.below());
    if (run.scenario().program().id().toString().equals("KENDARI-SENTRA-IKM-2022")) {
      // Here halfway and the end differ, so the count is not the whole sheet's.
      assertNotEquals(belowAtEnd, mid.below());
    }
  }

  @ParameterizedTest
  @MethodSource("allRuns")
  void indicatorsAddUp(RunResult run) {
    IndicatorSet all = run.indicators().overall();
    EnrollmentCounts c = all.counts();
    assertEquals(run.applications().size(), c.applicants());
    assertEquals(
        run.applications().size(), run.selection().all().size() + run.nominations().size(),
        "every application is selected among or nominated");
    assertEquals(run.applications().size(), run.enrollments().size() + run.duplicates().size());
    assertEquals(run.duplicates().size(), c.unrecorded(), "duplicates have no enrollment record");
    assertEquals(
        c.applicants(),
        c.pending() + c.withdrawnBeforeSelection() + c.rejected() + c.waitlisted() + c.selected()
            + c.unrecorded());
    assertEquals(0, c.pending() + c.waitlisted() + c.inTraining(), "all decided, all trained");
    long completed =
        run.enrollments().stream().filter(e -> e.status() == EnrollmentStatus.COMPLETED).count();
    assertEquals(completed, c.completed());
    assertEquals(completed, run.certificates().size());
    assertEquals(
        Optional.of(Ratio.of(c.completed(), c.started())), all.completionRate(), "nobody in training");
    assertTrue(all.meanAttendanceRate().orElseThrow().compareTo(Ratio.ONE) <= 0);
    for (CheckpointOutcomes o : all.outcomes()) {
      assertEquals(c.completed(), o.completers());
      assertEquals(o.completers(), o.reached() + o.unreachable() + o.notRecorded() + o.notYetDue());
      assertEquals(0, o.notRecorded() + o.notYetDue(), "every due checkpoint observed");
      // Unreachable graduates are left out of the denominators.
      int positive = o.byStatus().entrySet().stream()
          .filter(e -> e.getKey().isWorkingOrInBusiness()).mapToInt(Map.Entry::getValue).sum();
      assertEquals(Optional.of(Ratio.of(positive, o.reached())), o.workingOrInBusinessRate());
    }
    for (SupportTotal s : all.support().values()) {
      assertTrue(s.beneficiaries() <= c.completed(), s.toString());
      assertEquals(s.activities(), s.unvalued(), "no article gives a value");
    }
    int perCohort = run.indicators().byCohort().values().stream()
        .mapToInt(set -> set.counts().selected()).sum();
    assertEquals(c.selected(), perCohort);
    // No article gives an amount: every cost is unknown, per source and in total.
    for (FundingCost cost : run.indicators().costs()) {
      assertEquals(Optional.empty(), cost.perParticipant(), cost.toString());
      assertEquals(c.started(), cost.participants());
    }
  }

  @ParameterizedTest
  @MethodSource("allRuns")
  void theLedgerRefusesASecondOneTimeGrant(RunResult run) {
    FollowUpLedger ledger = run.ledger();
    Optional<FollowUpActivity> firstGrant =
        ledger.activities().stream().filter(a -> a.kind().isOneTimeGrant()).findFirst();
    assertEquals(firstGrant.isPresent(), run.refusedGrant().isPresent());
    if (firstGrant.isEmpty()) {
      return;
    }
    FollowUpActivity first = firstGrant.get();
    GrantConflict refused = run.refusedGrant().get();
    assertEquals(1, refused.participants().size());
    Nik grantee = refused.participants().iterator().next();
    assertEquals(first, refused.earlierByParticipant().get(grantee));
    assertEquals(Optional.of(first), ledger.grantReceived(grantee, first.kind()));
    FollowUpActivity again = FollowUpActivity.of(
        first.kind(), first.deliveredBy(), Recipient.participant(grantee), first.date().plusDays(1));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> ledger.record(again));
    assertTrue(e.getMessage().contains(grantee.masked()), e.getMessage());
    assertFalse(e.getMessage().contains(grantee.toString()), "the NIK is masked");
    // A grant of another kind, or coaching, is still accepted.
    FollowUpActivity coaching = FollowUpActivity.of(
        FollowUpKind.COACHING, first.deliveredBy(), Recipient.participant(grantee), first.date());
    assertEquals(ledger.activities().size() + 1, ledger.record(coaching).activities().size());
  }

  @ParameterizedTest
  @MethodSource("allRuns")
  void aRunIsTheSameEveryTime(RunResult run) {
    RunResult again = SeedRun.run(run.scenario());
    assertEquals(run.applications(), again.applications());
    assertEquals(run.enrollments(), again.enrollments());
    assertEquals(run.ledger(), again.ledger());
    assertEquals(run.outcomes(), again.outcomes());
    assertEquals(run.indicators(), again.indicators());
  }

  // ---- Each article's facts ----

  @Nested
  class Sorong {
    private final RunResult run = run("SORONG-IKM-2025-2");

    @Test
    void housewivesAndSmallBusinessOwnersComeFirst() {
      SelectionOutcome first = run.selection().selected().get(0);
      assertTrue(
          first.application().applicant().isMemberOf(TargetGroup.HOUSEWIFE)
              || first.application().applicant().isMemberOf(SeedPrograms.SMALL_BUSINESS_OWNER),
          first.toString());
      assertEquals(Optional.of("PRIORITY_GROUPS"), first.tier());
      // Everyone of the priority groups ranks before everyone else.
      boolean othersBegan = false;
      for (SelectionOutcome o : run.selection().selected()) {
        boolean priority = o.tier().isPresent();
        assertFalse(othersBegan && priority, o.toString());
        othersBegan |= !priority;
      }
      assertEquals(
          ImmutableSet.of(CohortId.of("SORONG25-KUE-SAGU"), CohortId.of("SORONG25-PERBENGKELAN")),
          run.finalSelection().selected().stream().map(o -> o.cohort().orElseThrow())
              .collect(ImmutableSet.toImmutableSet()));
    }

    @Test
    void dekranasdaCoachesBusinessGroupsOfGraduates() {
      List<FollowUpActivity> coaching = run.ledger().activities().stream()
          .filter(a -> a.kind() == FollowUpKind.COACHING).collect(Collectors.toList());
      assertFalse(coaching.isEmpty());
      Set<Nik> coached = new HashSet<>();
      for (FollowUpActivity a : coaching) {
        assertTrue(a.recipient().isGroup(), "kelompok usaha");
        assertEquals(SeedPrograms.DEKRANASDA_SORONG, a.deliveredBy());
        assertTrue(a.recipient().group().orElseThrow().members().size() <= 5);
        for (Nik member : a.recipient().beneficiaries()) {
          assertTrue(coached.add(member), "each graduate in one group");
          Enrollment e = enrollmentOf(run, member);
          assertEquals(EnrollmentStatus.COMPLETED, e.status());
          assertEquals(a.cohort(), Optional.of(e.cohort()), "a group is of one cohort");
        }
      }
      assertEquals(run.indicators().overall().counts().completed(), coached.size());
      assertEquals(
          coached.size(),
          run.indicators().overall().support(FollowUpKind.FURTHER_AID_REGISTRATION).orElseThrow()
              .beneficiaries(),
          "every graduate is registered for further training and aid");
      assertEquals(Optional.empty(), run.refusedGrant(), "no one-time grant in Sorong's plan");
    }
  }

  @Nested
  class Kendari {
    private final RunResult run = run("KENDARI-SENTRA-IKM-2022");

    @Test
    void nominatesManagersCoachesAndStaffIntoTwentyFiveSeatsForSixDays() {
      assertTrue(run.selection().all().isEmpty(), "no selection runs for a nominated cohort");
      long admitted = run.nominations().stream().filter(NominationOutcome::isAdmitted).count();
      assertEquals(25, admitted);
      for (NominationOutcome o : run.nominations()) {
        if (o.isAdmitted()) {
          assertTrue(
              run.scenario().program().cohorts().get(0).admits(o.nomination().role()),
              o.toString());
        }
      }
      assertTrue(
          run.nominations().stream()
              .anyMatch(o -> o.decision().codes().contains("ROLE_NOT_ADMITTED")),
          "a citizen put forward is refused");
      assertEquals(6, run.attendance().values().iterator().next().sessions().size());
    }

    @Test
    void graduatesGoOnComparativeStudyVisitsAndNoOutcomesAreFollowed() {
      SupportTotal visits = run.indicators().overall()
          .support(FollowUpKind.COMPARATIVE_STUDY_VISIT).orElseThrow();
      assertEquals(run.indicators().overall().counts().completed(), visits.beneficiaries());
      for (FollowUpActivity a : run.ledger().activities()) {
        assertEquals(run.scenario().program().organizer(), a.deliveredBy());
        assertTrue(a.date().isAfter(LocalDate.of(2022, 7, 24)), "after the six days");
      }
      assertEquals(List.of(), run.indicators().overall().outcomes());
      assertEquals(List.of(), run.outcomes());
    }
  }

  @Nested
  class Pekalongan2024 {
    private final RunResult run = run("PKL-DBHCHT-2024");

    @Test
    void has27CohortsAnd1080SeatsFilledByResidentsOfEachKelurahan() {
      assertEquals(27, run.scenario().program().cohorts().size());
      assertEquals(1080, run.indicators().overall().seats().max());
      assertEquals(27, run.indicators().byCohort().size());
      for (SelectionOutcome o : run.finalSelection().selected()) {
        Cohort c = run.scenario().program().cohort(o.cohort().orElseThrow()).orElseThrow();
        assertTrue(
            run.scenario()
                .program()
                .admission(c.id())
                .decide(
                    o.application().applicant(),
                    run.scenario().registrationCloses(),
                    ParticipationHistory.empty())
                .isEligible(),
            o.toString());
        assertTrue(
            o.application().applicant().domicile().isWithin(c.regionsServed().iterator().next()),
            "a resident of the cohort's kelurahan: " + o);
      }
      for (IndicatorSet cohort : run.indicators().byCohort().values()) {
        assertEquals(40, cohort.seats().max());
        assertTrue(cohort.counts().started() <= 40);
      }
    }

    @Test
    void everyGraduateGetsTheAkiCardAtCompletionAndIsFollowedAtSixMonths() {
      for (FollowUpActivity a : run.ledger().activities()) {
        assertEquals(FollowUpKind.OTHER, a.kind());
        assertTrue(a.note().orElseThrow().contains("AK/I"));
        Cohort c = run.scenario().program().cohort(a.cohort().orElseThrow()).orElseThrow();
        assertEquals(c.period().endInclusive(), a.date(), "month 0: at completion");
      }
      assertEquals(
          ImmutableList.of(6),
          run.indicators().overall().outcomes().stream()
              .map(CheckpointOutcomes::monthsAfterCompletion).collect(Collectors.toList()));
      assertEquals(
          ImmutableSet.of(FundingSource.DBHCHT),
          run.indicators().costs().stream().flatMap(c -> c.source().stream())
              .collect(ImmutableSet.toImmutableSet()));
    }
  }

  @Nested
  class PalangkaRaya {
    private final RunResult run = run("PLK-ROTAN-2020");

    @Test
    void thirtyCovidAffectedMicroBusinessOwnersTrainFrom24To28August() {
      assertEquals(30, run.indicators().overall().seats().max());
      assertEquals(30, run.indicators().overall().counts().started());
      for (SelectionOutcome o : run.finalSelection().selected()) {
        assertTrue(o.application().applicant().isMemberOf(TargetGroup.MICRO_BUSINESS_OWNER)
            || o.application().applicant().isMemberOf(SeedPrograms.SMALL_BUSINESS_OWNER));
        assertTrue(o.application().applicant().isMemberOf(TargetGroup.COVID_AFFECTED));
      }
      Cohort rattan = run.scenario().program().cohorts().get(0);
      assertEquals(LocalDate.of(2020, 8, 24), rattan.period().start());
      assertEquals(LocalDate.of(2020, 8, 28), rattan.period().endInclusive());
      assertEquals(5, run.attendance().get(rattan.id()).sessions().size());
    }

    @Test
    void rejectsApplicantsFromOutsideBukitBatuAndRakumpitForResidence() {
      int outsiders = 0;
      for (Application a : run.applications()) {
        RegionCode home = a.applicant().domicile();
        boolean inside =
            SeedPrograms.KEC_BUKIT_BATU.contains(home) || SeedPrograms.KEC_RAKUMPIT.contains(home);
        SelectionOutcome o = run.selection().outcomeOf(a.applicant().nik()).orElseThrow();
        boolean residence =
            o.unmet().stream().anyMatch(u -> u.code().equals("RESIDENCE_OUTSIDE_REGIONS"));
        assertEquals(!inside, residence, o.toString());
        if (!inside) {
          outsiders++;
          assertEquals(SelectionReason.INELIGIBLE, o.reason());
        }
      }
      assertTrue(outsiders > 0, "the pool must hold applicants from elsewhere");
    }

    @Test
    void toolGrantsFromTheTechnicalAgenciesAndPromotionFollowTheTraining() {
      LocalDate end = LocalDate.of(2020, 8, 28);
      int completed = run.indicators().overall().counts().completed();
      SupportTotal tools = run.indicators().overall().support(FollowUpKind.TOOL_GRANT).orElseThrow();
      SupportTotal promotion =
          run.indicators().overall().support(FollowUpKind.MARKETING_PROMOTION).orElseThrow();
      assertEquals(completed, tools.beneficiaries());
      assertEquals(completed, promotion.beneficiaries());
      for (FollowUpActivity a : run.ledger().activities()) {
        assertFalse(a.date().isBefore(end), "afterwards");
        assertNotEquals(run.scenario().program().organizer(), a.deliveredBy());
        assertEquals(
            a.kind() == FollowUpKind.TOOL_GRANT
                ? SeedPrograms.SOPD_TEKNIS_PALANGKA_RAYA
                : SeedPrograms.PEMKOT_PALANGKA_RAYA,
            a.deliveredBy());
      }
      assertEquals(FollowUpKind.TOOL_GRANT, run.refusedGrant().orElseThrow().kind());
    }
  }

  @Nested
  class PekalonganBlk2025 {
    private final RunResult run = run("PKL-BLK-2025");

    @Test
    void moreApplicantsThanSeatsMeansSelection() {
      IndicatorSet all = run.indicators().overall();
      assertTrue(all.isOversubscribed());
      assertTrue(all.applicants() > 2 * all.seats().max());
      assertTrue(run.eligiblePeople() > all.seats().max(), "selection among the eligible");
      assertTrue(
          run.selection().rejected().stream().anyMatch(o -> o.reason() == SelectionReason.NO_SEATS)
              || !run.selection().waitlisted().isEmpty());
      assertEquals(
          ImmutableSet.of("TOBACCO_SECTOR_WORKERS", "TOBACCO_WORKER_HOUSEHOLD"),
          run.selection().policy().tiers().stream().map(t -> t.name())
              .collect(ImmutableSet.toImmutableSet()));
      // A job seeker without a valid AK/I card is turned away by the rule of the classes the
      // example lets DBHCHT pay for, and only there.
      assertTrue(run.selection().rejected().stream().anyMatch(o -> o.unmet().stream()
          .anyMatch(u -> u.code().equals(SeedPrograms.JOB_SEEKER_WITHOUT_AKI))));
      assertTrue(run.selection().rejected().stream()
          .filter(o -> o.unmet().stream()
              .anyMatch(u -> u.code().equals(SeedPrograms.JOB_SEEKER_WITHOUT_AKI)))
          .allMatch(o -> o.application().cohortChoices().stream()
              .allMatch(SeedPrograms.BLK_DBHCHT_COHORTS::contains)));
    }

    @Test
    void isFundedByTheCityTheProvinceAndDbhcht() {
      assertEquals(
          ImmutableList.of(
              Optional.<FundingSource>empty(),
              Optional.of(FundingSource.APBD_KABUPATEN_KOTA),
              Optional.of(FundingSource.APBD_PROVINSI),
              Optional.of(FundingSource.DBHCHT)),
          run.indicators().costs().stream().map(FundingCost::source).collect(Collectors.toList()));
    }

    @Test
    void cartGrantsAreHandedOverByAnotherAgencyOn4August2025() {
      List<FollowUpActivity> carts = run.ledger().activities().stream()
          .filter(a -> a.kind() == FollowUpKind.CART_GRANT).collect(Collectors.toList());
      assertFalse(carts.isEmpty());
      for (FollowUpActivity a : carts) {
        assertEquals(SeedPrograms.DINDAGKOP_UKM_PEKALONGAN, a.deliveredBy());
        assertNotEquals(run.scenario().program().organizer(), a.deliveredBy());
        assertEquals(LocalDate.of(2025, 8, 4), a.date());
        Enrollment e = enrollmentOf(run, a.recipient().participant().orElseThrow());
        assertEquals(EnrollmentStatus.COMPLETED, e.status(), "only graduates get a cart");
      }
      GrantConflict refused = run.refusedGrant().orElseThrow();
      assertEquals(FollowUpKind.CART_GRANT, refused.kind());
      assertTrue(refused.message().contains("may be given only once per person"));
    }

    @Test
    void outcomesIncludeWorkingAbroadWithUnreachableGraduatesLeftOutOfRates() {
      List<CheckpointOutcomes> outcomes = run.indicators().overall().outcomes();
      assertEquals(List.of(3, 6), outcomes.stream()
          .map(CheckpointOutcomes::monthsAfterCompletion).collect(Collectors.toList()));
      for (CheckpointOutcomes o : outcomes) {
        assertTrue(o.count(OutcomeStatus.WORKING_ABROAD) > 0, o.toString());
        assertTrue(o.unreachable() > 0, o.toString());
        assertEquals(
            Optional.of(Ratio.of(o.count(OutcomeStatus.WORKING_ABROAD), o.reached())),
            o.rate(OutcomeStatus.WORKING_ABROAD));
        assertThrows(IllegalArgumentException.class, () -> o.rate(OutcomeStatus.UNREACHABLE));
      }
    }
  }

  private static Enrollment enrollmentOf(RunResult run, Nik nik) {
    return run.enrollments().stream().filter(e -> e.participant().equals(nik)).findFirst()
        .orElseThrow();
  }
}
