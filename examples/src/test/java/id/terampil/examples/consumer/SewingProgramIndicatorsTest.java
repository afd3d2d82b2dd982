package id.terampil.examples.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.attendance.AssessmentResult;
import id.terampil.core.attendance.AttendanceSheet;
import id.terampil.core.attendance.Certificate;
import id.terampil.core.attendance.Completion;
import id.terampil.core.attendance.CompletionRule;
import id.terampil.core.attendance.Ratio;
import id.terampil.core.attendance.TrainingSession;
import id.terampil.core.classification.Skills;
import id.terampil.core.enrollment.Enrollment;
import id.terampil.core.enrollment.ReasonCode;
import id.terampil.core.enrollment.StatusReason;
import id.terampil.core.followup.BusinessGroup;
import id.terampil.core.followup.FollowUpActivity;
import id.terampil.core.followup.FollowUpKind;
import id.terampil.core.followup.FollowUpLedger;
import id.terampil.core.followup.FollowUpPlan;
import id.terampil.core.followup.GrantConflict;
import id.terampil.core.followup.Outcome;
import id.terampil.core.followup.OutcomeStatus;
import id.terampil.core.followup.PlannedFollowUp;
import id.terampil.core.followup.Recipient;
import id.terampil.core.identity.AgencyKind;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Nik;
import id.terampil.core.identity.Organizer;
import id.terampil.core.identity.ProgramId;
import id.terampil.core.identity.Sex;
import id.terampil.core.indicators.CheckpointOutcomes;
import id.terampil.core.indicators.FollowUpProgress;
import id.terampil.core.indicators.FundingCost;
import id.terampil.core.indicators.IndicatorInputs;
import id.terampil.core.indicators.ProgramIndicators;
import id.terampil.core.money.Rupiah;
import id.terampil.core.program.Cohort;
import id.terampil.core.program.Funding;
import id.terampil.core.program.FundingSource;
import id.terampil.core.program.ProgramKind;
import id.terampil.core.program.Seats;
import id.terampil.core.program.TrainingProgram;
import id.terampil.core.region.RegionCode;
import id.terampil.core.time.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A program that is not one of the seeds, as a new user computes what a programme officer signs:
 * a two-year sewing program of Kabupaten Kudus (33.19; trainees from Kaliwungu, 33.19.01, codes
 * from the 2025 Kemendagri list), one cohort a year, paid by an APBD line each year and a DBHCHT
 * line that names the 2026 cohort of tobacco workers. The program, the amounts and every person
 * are synthetic. Only the public API is used.
 */
class SewingProgramIndicatorsTest {

  private static final RegionCode KUDUS = RegionCode.parse("33.19");
  private static final RegionCode KALIWUNGU = RegionCode.parse("33.19.01");
  private static final Organizer DISNAKER =
      Organizer.of("Dinas Tenaga Kerja Kabupaten Kudus", AgencyKind.DINAS, KUDUS);
  private static final CohortId FIRST = CohortId.of("KDS25-JAHIT");
  private static final CohortId SECOND = CohortId.of("KDS26-JAHIT");
  private static final Cohort COHORT_2025 = cohort(FIRST, LocalDate.of(2025, 4, 7));
  private static final Cohort COHORT_2026 = cohort(SECOND, LocalDate.of(2026, 4, 6));

  /** Three weeks of sewing from a Monday, ten seats. */
  private static Cohort cohort(CohortId id, LocalDate monday) {
    return Cohort.builder()
        .id(id)
        .addSkills(Skills.SEWING)
        .period(DateRange.ofClosed(monday, monday.plusDays(18)))
        .seats(Seats.exactly(10))
        .build();
  }

  private static TrainingProgram.Builder program() {
    TrainingProgram.Builder b = TrainingProgram.builder();
    b.id(ProgramId.of("KDS-JAHIT-2025-2026"))
        .title("Pelatihan Menjahit bagi Pencari Kerja")
        .kind(ProgramKind.JOB_SKILLS)
        .organizer(DISNAKER)
        .fiscalYear(2025)
        .lastFiscalYear(2026)
        .period(DateRange.ofClosed(LocalDate.of(2025, 3, 1), LocalDate.of(2026, 6, 30)))
        .addRegionsServed(KALIWUNGU)
        .addCohorts(COHORT_2025, COHORT_2026)
        .followUpPlan(
            FollowUpPlan.builder()
                .addSteps(
                    PlannedFollowUp.builder()
                        .kind(FollowUpKind.TOOL_GRANT)
                        .fromMonth(0)
                        .toMonth(1)
                        .toGroups(true)
                        .build())
                .addCheckpoints(6)
                .build());
    return b;
  }

