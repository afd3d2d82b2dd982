package id.terampil.validation;

import id.terampil.core.classification.Skills;
import id.terampil.core.classification.TargetGroup;
import id.terampil.core.eligibility.EligibilityPolicy;
import id.terampil.core.eligibility.EligibilityRule;
import id.terampil.core.identity.AgencyKind;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Nik;
import id.terampil.core.identity.Organizer;
import id.terampil.core.identity.ProgramId;
import id.terampil.core.identity.Sex;
import id.terampil.core.program.Cohort;
import id.terampil.core.program.Funding;
import id.terampil.core.program.FundingSource;
import id.terampil.core.program.GroupRequirement;
import id.terampil.core.program.ProgramKind;
import id.terampil.core.program.Seats;
import id.terampil.core.program.TrainingProgram;
import id.terampil.core.region.RegionCode;
import id.terampil.core.time.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A synthetic roster fixture: a DBHCHT sewing program of Kota Pekalongan with three cohorts.
 * KERGON (2 seats, serves district 33.75.01) and SAPURO overlap in July; LATE is in October.
 * The program admits productive age (15-64) housewives or tobacco-worker households: age is its
 * eligibility policy, the groups its one required group condition.
 */
final class Roster {

  static final LocalDate CLOSE = LocalDate.of(2024, 6, 30);
  static final String KERGON = "PKL24-BENDAN-KERGON";
  static final String SAPURO = "PKL24-SAPURO";
  static final String LATE = "PKL24-LATE";
  static final RegionCode DISTRICT = RegionCode.parse("33.75.01");

  static final TrainingProgram PROGRAM =
      program(
          EligibilityPolicy.of(EligibilityRule.productiveAge()),
          GroupRequirement.anyOf(TargetGroup.HOUSEWIFE, TargetGroup.TOBACCO_WORKER_HOUSEHOLD));

  /** The validator of application rosters (the default kind): no seat rule. */
  static final BatchValidator VALIDATOR = BatchValidator.builder(PROGRAM, CLOSE).build();

  /** The validator of enrollment rosters: the same checks and the seat rule. */
  static final BatchValidator ENROLLMENTS =
      BatchValidator.builder(PROGRAM, CLOSE).roster(RosterKind.ENROLLMENTS).build();

  private Roster() {}

  /** The program with {@code policy} and the required group conditions, if any. */
  static TrainingProgram program(EligibilityPolicy policy, GroupRequirement... required) {
    return builder(policy).addRequiredGroups(required).build();
  }

  /** The program's builder with {@code policy}, to add more admission facts before building. */
  static TrainingProgram.Builder builder(EligibilityPolicy policy) {
    return TrainingProgram.builder()
        .id(ProgramId.of("PKL-DBHCHT-2024"))
        .title("Pelatihan menjahit DBHCHT")
        .kind(ProgramKind.JOB_SKILLS)
        .organizer(
            Organizer.of(
                "Dinas Perindustrian dan Tenaga Kerja", AgencyKind.DINAS, RegionCode.parse("33.75")))
        .fiscalYear(2024)
        .addFunding(Funding.of(FundingSource.DBHCHT, 2024))
        .period(DateRange.ofClosed(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 12, 31)))
        .addCohorts(
            cohort(KERGON, 2, 7, 2, 7, 20).addRegionsServed(DISTRICT).build(),
            cohort(SAPURO, 40, 7, 10, 7, 30).build(),
            cohort(LATE, 40, 10, 1, 10, 20).build())
        .eligibility(policy);
  }

  private static Cohort.Builder cohort(String id, int seats, int m1, int d1, int m2, int d2) {
    return Cohort.builder()
        .id(CohortId.of(id))
        .addSkills(Skills.SEWING)
        .period(DateRange.ofClosed(LocalDate.of(2024, m1, d1), LocalDate.of(2024, m2, d2)))
        .seats(Seats.exactly(seats));
  }

  /** A synthetic NIK of a woman born 1990-08-05, first registered in 33.75.01. */
  static String nik(int serial) {
    return Nik.of(DISTRICT, LocalDate.of(1990, 8, 5), Sex.FEMALE, serial).toString();
  }

  /** The fields of a clean record, to change before building. */
  static final class Draft {
    String nik = Roster.nik(1);
    String name = "Siti Aminah";
    String sex = "P";
    String birthDate = "1990-08-05";
    String domicileCode = "33.75.01.1006";
    String education = "SMK";
    String employment = "HOMEMAKER";
    String programId = "PKL-DBHCHT-2024";
    String cohortId = KERGON;
    @Nullable String role;
    List<String> targetGroups = new ArrayList<>(List.of("HOUSEWIFE"));
    List<DocumentEntry> documents =
        new ArrayList<>(
            List.of(DocumentEntry.of("KTP", "2012-03-01"), DocumentEntry.of("AK1", "2024-01-15")));
    @Nullable String businessKbli = "14120";
    @Nullable String businessCapital = "Rp 5.000.000";
    @Nullable String businessAnnualSales;
    @Nullable String businessStartDate;
    String registeredAt = "2024-06-02T09:30:00+07:00";
    @Nullable String score = "87.5";

    EnrollmentRecord build() {
      return EnrollmentRecord.builder()
          .nik(nik)
          .name(name)
          .sex(sex)
          .birthDate(birthDate)
          .domicileCode(domicileCode)
          .education(education)
          .employment(employment)
          .programId(programId)
          .cohortId(cohortId)
          .role(role)
          .addAllTargetGroups(targetGroups)
          .addAllDocuments(documents)
          .businessKbli(businessKbli)
          .businessCapital(businessCapital)
          .businessAnnualSales(businessAnnualSales)
          .businessStartDate(businessStartDate)
          .registeredAt(registeredAt)
          .score(score)
          .build();
    }
  }

  static EnrollmentRecord record(Consumer<Draft> change) {
    Draft d = new Draft();
    change.accept(d);
    return d.build();
  }

  /** A clean record with NIK serial {@code serial} in {@code cohort}. */
  static EnrollmentRecord record(int serial, String cohort) {
    return record(d -> {
      d.nik = nik(serial);
      d.cohortId = cohort;
    });
  }
}
