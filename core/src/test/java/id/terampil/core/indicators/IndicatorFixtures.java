package id.terampil.core.indicators;

import static id.terampil.core.followup.FollowUpFixtures.BLK;
import static id.terampil.core.followup.FollowUpFixtures.DINDAGKOP;
import static id.terampil.core.followup.FollowUpFixtures.KOTA_PEKALONGAN;

import id.terampil.core.classification.Skills;
import id.terampil.core.enrollment.CompletionFixtures;
import id.terampil.core.enrollment.Enrollment;
import id.terampil.core.enrollment.ReasonCode;
import id.terampil.core.enrollment.StatusReason;
import id.terampil.core.followup.FollowUpKind;
import id.terampil.core.followup.FollowUpPlan;
import id.terampil.core.followup.PlannedFollowUp;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Nik;
import id.terampil.core.identity.ProgramId;
import id.terampil.core.money.Rupiah;
import id.terampil.core.program.Cohort;
import id.terampil.core.program.Funding;
import id.terampil.core.program.FundingSource;
import id.terampil.core.program.ProgramKind;
import id.terampil.core.program.Seats;
import id.terampil.core.program.TrainingProgram;
import id.terampil.core.program.Venue;
import id.terampil.core.time.DateRange;
import java.time.LocalDate;

/**
 * A synthetic two-cohort BLK program modelled on seed 004 (Pekalongan BLK 2025: sewing and
 * welding, APBD kota, APBD provinsi and DBHCHT funding, cart grants by another agency).
 */
final class IndicatorFixtures {

  static final CohortId SEWING = CohortId.of("BLK25-JAHIT");
  static final CohortId WELDING = CohortId.of("BLK25-LAS");
  static final LocalDate APPLIED = LocalDate.of(2025, 1, 10);
  static final LocalDate SELECTED = LocalDate.of(2025, 1, 25);
  static final LocalDate START = LocalDate.of(2025, 2, 3);
  static final LocalDate END = LocalDate.of(2025, 2, 21);
  static final StatusReason REASON = StatusReason.of(ReasonCode.PERSONAL);

  private IndicatorFixtures() {}

  /** The program with the given funding lines and seats per cohort. */
  static TrainingProgram program(int seatsPerCohort, Funding... funding) {
    Venue blk = Venue.of("Balai Latihan Kerja Kota Pekalongan", KOTA_PEKALONGAN);
    DateRange weeks = DateRange.ofClosed(START, END);
    return TrainingProgram.builder()
        .id(ProgramId.of("BLK-PKL-2025"))
        .title("Pelatihan Berbasis Kompetensi BLK Kota Pekalongan")
        .kind(ProgramKind.COMPETENCY_BASED)
        .organizer(BLK)
        .fiscalYear(2025)
        .addFunding(funding)
        .period(weeks)
        .addCohorts(
            Cohort.builder()
                .id(SEWING)
                .addSkills(Skills.SEWING)
                .venue(blk)
                .period(weeks)
                .seats(Seats.exactly(seatsPerCohort))
                .build(),
            Cohort.builder()
                .id(WELDING)
                .addSkills(Skills.WELDING)
                .venue(blk)
                .period(weeks)
                .seats(Seats.exactly(seatsPerCohort))
                .build())
        .followUpPlan(
            FollowUpPlan.builder()
                .addSteps(PlannedFollowUp.of(FollowUpKind.CART_GRANT, DINDAGKOP, 1, 6))
                .addSteps(PlannedFollowUp.of(FollowUpKind.COACHING, BLK, 0, 12))
                .addCheckpoints(3, 6, 12)
                .build())
        .build();
  }

  /** The program with 16 seats per cohort, APBD kota Rp 100 juta, APBD provinsi Rp 50 juta. */
  static TrainingProgram program() {
    return program(
        16,
        Funding.of(FundingSource.APBD_KABUPATEN_KOTA, 2025, Rupiah.ofMillions(100)),
        Funding.of(FundingSource.APBD_PROVINSI, 2025, Rupiah.ofMillions(50)));
  }

  /** Inputs for {@link #program()} as of {@code asOf}. */
  static IndicatorInputs.Builder inputs(LocalDate asOf) {
    IndicatorInputs.Builder b = IndicatorInputs.builder();
    b.program(program()).asOf(asOf);
    return b;
  }

  static Enrollment applied(Nik nik, CohortId cohort) {
    return Enrollment.apply(nik, cohort, APPLIED);
  }

  static Enrollment selected(Nik nik, CohortId cohort) {
    return applied(nik, cohort).select(SELECTED);
  }

  static Enrollment started(Nik nik, CohortId cohort) {
    return selected(nik, cohort).confirmReRegistration(SELECTED).start(START);
  }

  static Enrollment completed(Nik nik, CohortId cohort) {
    return started(nik, cohort).complete(END, CompletionFixtures.satisfied(nik, cohort, END));
  }
}