  private static final TrainingProgram SEWING =
      program()
          .addFunding(
              Funding.of(FundingSource.APBD_KABUPATEN_KOTA, 2025, Rupiah.ofMillions(80)),
              Funding.of(FundingSource.APBD_KABUPATEN_KOTA, 2026, Rupiah.ofMillions(90)),
              Funding.builder()
                  .source(FundingSource.DBHCHT)
                  .fiscalYear(2026)
                  .amount(Rupiah.ofMillions(30))
                  .addCohorts(SECOND)
                  .note("DBHCHT untuk buruh pabrik rokok")
                  .build())
          .build();

  /** What one cohort produced: enrollments, decisions, certificates. */
  private static final class CohortRun {
    final List<Enrollment> enrollments = new ArrayList<>();
    final List<Completion> completions = new ArrayList<>();
    final List<Certificate> certificates = new ArrayList<>();
    final List<Nik> graduates = new ArrayList<>();
  }

  /**
   * {@code trainees} people from serial {@code from} train in {@code cohort}, present at every
   * session; the ones listed in {@code notYetCompetent} fail the assessment.
   */
  private static CohortRun train(Cohort cohort, int from, int trainees, Set<Integer> notYetCompetent) {
    CohortRun run = new CohortRun();
    List<Nik> people = new ArrayList<>();
    for (int i = from; i < from + trainees; i++) {
      people.add(Nik.of(KALIWUNGU, LocalDate.of(1999, 1, 1).plusDays(i * 37L), Sex.FEMALE, i));
    }
    List<TrainingSession> sessions = TrainingSession.ofCohort(cohort, Set.of());
    AttendanceSheet sheet = AttendanceSheet.of(cohort.id(), sessions, people);
    for (TrainingSession session : sessions) {
      sheet = sheet.recordAllPresentExcept(session, Map.of());
    }
    LocalDate start = cohort.period().start();
    LocalDate end = cohort.period().endInclusive();
    CompletionRule rule = CompletionRule.atLeastPercent(80).requiringAssessment();
    for (int i = 0; i < people.size(); i++) {
      Nik nik = people.get(i);
      AssessmentResult result =
          notYetCompetent.contains(from + i) ? AssessmentResult.NOT_YET_COMPETENT : AssessmentResult.COMPETENT;
      Completion decision = rule.evaluate(sheet.summary(nik), result);
      run.completions.add(decision);
      Enrollment e =
          Enrollment.apply(nik, cohort.id(), start.minusDays(30))
              .select(start.minusDays(14))
              .confirmReRegistration(start.minusDays(7))
              .start(start);
      if (decision.isSatisfied()) {
        run.enrollments.add(e.complete(end, decision));
        run.certificates.add(Certificate.issue(decision, end, "560/" + (from + i) + "/DISNAKER/" + end.getYear()));
        run.graduates.add(nik);
      } else {
        run.enrollments.add(e.failToComplete(end, StatusReason.of(ReasonCode.NOT_YET_COMPETENT)));
      }
    }
    return run;
  }

  private static ProgramIndicators indicators(
      LocalDate asOf, List<CohortRun> runs, List<FollowUpActivity> activities, List<Outcome> outcomes) {
    IndicatorInputs.Builder in = IndicatorInputs.builder().program(SEWING).asOf(asOf);
    for (CohortRun run : runs) {
      in.addAllEnrollments(run.enrollments)
          .addAllCompletions(run.completions)
          .addAllCertificates(run.certificates);
    }
    return ProgramIndicators.compute(in.addAllActivities(activities).addAllOutcomes(outcomes).build());
  }

