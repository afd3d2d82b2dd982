package id.terampil.benchmarks;

import id.terampil.core.classification.Skills;
import id.terampil.core.eligibility.EligibilityPolicy;
import id.terampil.core.eligibility.EligibilityRule;
import id.terampil.core.identity.AgencyKind;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Organizer;
import id.terampil.core.identity.ProgramId;
import id.terampil.core.program.Cohort;
import id.terampil.core.program.Funding;
import id.terampil.core.program.FundingSource;
import id.terampil.core.program.ProgramKind;
import id.terampil.core.program.Seats;
import id.terampil.core.program.TrainingProgram;
import id.terampil.core.region.RegionCode;
import id.terampil.core.time.DateRange;
import id.terampil.validation.BatchReport;
import id.terampil.validation.BatchValidator;
import id.terampil.validation.EnrollmentRecord;
import id.terampil.validation.Finding;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Time to first report, batch validator path: a new JVM builds a one-cohort program, validates
 * one synthetic record (its declared sex disagrees with its NIK) with a {@link BatchValidator}
 * and prints the summary and the finding. Loads no Hibernate Validator class. Run by
 * {@code scripts/startup.sh}.
 */
public final class FirstReport {

  /** The reference date: the close of registration. */
  static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 3, 1);

  private FirstReport() {}

  /**
   * Validates the record and prints the report.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    BatchReport report =
        BatchValidator.builder(program(), REFERENCE_DATE).build().validate(List.of(record()));
    System.out.println(report.summary(Locale.ENGLISH));
    for (Finding f : report.records().get(0).findings()) {
      System.out.println(f.code() + ": " + f.message(Locale.ENGLISH));
    }
  }

  /** A one-cohort program of Kecamatan Pahandut (62.71.01), 2026. */
  static TrainingProgram program() {
    RegionCode district = RegionCode.parse("62.71.01");
    DateRange period = DateRange.ofClosed(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 13));
    return TrainingProgram.builder()
        .id(ProgramId.of("PLK-2026-01"))
        .title("Pelatihan Menjahit")
        .kind(ProgramKind.JOB_SKILLS)
        .organizer(Organizer.of("Dinas Tenaga Kerja", AgencyKind.DINAS, RegionCode.parse("62.71")))
        .fiscalYear(2026)
        .addFunding(Funding.of(FundingSource.APBD_KABUPATEN_KOTA, 2026))
        .period(period)
        .eligibility(EligibilityPolicy.of(EligibilityRule.productiveAge()))
        .addCohorts(
            Cohort.builder()
                .id(CohortId.of("JAHIT-1"))
                .addSkills(Skills.SEWING)
                .period(period)
                .seats(Seats.exactly(20))
                .addRegionsServed(district)
                .build())
        .build();
  }

  /** A synthetic record: a woman's NIK (day 52 = 12 + 40), declared sex L. */
  static EnrollmentRecord record() {
    return EnrollmentRecord.builder()
        .nik("6271015205800017")
        .name("Contoh Sintetis")
        .sex("L")
        .birthDate("1980-05-12")
        .domicileCode("62.71.01.1003")
        .education("SMP")
        .employment("SELF_EMPLOYED")
        .programId("PLK-2026-01")
        .cohortId("JAHIT-1")
        .registeredAt("2026-02-20T09:30:00")
        .build();
  }
}