  @Test
  void atTheEndOfEachYearCostsCountOnlyTheBudgetsBegunAndTheCohortsTheyPayFor() {
    CohortRun first = train(COHORT_2025, 1, 10, Set.of(10));
    ProgramIndicators y2025 = indicators(LocalDate.of(2025, 12, 31), List.of(first), List.of(), List.of());
    // Rp 80 juta over the 10 who trained in 2025; the 2026 lines are not yet begun.
    assertEquals(Optional.of(Rupiah.ofMillions(8)), y2025.totalCost().perParticipant());
    assertEquals(Optional.of(Rupiah.of(8_888_889)), y2025.totalCost().perCompleter());
    assertEquals(Optional.empty(), y2025.cost(FundingSource.DBHCHT));
    assertEquals(Set.of(2025), y2025.costsByFiscalYear().keySet());

    CohortRun second = train(COHORT_2026, 11, 8, Set.of());
    ProgramIndicators y2026 =
        indicators(LocalDate.of(2026, 12, 31), List.of(first, second), List.of(), List.of());
    FundingCost total = y2026.totalCost();
    assertEquals(Optional.of(Rupiah.ofMillions(200)), total.funding());
    assertEquals(18, total.participants());
    assertEquals(Optional.of(Rupiah.of(11_111_111)), total.perParticipant());
    // The DBHCHT line pays for the 2026 cohort alone.
    FundingCost dbhcht = y2026.cost(FundingSource.DBHCHT).orElseThrow();
    assertEquals(8, dbhcht.participants());
    assertEquals(Optional.of(Rupiah.of(3_750_000)), dbhcht.perParticipant());
    assertEquals(Optional.of(Rupiah.ofMillions(15)), y2026.costsByFiscalYear().get(2026).perParticipant());
    assertEquals(Optional.of(Rupiah.ofMillions(8)), y2026.costsByCohort().get(FIRST).perParticipant());
    assertEquals(Optional.of(Rupiah.ofMillions(15)), y2026.costsByCohort().get(SECOND).perParticipant());
    Rupiah cohorts =
        y2026.costsByCohort().get(FIRST).funding().orElseThrow()
            .plus(y2026.costsByCohort().get(SECOND).funding().orElseThrow());
    assertEquals(total.funding().orElseThrow(), cohorts);
  }

  @Test
  void credentialsOutcomesAndFollowUpAsTheOfficerReportsThem() {
    CohortRun first = train(COHORT_2025, 1, 10, Set.of(9, 10));
    List<Nik> grads = first.graduates;
    BusinessGroup group = BusinessGroup.of("Kelompok Jahit Kaliwungu", grads.subList(0, 5));
    FollowUpActivity tools =
        FollowUpActivity.of(FollowUpKind.TOOL_GRANT, DISNAKER, Recipient.group(group), LocalDate.of(2025, 5, 2));
    FollowUpActivity again =
        FollowUpActivity.of(FollowUpKind.TOOL_GRANT, DISNAKER, Recipient.group(group), LocalDate.of(2025, 6, 2));
    List<GrantConflict> conflicts = FollowUpLedger.conflictsIn(List.of(tools, again));
    assertEquals(1, conflicts.size(), "one conflict for the group, not one per member");
    assertEquals(Optional.of(group), conflicts.get(0).group());
    assertEquals(5, conflicts.get(0).participants().size());

    LocalDate due = LocalDate.of(2025, 10, 25);  // six months after 2025-04-25
    List<Outcome> outcomes =
        List.of(
            Outcome.of(grads.get(0), 6, OutcomeStatus.EMPLOYED, LocalDate.of(2025, 5, 20)),  // early
            Outcome.of(grads.get(1), 6, OutcomeStatus.EMPLOYED, due),
            Outcome.of(grads.get(2), 6, OutcomeStatus.BUSINESS_STARTED, due.plusMonths(1)),
            Outcome.of(grads.get(3), 6, OutcomeStatus.UNREACHABLE, due.plusMonths(2)),
            Outcome.of(grads.get(4), 6, OutcomeStatus.NOT_WORKING, due.plusDays(3)));
    ProgramIndicators ind =
        indicators(LocalDate.of(2025, 12, 31), List.of(first), FollowUpLedger.of(List.of(tools)).activities(), outcomes);

    assertEquals(8, ind.overall().credentials().certificates());
    assertEquals(8, ind.overall().credentials().competent());
    assertEquals(2, ind.overall().credentials().notYetCompetent());
    assertEquals(Optional.of(Ratio.of(4, 5)), ind.cohort(FIRST).orElseThrow().credentials().competentRate());

    CheckpointOutcomes six = ind.overall().outcomesAt(6).orElseThrow();
    assertEquals(8, six.due());
    assertEquals(1, six.observedEarly());
    assertEquals(Optional.of(Ratio.of(2, 3)), six.workingOrInBusinessRate());
    assertEquals(Optional.of(Ratio.of(2, 8)), six.workingOrInBusinessRateOverDue());

    FollowUpProgress toolGrants = ind.overall().followUp().get(FollowUpKind.TOOL_GRANT);
    assertEquals(8, toolGrants.due());
    assertEquals(5, toolGrants.delivered());
    assertEquals(3, toolGrants.overdue());
    assertEquals(10, ind.overall().people().started());
  }

  @Test
  void aBudgetLineOutsideTheProgramsYearsIsRefusedWithAClearMessage() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> program().addFunding(Funding.of(FundingSource.APBD_KABUPATEN_KOTA, 2028, Rupiah.ofMillions(50))).build());
    assertEquals(
        "program funding fiscalYear must lie within the program's fiscal years 2025-2026:"
            + " APBD_KABUPATEN_KOTA line of 2028",
        e.getMessage());
    assertTrue(SEWING.multiYear());
  }
}
